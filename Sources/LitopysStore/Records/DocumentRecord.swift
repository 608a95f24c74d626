import Litopys
import LitopysEntities
import LitopysFacts
import LitopysText

/// One analysed article in the shape the store keeps it: the document's fields and its
/// facts, with entity references local to the document (`e1`, `e2`, …).
///
/// Built on a worker thread from the pipeline's ``LitopysText/Document``, so that the single
/// writer only inserts rows. A store maps local entity ids to chronicle-wide ones.
public struct DocumentRecord: Sendable, Hashable {
    /// The content hash of the cleaned title and text (``Litopys/OutputContract/contentID(of:)``).
    public var id: String
    /// The headline.
    public var title: String?
    /// Publication date, ISO 8601.
    public var published: String?
    /// The input's `url` field.
    public var url: String?
    /// Where the article says it comes from (its attribution line).
    public var source: String?
    /// The input file (and line) it was read from.
    public var origin: String
    /// The cleaned body text.
    public var text: String
    /// The SimHash fingerprint of title and text; nil for a text too short to compare.
    public var fingerprint: SimHash?
    /// Entities found in the document.
    public var entities: [EntityRecord]
    /// Events found in the document.
    public var events: [EventRecord]
    /// Quotes found in the document.
    public var quotes: [QuoteRecord]

    /// Makes a record from its parts; see ``init(document:input:)`` for the usual way.
    public init(
        id: String, title: String?, published: String?, url: String?, source: String?, origin: String,
        text: String, entities: [EntityRecord] = [], events: [EventRecord] = [], quotes: [QuoteRecord] = []
    ) {
        self.id = id
        self.title = title
        self.published = published
        self.url = url
        self.source = source
        self.origin = origin
        self.text = text
        self.fingerprint = SimHash.fingerprint(of: (title ?? "") + "\n" + text)
        self.entities = entities
        self.events = events
        self.quotes = quotes
    }

    /// Takes the facts of an analysed document; `input` gives the url and the origin.
    public init(document: Document, input: ArticleInput) {
        let layer = document[layer: EntityLayer.self]
        let facts = document[layer: FactLayer.self]
        var url: String?
        for (key, value) in input.extra where key == "url" { url = value.stringValue }
        self.init(
            id: OutputContract.contentID(of: document), title: document.title, published: document.published,
            url: url, source: document.attribution, origin: input.location, text: document.text,
            entities: layer.entities.map { entity in
                EntityRecord(
                    localID: entity.id, type: entity.type.rawValue, name: entity.name,
                    gender: entity.gender?.rawValue, roles: entity.roles,
                    mentions: layer.mentions(of: entity).map { MentionRecord(start: $0.start, end: $0.end, text: $0.text) })
            },
            events: facts.events.map { event in
                EventRecord(
                    kind: event.kind.rawValue, trigger: event.trigger, text: event.text, date: event.date,
                    place: event.place, status: event.status,
                    participants: event.participants.map { ParticipantRecord(entity: $0.entity, role: $0.role) })
            },
            quotes: facts.quotes.map { quote in
                QuoteRecord(
                    speaker: quote.speaker, kind: quote.kind.rawValue, cue: quote.cue, text: quote.text,
                    start: quote.start, end: quote.end)
            })
    }
}

/// An entity of one document: its canonical name, type, roles and mentions.
public struct EntityRecord: Sendable, Hashable {
    /// The id within the document (`e1`).
    public var localID: String
    /// The NER-UK type (`PERS`, `ORG`, `LOC`, …).
    public var type: String
    /// The canonical nominative name; with ``type``, the key that merges entities across articles.
    public var name: String
    /// `masculine` or `feminine` for a person, when known.
    public var gender: String?
    /// Roles the document gives the entity.
    public var roles: [String]
    /// Where the document mentions it.
    public var mentions: [MentionRecord]

    /// Makes an entity record.
    public init(localID: String, type: String, name: String, gender: String? = nil, roles: [String] = [], mentions: [MentionRecord] = []) {
        self.localID = localID
        self.type = type
        self.name = name
        self.gender = gender
        self.roles = roles
        self.mentions = mentions
    }
}

/// One mention: code-point offsets into the document text and the text as written.
public struct MentionRecord: Sendable, Hashable {
    /// Start offset.
    public var start: Int
    /// End offset (exclusive).
    public var end: Int
    /// The words as written (`Єнса Столтенберга`); the entity's aliases come from these.
    public var text: String

    /// Makes a mention.
    public init(start: Int, end: Int, text: String) {
        self.start = start
        self.end = end
        self.text = text
    }
}

/// An event of one document.
public struct EventRecord: Sendable, Hashable {
    /// One of `EventKind`'s raw values (`meeting`, `visit`, …).
    public var kind: String
    /// The trigger word as written.
    public var trigger: String
    /// The trigger with its phrase.
    public var text: String
    /// ISO 8601 date, when known.
    public var date: String?
    /// The local entity id of the place.
    public var place: String?
    /// `announced`, `ongoing` or `happened`, when known.
    public var status: String?
    /// Who takes part, by local entity id.
    public var participants: [ParticipantRecord]

    /// Makes an event record.
    public init(kind: String, trigger: String, text: String, date: String? = nil, place: String? = nil, status: String? = nil, participants: [ParticipantRecord] = []) {
        self.kind = kind
        self.trigger = trigger
        self.text = text
        self.date = date
        self.place = place
        self.status = status
        self.participants = participants
    }
}

/// A participant of an event, by local entity id.
public struct ParticipantRecord: Sendable, Hashable {
    /// The local entity id.
    public var entity: String
    /// `chair`, `head of delegation`, `representative` or `participant`.
    public var role: String

    /// Makes a participant.
    public init(entity: String, role: String) {
        self.entity = entity
        self.role = role
    }
}

/// A quote of one document.
public struct QuoteRecord: Sendable, Hashable {
    /// The local entity id of the speaker, when known.
    public var speaker: String?
    /// `direct` or `indirect`.
    public var kind: String
    /// The cue (`заявив`).
    public var cue: String
    /// The quoted text.
    public var text: String
    /// Start offset in the document text.
    public var start: Int
    /// End offset (exclusive).
    public var end: Int

    /// Makes a quote record.
    public init(speaker: String?, kind: String, cue: String, text: String, start: Int, end: Int) {
        self.speaker = speaker
        self.kind = kind
        self.cue = cue
        self.text = text
        self.start = start
        self.end = end
    }
}
