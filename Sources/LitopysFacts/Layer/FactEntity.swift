/// What the facts stage needs to know of an entity that an earlier stage found.
public struct FactEntity: Sendable, Hashable {
    /// The entity id (`e1`).
    public var id: String
    /// The NER-UK type: `PERS`, `ORG`, `LOC`, ….
    public var type: String
    /// The canonical name.
    public var name: String
    /// `masc` or `femn` for a person, when known.
    public var gender: String?
    /// The token ranges of its mentions, in text order.
    public var mentions: [Range<Int>]
    /// Its roles (`генеральний секретар НАТО`).
    public var roles: [String]

    /// Makes an entity.
    public init(id: String, type: String, name: String, gender: String? = nil, mentions: [Range<Int>], roles: [String] = []) {
        self.id = id
        self.type = type
        self.name = name
        self.gender = gender
        self.mentions = mentions
        self.roles = roles
    }
}
