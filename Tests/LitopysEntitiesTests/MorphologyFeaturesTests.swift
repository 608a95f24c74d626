import Testing

@testable import LitopysEntities

@Suite(.enabled(if: MorphologyFeatures.shared != nil, "needs the VESUM dictionary (`litopys setup`)"))
struct MorphologyFeaturesTests {
    let morphology = MorphologyFeatures.shared!

    @Test func occupationsAndThingsGetDifferentNameKinds() {
        let doctor = morphology.atoms(of: "лікар")
        let miners = morphology.atoms(of: "шахтарям")
        let table = morphology.atoms(of: "стіл")
        let law = morphology.atoms(of: "закону")
        #expect(doctor.nameKind == miners.nameKind, "both are living beings without a name reading")
        #expect(table.nameKind == law.nameKind, "both are things")
        #expect(doctor.nameKind != table.nameKind)
    }

    @Test func namesKeepTheirOwnKind() {
        let firstName = morphology.atoms(of: "Івана")
        let doctor = morphology.atoms(of: "лікаря")
        #expect(firstName.canBeFirstName)
        #expect(!doctor.canBeFirstName)
        #expect(firstName.nameKind != doctor.nameKind)
    }

    @Test func formsOfOneWordShareTheirLemmaClass() throws {
        #expect(morphology.atoms(of: "Полтаві").lemmaKey == WordClusters.key(of: "полтава"))
        let text = "Вони були у Полтаві. Вони їхали з Полтави до Києва. Вони бачили стіл."
        let input = TextSegmentation.input(for: text, morphology: morphology)
        let extractor = FeatureExtractor(gazetteer: .shared)
        let atoms = extractor.atoms(for: input)
        let width = TokenAttribute.count
        func atom(_ word: String, _ attribute: TokenAttribute) throws -> UInt64 {
            let token = try #require((0..<input.tokenCount).first { input.text(ofToken: $0) == word })
            return atoms[token * width + attribute.column]
        }
        #expect(try atom("Полтаві", .lemmaCluster) == atom("Полтави", .lemmaCluster))
        #expect(try atom("Полтаві", .lemmaCoarseCluster) == atom("Полтави", .lemmaCoarseCluster))
        #expect(try atom("Полтаві", .lemmaCluster) != atom("стіл", .lemmaCluster))
        #expect(try atom("Полтаві", .lemmaCluster) != 0)
        #expect(try atom("Полтаві", .lower) != atom("Полтави", .lower))
    }
}
