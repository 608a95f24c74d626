/// The statements that ``ChronicleWriter`` needs from a backend, all inside one open
/// transaction: the backend knows SQL, the writer knows how documents, entities and
/// events merge.
///
/// Calls are synchronous so that SQLite runs them inside a GRDB transaction closure;
/// PostgreSQL runs them on a writer thread outside the Swift concurrency pool (see
/// `PostgresWriteSession`). Errors are the backend's own; the store turns them into
/// ``StoreError``.
protocol ChronicleWriteSession {
    /// Whether a document with this content hash is stored.
    func documentExists(_ id: String) throws -> Bool

    /// Stored originals (not near-duplicates) that share at least one fingerprint band,
    /// in the order they were stored, with their fingerprints' stored values.
    func originals(sharingAnyOf bands: [Int]) throws -> [(id: String, fingerprint: Int64)]

    /// Inserts the document row; an original (`duplicateOf` nil) is also made searchable.
    func insertDocument(_ record: DocumentRecord, duplicateOf original: String?) throws

    /// The id of the entity (`type`, `name`), inserted when new; a known gender fills an unknown one.
    func upsertEntity(_ entity: EntityRecord, folded: String, lastWord: String) throws -> Int64

    /// Up to two stored persons whose folded name ends in `lastWord` and is longer than
    /// it, when no person is named exactly `name`.
    func persons(withLastWord lastWord: String, unlessNamed name: String) throws -> [Int64]

    /// Records `alias` (as written) for the entity; a known alias is ignored.
    func addAlias(_ alias: String, to entity: Int64) throws

    /// Adds to the entity's document and mention counts.
    func count(entity: Int64, documents: Int, mentions: Int) throws

    /// Records the role as `document` gave it on `date`; a repeat is ignored.
    func addRole(_ role: String, to entity: Int64, document: String, date: String?) throws

    /// Inserts one mention.
    func addMention(_ mention: MentionRecord, of entity: Int64, in document: String) throws

    /// Inserts one quote and makes it searchable.
    func addQuote(_ quote: QuoteRecord, speaker: Int64?, in document: String) throws

    /// Stored events of `kind` on a day in `days` (days since 1970), by id.
    func events(kind: String, days: ClosedRange<Int>) throws -> [StoredEventKey]

    /// Stored events of `kind` whose date is exactly `date` (a month, a year), by id.
    func events(kind: String, date: String) throws -> [StoredEventKey]

    /// Whether `document` already reports the event.
    func reports(event: Int64, document: String) throws -> Bool

    /// The participants of a stored event.
    func participants(of event: Int64) throws -> Set<Int64>

    /// Fills an unknown place and takes a newer status.
    func updateEvent(_ event: Int64, place: Int64?, status: String?) throws

    /// Inserts a new event and returns its id.
    func insertEvent(_ event: EventRecord, day: Int?, place: Int64?) throws -> Int64

    /// Records that `document` reports the event; a repeat is ignored.
    func addSource(_ event: EventRecord, to stored: Int64, document: String) throws

    /// Adds a participant after the existing ones; a known participant is ignored.
    func addParticipant(_ entity: Int64, role: String, to event: Int64) throws
}

/// A stored event as the merge rule first sees it: id, date and place.
struct StoredEventKey: Sendable {
    /// The chronicle-wide id.
    var id: Int64
    /// ISO 8601 date.
    var date: String?
    /// The place's chronicle-wide entity id.
    var place: Int64?
}
