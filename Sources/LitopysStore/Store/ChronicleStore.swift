/// The chronicle: documents, entities and events merged across articles, and quotes.
///
/// Every backend behaves the same way, which one set of behaviour tests checks on each:
/// storing a document is one transaction with all its facts, so a killed ingest leaves
/// whole documents only; storing the same content twice changes nothing; a near-duplicate
/// is linked to its original instead of adding facts; entities merge on (type, canonical
/// name); events merge by ``EventMergeRule``. The merge logic itself is shared
/// (`ChronicleWriter`); a backend supplies the SQL.
///
/// | backend | for |
/// |---|---|
/// | ``SQLiteChronicleStore`` | one machine, one file; the default |
/// | ``PostgresChronicleStore`` | one server that several ingest workers on several machines share |
///
/// Methods are `async`: PostgreSQL answers over the network, and the HTTP server calls
/// them from its request handlers; SQLite runs its statements on GRDB's own queues, so no
/// caller blocks a thread of the Swift concurrency pool while waiting.
///
/// Stores are `Sendable`: analysis workers may ask ``contains(document:)`` while one writer
/// calls ``add(_:)``.
///
/// ```swift
/// let store = try await ChronicleDatabase("postgres://litopys@db.local/news").open()
/// for event in try await store.events(EventQuery(kind: "meeting", place: "Брюссель")) { print(event.date ?? "?") }
/// ```
public protocol ChronicleStore: Sendable {
    /// Stores one analysed document and its facts in one transaction.
    ///
    /// - Returns: what happened: added, already stored, or linked as a near-duplicate.
    /// - Throws: ``StoreError`` `writeFailed`; nothing of the document is stored then.
    func add(_ record: DocumentRecord) async throws(StoreError) -> IngestOutcome

    /// Whether a document with this content hash is stored (as an original or a near-duplicate).
    func contains(document id: String) async throws(StoreError) -> Bool

    /// Entities matching `query`, the most mentioned first.
    func entities(_ query: EntityQuery) async throws(StoreError) -> [StoredEntity]

    /// Events matching `query`, by date, undated last.
    func events(_ query: EventQuery) async throws(StoreError) -> [StoredEvent]

    /// Quotes matching `query`, newest document first.
    func quotes(_ query: QuoteQuery) async throws(StoreError) -> [StoredQuote]

    /// Documents containing all the words of `query`, best match first.
    func search(_ query: SearchQuery) async throws(StoreError) -> [SearchHit]

    /// Documents matching `query`, newest first (undated last), without their text.
    func documents(_ query: DocumentQuery) async throws(StoreError) -> [StoredDocumentSummary]

    /// The document with this content hash, with its text, mentions, events and quotes;
    /// nil when none is stored.
    func document(id: String) async throws(StoreError) -> StoredDocument?

    /// The entity with this id and its roles over time, up to `limit` events, quotes and
    /// co-participants (entities sharing its events); nil when there is none.
    func entity(id: Int64, limit: Int) async throws(StoreError) -> StoredEntityDetail?

    /// How many rows of each kind the store holds.
    func statistics() async throws(StoreError) -> ChronicleStatistics
}
