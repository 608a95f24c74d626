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
}
