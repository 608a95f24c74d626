/// Which entities to list: `litopys query entities`.
///
/// Empty filters match everything; names match case-insensitively anywhere in the
/// canonical name or in an alias.
public struct EntityQuery: Sendable, Hashable {
    /// The NER-UK type (`PERS`, `ORG`, `LOC`, …). The default is nil (all types).
    public var type: String?
    /// Part of the name or of an alias (`Столтенберг`). The default is nil.
    public var name: String?
    /// The most rows to return. The default is 50.
    public var limit = 50
    /// How many matching rows to skip first (the rows before this page). The default is 0.
    public var offset = 0

    /// Makes a query.
    public init(type: String? = nil, name: String? = nil, limit: Int = 50, offset: Int = 0) {
        self.type = type
        self.name = name
        self.limit = limit
        self.offset = offset
    }
}

/// Which events to list: `litopys query events`.
public struct EventQuery: Sendable, Hashable {
    /// The event kind (`meeting`, `visit`, …). The default is nil (all kinds).
    public var kind: String?
    /// Part of the name or an alias of a participant. The default is nil.
    public var entity: String?
    /// Part of the name or an alias of the place. The default is nil.
    public var place: String?
    /// The earliest event date, ISO 8601 (`2022-01-01`). The default is nil.
    public var from: String?
    /// The latest event date, ISO 8601; a day, month or year includes all of it. The default is nil.
    public var to: String?
    /// The most rows to return. The default is 50.
    public var limit = 50
    /// How many matching rows to skip first (the rows before this page). The default is 0.
    public var offset = 0

    /// Makes a query.
    public init(
        kind: String? = nil, entity: String? = nil, place: String? = nil, from: String? = nil, to: String? = nil,
        limit: Int = 50, offset: Int = 0
    ) {
        self.kind = kind
        self.entity = entity
        self.place = place
        self.from = from
        self.to = to
        self.limit = limit
        self.offset = offset
    }
}

/// Which quotes to list: `litopys query quotes`.
public struct QuoteQuery: Sendable, Hashable {
    /// Part of the speaker's name or alias. The default is nil.
    public var speaker: String?
    /// Words the quote must contain (full-text search; `word*` matches a prefix). The default is nil.
    public var words: String?
    /// The earliest publication date of the document. The default is nil.
    public var from: String?
    /// The latest publication date of the document. The default is nil.
    public var to: String?
    /// The most rows to return. The default is 50.
    public var limit = 50
    /// How many matching rows to skip first (the rows before this page). The default is 0.
    public var offset = 0

    /// Makes a query.
    public init(speaker: String? = nil, words: String? = nil, from: String? = nil, to: String? = nil, limit: Int = 50, offset: Int = 0) {
        self.speaker = speaker
        self.words = words
        self.from = from
        self.to = to
        self.limit = limit
        self.offset = offset
    }
}

/// A full-text search over documents: `litopys query search`.
public struct SearchQuery: Sendable, Hashable {
    /// The words to find, all of them (`word*` matches a prefix).
    public var words: String
    /// The earliest publication date. The default is nil.
    public var from: String?
    /// The latest publication date. The default is nil.
    public var to: String?
    /// The most rows to return. The default is 20.
    public var limit = 20
    /// How many matching rows to skip first (the rows before this page). The default is 0.
    public var offset = 0
    /// What goes before and after each matched word in ``SearchHit/snippet``. The default is
    /// `[` and `]`; a web page passes characters that cannot occur in text and replaces them
    /// after escaping.
    public var marks = (open: "[", close: "]")

    /// Makes a query.
    public init(words: String, from: String? = nil, to: String? = nil, limit: Int = 20, offset: Int = 0) {
        self.words = words
        self.from = from
        self.to = to
        self.limit = limit
        self.offset = offset
    }

    /// Equal when every field is (tuples are not `Equatable` by themselves).
    public static func == (a: SearchQuery, b: SearchQuery) -> Bool {
        a.words == b.words && a.from == b.from && a.to == b.to && a.limit == b.limit && a.offset == b.offset
            && a.marks == b.marks
    }

    /// Hashes every field.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(words)
        hasher.combine(from)
        hasher.combine(to)
        hasher.combine(limit)
        hasher.combine(offset)
        hasher.combine(marks.open)
        hasher.combine(marks.close)
    }
}

/// Which documents to list: the newest first, near-duplicates included (each names its original).
public struct DocumentQuery: Sendable, Hashable {
    /// The earliest publication date, ISO 8601. The default is nil.
    public var from: String?
    /// The latest publication date; a day, month or year includes all of it. The default is nil.
    public var to: String?
    /// The most rows to return. The default is 50.
    public var limit = 50
    /// How many matching rows to skip first (the rows before this page). The default is 0.
    public var offset = 0

    /// Makes a query.
    public init(from: String? = nil, to: String? = nil, limit: Int = 50, offset: Int = 0) {
        self.from = from
        self.to = to
        self.limit = limit
        self.offset = offset
    }
}
