import LitopysText

/// The facts stage: dates, quotes with speakers, and events of one document.
///
/// Requires: segmentation; the morphology layer when available (lemmas and tense make the
/// rules surer); the entities of the document as ``FactEntity`` values. Sets: ``FactLayer``.
///
/// ```swift
/// FactExtractor().extract(&document, entities: entities)
/// let facts = document[layer: FactLayer.self]
/// ```
public struct FactExtractor: Sendable {
    /// Finds dates. The default is ``DateExtractor/init()``.
    public var dates = DateExtractor()
    /// Finds quotes. The default is ``QuoteExtractor/init()``.
    public var quotes = QuoteExtractor()
    /// Finds events. The default is ``EventExtractor/init()``.
    public var events = EventExtractor()
    /// Finds people's titles. The default is ``RoleExtractor/init(analyzer:)`` without a dictionary.
    public var roles = RoleExtractor()

    /// Makes the stage with its default rules.
    public init() {}

    /// Extracts the facts of `document`, given its entities.
    public func extract(_ document: inout Document, entities: [FactEntity]) {
        var layer = FactLayer()
        layer.roles = roles.extract(FactContext(document: document, entities: entities))
        // Titles found here name speakers too (`– зазначив міністр`).
        let entities = entities.map { entity in
            var entity = entity
            for role in layer.roles[entity.id] ?? [] where !entity.roles.contains(role) { entity.roles.append(role) }
            return entity
        }
        let context = FactContext(document: document, entities: entities)
        layer.dates = dates.extract(context)
        layer.quotes = quotes.extract(context)
        layer.events = events.extract(context, dates: layer.dates)
        document[layer: FactLayer.self] = layer
    }
}

import LitopysEntities

extension FactExtractor {
    /// Extracts the facts of `document` using the entities in its ``EntityLayer``.
    public func extract(_ document: inout Document) {
        extract(&document, entities: Self.factEntities(of: document[layer: EntityLayer.self]))
    }

    /// The entities of a layer as the facts stage sees them: each with the token ranges of its mentions.
    static func factEntities(of layer: EntityLayer) -> [FactEntity] {
        layer.entities.map { entity in
            FactEntity(
                id: entity.id, type: entity.type.rawValue, name: entity.name,
                gender: entity.gender.map { $0 == .masculine ? "masc" : "femn" },
                mentions: entity.mentions.map { layer.mentions[$0].tokens }, roles: entity.roles)
        }
    }
}
