/// An entity of the chronicle, merged across all the documents that mention it.
public struct StoredEntity: Sendable, Hashable, Codable {
    /// The chronicle-wide id.
    public var id: Int64
    /// The NER-UK type.
    public var type: String
    /// The canonical name.
    public var name: String
    /// `masculine` or `feminine` for a person, when known.
    public var gender: String?
    /// The forms in which the documents wrote it (`Єнса Столтенберга`, `генсек Альянсу`), sorted.
    public var aliases: [String]
    /// Its distinct roles, each with the latest document that gave it and that document's
    /// date, oldest first: one row per role, however many articles repeat it.
    public var roles: [StoredRole]
    /// The number of documents that mention it.
    public var documents: Int
    /// The number of mentions in all documents.
    public var mentions: Int
}

/// A role of an entity as one document gave it.
public struct StoredRole: Sendable, Hashable, Codable {
    /// The role in the nominative (`генеральний секретар НАТО`).
    public var role: String
    /// The publication date of the document, when known.
    public var date: String?
    /// The document id.
    public var document: String
}

/// An event of the chronicle with every document that reports it.
public struct StoredEvent: Sendable, Hashable, Codable {
    /// The chronicle-wide id.
    public var id: Int64
    /// The event kind.
    public var kind: String
    /// ISO 8601 date, when known.
    public var date: String?
    /// The place's canonical name, when known.
    public var place: String?
    /// `announced`, `ongoing` or `happened`, from the latest report that says.
    public var status: String?
    /// Who takes part, in order of first report.
    public var participants: [StoredParticipant]
    /// The documents that report it, in order of ingestion.
    public var sources: [StoredEventSource]
}

/// A participant of a stored event.
public struct StoredParticipant: Sendable, Hashable, Codable {
    /// The entity's chronicle-wide id.
    public var entity: Int64
    /// Its canonical name.
    public var name: String
    /// How it takes part.
    public var role: String
}

/// One document's report of an event.
public struct StoredEventSource: Sendable, Hashable, Codable {
    /// The document id.
    public var document: String
    /// The document's headline.
    public var title: String?
    /// The event phrase as that document words it.
    public var text: String
}

/// A quote of the chronicle.
public struct StoredQuote: Sendable, Hashable, Codable {
    /// The chronicle-wide id.
    public var id: Int64
    /// The speaker's canonical name, when known.
    public var speaker: String?
    /// The speaker's chronicle-wide entity id, when known.
    public var speakerID: Int64?
    /// `direct` or `indirect`.
    public var kind: String
    /// The cue (`заявив`).
    public var cue: String
    /// The quoted text.
    public var text: String
    /// The document id.
    public var document: String
    /// The document's publication date.
    public var published: String?
    /// Where the quoted text starts in the document text (code points).
    public var start: Int
    /// Where it ends (exclusive).
    public var end: Int
}

/// A document found by full-text search.
public struct SearchHit: Sendable, Hashable, Codable {
    /// The document id.
    public var document: String
    /// The headline.
    public var title: String?
    /// The publication date.
    public var published: String?
    /// The url, when the input gave one.
    public var url: String?
    /// The text around the match, with matched words between ``SearchQuery/marks``.
    public var snippet: String
}

/// How many rows of each kind a store holds.
public struct ChronicleStatistics: Sendable, Hashable, Codable {
    /// Documents, near-duplicates included.
    public var documents: Int
    /// Documents linked to an original as near-duplicates.
    public var nearDuplicates: Int
    /// Merged entities.
    public var entities: Int
    /// Merged events.
    public var events: Int
    /// Quotes.
    public var quotes: Int
}

/// What storing one document did.
public enum IngestOutcome: Sendable, Hashable {
    /// The document and its facts were stored.
    case added
    /// A document with the same content hash was already stored; nothing changed.
    case alreadyStored
    /// The document is a near-duplicate of the stored document with this id: it is kept and
    /// linked to it, and its facts are not counted again.
    case nearDuplicate(of: String)
}

/// A document in a list: what it is and where it comes from, without its text.
public struct StoredDocumentSummary: Sendable, Hashable, Codable {
    /// The content hash.
    public var id: String
    /// The headline.
    public var title: String?
    /// The publication date, ISO 8601.
    public var published: String?
    /// The url, when the input gave one.
    public var url: String?
    /// Where the article says it comes from (its attribution line).
    public var source: String?
    /// The original's id when this document is a near-duplicate of it.
    public var duplicateOf: String?
}

/// One mention of an entity in a stored document, with its code-point offsets.
public struct StoredMention: Sendable, Hashable, Codable {
    /// The entity's chronicle-wide id.
    public var entity: Int64
    /// The entity's canonical name.
    public var name: String
    /// The entity's NER-UK type (`PERS`, `DATE`, …).
    public var type: String
    /// Start offset in the document text (code points).
    public var start: Int
    /// End offset (exclusive).
    public var end: Int
    /// The words as written.
    public var text: String
}

/// A whole stored document: its text and the facts found in it, with offsets into the
/// text so that a page can highlight them.
public struct StoredDocument: Sendable, Hashable, Codable {
    /// The document's fields.
    public var summary: StoredDocumentSummary
    /// The cleaned body text; offsets are code points into it.
    public var text: String
    /// Every entity mention, in text order (dates are mentions of `DATE` and `TIME` entities).
    public var mentions: [StoredMention]
    /// The events it reports, merged with other reports, by date.
    public var events: [StoredEvent]
    /// Its quotes, in text order.
    public var quotes: [StoredQuote]
}

/// A role of an entity over time: when the documents first and last gave it, and how many did.
public struct StoredRolePeriod: Sendable, Hashable, Codable {
    /// The role in the nominative.
    public var role: String
    /// The earliest publication date of a document giving it, when known.
    public var first: String?
    /// The latest publication date of a document giving it, when known.
    public var last: String?
    /// How many documents give it.
    public var documents: Int
}

/// An entity that shares events with another: the edges of who met whom.
public struct StoredCoParticipant: Sendable, Hashable, Codable {
    /// Its chronicle-wide id.
    public var entity: Int64
    /// Its canonical name.
    public var name: String
    /// Its NER-UK type.
    public var type: String
    /// How many events both take part in.
    public var sharedEvents: Int
}

/// Everything the chronicle knows about one entity, for its page.
public struct StoredEntityDetail: Sendable, Hashable, Codable {
    /// The entity with its aliases and distinct roles.
    public var entity: StoredEntity
    /// Its roles over time: each distinct role with the first and last dates documents
    /// gave it, earliest first.
    public var roleHistory: [StoredRolePeriod]
    /// Events it takes part in or that take place in it, by date; at most the limit asked for.
    public var events: [StoredEvent]
    /// Its quotes, newest first; at most the limit asked for.
    public var quotes: [StoredQuote]
    /// Entities that share events with it, the most shared first; at most the limit asked for.
    public var coParticipants: [StoredCoParticipant]
}
