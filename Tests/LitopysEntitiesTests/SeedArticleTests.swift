import Foundation
import LitopysText
import Testing

@testable import LitopysEntities

/// The seed article of `../shared/examples`, run through cleaning, segmentation and the
/// recognizer. Skips (visibly) when the shared folder or the dictionary is absent.
@Suite struct SeedArticleTests {
    static let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../../shared/examples/000_a12722c12a705ce7.txt").standardized.path

    static var available: Bool {
        FileManager.default.fileExists(atPath: path) && MorphologyFeatures.shared != nil
    }

    @Test(.enabled(if: available, "needs ../shared/examples and the VESUM dictionary"))
    func seedArticleEntities() throws {
        let raw = try String(contentsOfFile: Self.path, encoding: .utf8)
        var document = ArticleCleaner().clean(Article(text: raw, hasHeadline: true))
        Segmenter().segment(&document)
        let recognizer = try EntityRecognizer()
        recognizer.recognize(&document)
        let layer = document[layer: EntityLayer.self]
        for e in layer.entities {
            let texts = layer.mentions(of: e).map(\.text).joined(separator: " | ")
            print("\(e.id) \(e.type.rawValue) \(e.name) roles=\(e.roles) [\(texts)]")
        }
        func person(_ name: String) -> Entity? { layer.entity(named: name, type: .person) }
        #expect((person("Єнс Столтенберг")?.mentions.count ?? 0) >= 5)
        #expect(person("Олександр Грушко") != nil)
        #expect((person("Венді Шерман")?.mentions.count ?? 0) >= 3)
        #expect((person("Сергій Рябков")?.mentions.count ?? 0) >= 2)
        for name in ["НАТО", "Рада НАТО – Росія", "24 канал"] {
            #expect(layer.entity(named: name, type: .organization) != nil, "organisation \(name)")
        }
        for name in ["Брюссель", "Україна", "Росія", "Женева", "Крим", "США", "Вашингтон", "Москва"] {
            #expect(layer.entity(named: name, type: .location) != nil, "location \(name)")
        }
    }
}
