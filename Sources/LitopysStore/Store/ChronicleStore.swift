/// The chronicle: documents, entities and events merged across articles, and quotes.
///
/// Every backend (SQLite now, PostgreSQL later) behaves the same way, which one set of
/// behaviour tests checks: storing a document is one transaction with all its facts, so a
/// killed ingest leaves whole documents only; storing the same content twice changes
/// nothing; a near-duplicate is linked to its original instead of adding facts; entities
/// merge on (type, canonical name); events merge by ``EventMergeRule``.
///
/// Stores are `Sendable`: analysis workers may ask ``contains(document:)`` while one writer
/// calls ``add(_:)``.
public protocol ChronicleStore: Sendable {
    /// Stores one analysed document and its facts in one transaction.
    ///
    /// - Returns: what happened: added, already stored, or linked as a near-duplicate.
    /// - Throws: ``StoreError`` `writeFailed`; nothing of the document is stored then.
    func add(_ record: DocumentRecord) throws(StoreError) -> IngestOutcome

    /// Whether a document with this content hash is stored (as an original or a near-duplicate).
    func contains(document id: String) throws(StoreError) -> Bool

    /// Entities matching `query`, the most mentioned first.
    func entities(_ query: EntityQuery) throws(StoreError) -> [StoredEntity]

    /// Events matching `query`, by date, undated last.
    func events(_ query: EventQuery) throws(StoreError) -> [StoredEvent]

    /// Quotes matching `query`, newest document first.
    func quotes(_ query: QuoteQuery) throws(StoreError) -> [StoredQuote]

    /// Documents containing all the words of `query`, best match first.
    func search(_ query: SearchQuery) throws(StoreError) -> [SearchHit]

    /// How many rows of each kind the store holds.
    func statistics() throws(StoreError) -> ChronicleStatistics
}
