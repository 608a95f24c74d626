import LitopysText

/// One occurrence of an entity in the text: a run of tokens the tagger labelled.
///
/// Offsets are code points into ``LitopysText/Document/text``, `end` exclusive, as in the
/// output contract.
public struct Mention: Sendable, Hashable, Codable {
    /// Document-wide token indices of the mention.
    public var tokens: Range<Int>
    /// Start code-point offset.
    public var start: Int
    /// End code-point offset (exclusive).
    public var end: Int
    /// The type the tagger gave the span. A title mention joined to a person keeps `JOB`.
    public var type: EntityType
    /// The text as written.
    public var text: String
    /// The mention in its canonical (nominative) form.
    public var normalForm: String
    /// Index of the mention's entity in ``EntityLayer/entities``.
    public var entity: Int
}

/// One real-world entity of a document: all its mentions, its canonical name and, for a
/// person, the roles the article gives them.
public struct Entity: Sendable, Hashable, Codable {
    /// Grammatical gender of a person, when the text tells.
    public enum Gender: String, Sendable, Hashable, Codable {
        /// Masculine.
        case masculine
        /// Feminine.
        case feminine
    }

    /// `e1`, `e2`, … in order of first mention.
    public var id: String
    /// The entity type.
    public var type: EntityType
    /// The canonical name in the nominative: `Єнс Столтенберг`, `Брюссель`, `Рада НАТО – Росія`.
    public var name: String
    /// Indices into ``EntityLayer/mentions``, in text order.
    public var mentions: [Int]
    /// Job titles in apposition with a person, in the nominative (`заступниця держсекретаря`).
    public var roles: [String]
    /// A person's gender, when known.
    public var gender: Gender?
}

/// The entities of a document, set by ``EntityRecognizer``.
///
/// Shape: `mentions` in text order; `entities` in order of first mention, each listing its
/// mentions by index.
public struct EntityLayer: DocumentLayer, Sendable, Hashable {
    /// Every mention, in text order.
    public var mentions: [Mention] = []
    /// Every entity, in order of first mention.
    public var entities: [Entity] = []

    /// An empty layer.
    public init() {}

    /// The entity with id `id`, if any.
    public func entity(id: String) -> Entity? { entities.first { $0.id == id } }

    /// The first entity of `type` whose name is `name`.
    public func entity(named name: String, type: EntityType? = nil) -> Entity? {
        entities.first { $0.name == name && (type == nil || $0.type == type) }
    }

    /// The mentions of `entity`.
    public func mentions(of entity: Entity) -> [Mention] { entity.mentions.map { mentions[$0] } }
}
