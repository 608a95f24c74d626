import LitopysText
@testable import LitopysFacts

/// An entity for a test: the id, type and name, and the exact surface strings of its mentions.
struct TestEntity {
    var id: String
    var type: String
    var name: String
    var gender: String? = nil
    var surfaces: [String]
    var roles: [String] = []
}

/// Segments `text`, marks the given entities at every occurrence of their surfaces, and runs the facts stage.
func facts(_ text: String, published: String? = nil, entities: [TestEntity] = []) -> (Document, FactLayer) {
    var document = Document(text: text, published: published)
    Segmenter().segment(&document)
    var factEntities: [FactEntity] = []
    for entity in entities {
        var mentions: [Range<Int>] = []
        for surface in entity.surfaces {
            let length = surface.split(separator: " ").count
            var t = 0
            while t + length <= document.tokenCount {
                let candidate = (t..<t + length).map { document.tokenText($0) }.joined(separator: " ")
                if candidate == surface { mentions.append(t..<t + length) }
                t += 1
            }
        }
        mentions.sort { $0.lowerBound < $1.lowerBound }
        factEntities.append(FactEntity(id: entity.id, type: entity.type, name: entity.name, gender: entity.gender, mentions: mentions, roles: entity.roles))
    }
    FactExtractor().extract(&document, entities: factEntities)
    return (document, document[layer: FactLayer.self])
}
