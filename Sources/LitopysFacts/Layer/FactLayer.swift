import LitopysText

/// A date or time expression found in the text, with its resolved ISO 8601 value.
public struct DateMention: Sendable, Hashable {
    /// Start code-point offset in the cleaned text.
    public var start: Int
    /// End code-point offset (exclusive).
    public var end: Int
    /// The expression as written (`12 січня`, `у 2014 році`, `вчора`).
    public var text: String
    /// ISO 8601: `2022-01-12`, `2022-01`, `2014`, `--01-12` (no known year), `2022-W02`
    /// (a week), `2022-04-03/2022-04-04` (a range), `T14:00` (a time); nil when a relative
    /// date has no publication date to resolve against.
    public var value: String?
    /// The tokens of the expression.
    public var tokens: Range<Int>
    /// The name of the rule that found it (`day-month-year`, `relative-day`, …).
    public var rule: String
    /// Whether it names a time of day rather than a date.
    public var isTime: Bool { value?.begins(with: "T") ?? false }
}

/// Direct speech in quote marks, or reported speech (`заявив, що …`).
public enum QuoteKind: String, Sendable, Hashable {
    case direct, indirect
}

/// A statement and who made it.
public struct Quote: Sendable, Hashable {
    /// The entity id of the speaker, or nil when the text does not say.
    public var speaker: String?
    /// Direct or indirect speech.
    public var kind: QuoteKind
    /// The cue that introduces it (`написав`, `наголосила`, `за словами`, `допис`).
    public var cue: String
    /// Start code-point offset of the quoted text.
    public var start: Int
    /// End code-point offset (exclusive).
    public var end: Int
    /// The quoted text.
    public var text: String
    /// The sentence where the cue stands.
    public var sentence: Int
}

/// Someone who takes part in an event, and how.
public struct EventParticipant: Sendable, Hashable {
    /// The entity id.
    public var entity: String
    /// `chair`, `head of delegation`, `representative`, or `participant`.
    public var role: String
}

/// Something that happened or will happen: a meeting, a visit, a call, an attack, ….
public struct Event: Sendable, Hashable {
    /// `v1`, `v2`, … in order of first mention.
    public var id: String
    /// One of ``EventKind``'s raw values.
    public var kind: EventKind
    /// The trigger word as written (`засідання`).
    public var trigger: String
    /// The trigger with the phrase it heads (`засідання Ради НАТО – Росія`).
    public var text: String
    /// ISO 8601 date, when the text gives one.
    public var date: String?
    /// The entity id of the place.
    public var place: String?
    /// The sentence of the first mention.
    public var sentence: Int
    /// Sentences that mention the event.
    public var sentences: [Int]
    /// Who takes part.
    public var participants: [EventParticipant]
    /// `announced`, `ongoing` or `happened`, when the verbs say.
    public var status: String?
}

/// The facts of one document: dates, quotes and events.
public struct FactLayer: DocumentLayer {
    /// Dates and times in text order.
    public var dates: [DateMention] = []
    /// Quotes in text order.
    public var quotes: [Quote] = []
    /// Events in order of first mention.
    public var events: [Event] = []
    /// Titles the facts stage found for people (entity id → titles), beside the entity stage's.
    public var roles: [String: [String]] = [:]

    /// An empty layer.
    public init() {}
}
