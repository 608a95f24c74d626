import PostgresNIO

extension PostgresChronicleStore {
    /// Stores `record` in one transaction; see ``ChronicleStore/add(_:)``.
    ///
    /// - Complexity: one indexed lookup per fingerprint band, per entity and per event,
    ///   plus the inserts; one round trip each.
    public func add(_ record: DocumentRecord) async throws(StoreError) -> IngestOutcome {
        let writer = self.writer
        return try await transaction("document \(record.id) (\(record.origin))") { connection in
            try await Self.store([record], on: connection, writer: writer)[0]
        }
    }

    /// Stores `records` on `connection`, inside the caller's transaction, under the write lock.
    ///
    /// The lock is held until the transaction ends, so that concurrent writers merge as if
    /// one at a time. The shared merge logic runs on a Dispatch thread and waits for each
    /// statement there (never on a thread of the Swift concurrency pool).
    static func store(_ records: [DocumentRecord], on connection: PostgresConnection, writer: ChronicleWriter) async throws -> [IngestOutcome] {
        guard !records.isEmpty else { return [] }
        try await connection.query("SELECT pg_advisory_xact_lock(\(writeLock))", logger: PostgresConnectionPool.logger)
        return try await ThreadBridge.offload {
            let session = PostgresWriteSession(connection: connection)
            return try records.map { try writer.add($0, in: session) }
        }
    }
}

/// ``ChronicleWriteSession`` on one PostgreSQL connection inside an open transaction.
///
/// Each statement is sent with postgres-nio's future API and waited for with `wait()`,
/// which SwiftNIO allows on any thread but its event loops: the store calls it only from
/// a Dispatch thread (see ``PostgresChronicleStore/store(_:on:writer:)``).
struct PostgresWriteSession: ChronicleWriteSession {
    let connection: PostgresConnection

    /// Runs one statement and returns its rows.
    @discardableResult
    private func run(_ query: PostgresQuery) throws -> [PostgresRow] {
        try connection.query(query, logger: PostgresConnectionPool.logger).wait().rows
    }

    /// The first column of every row.
    private func column<T: PostgresDecodable>(_ type: T.Type, _ query: PostgresQuery) throws -> [T] {
        try run(query).map { try $0.decode(T.self) }
    }

    func documentExists(_ id: String) throws -> Bool {
        try !run("SELECT 1 FROM document WHERE id = \(id)").isEmpty
    }

    func originals(sharingAnyOf bands: [Int]) throws -> [(id: String, fingerprint: Int64)] {
        try run("""
            SELECT id, fingerprint FROM document
            WHERE duplicate_of IS NULL AND fingerprint IS NOT NULL AND (band0 = \(bands[0]) OR band1 = \(bands[1]) OR band2 = \(bands[2]) OR band3 = \(bands[3]))
            ORDER BY number
            """
        ).map { row in
            let (id, fingerprint) = try row.decode((String, Int64).self)
            return (id, fingerprint)
        }
    }

    func insertDocument(_ record: DocumentRecord, duplicateOf original: String?) throws {
        let bands: [Int?] = record.fingerprint?.bands ?? [nil, nil, nil, nil]
        try run("""
            INSERT INTO document (id, title, published, url, source, origin, text, fingerprint, band0, band1, band2, band3, duplicate_of)
            VALUES (\(record.id), \(record.title), \(record.published), \(record.url), \(record.source), \(record.origin), \(record.text),
                    \(record.fingerprint?.storedValue), \(bands[0]), \(bands[1]), \(bands[2]), \(bands[3]), \(original))
            """)
    }

    func upsertEntity(_ entity: EntityRecord, folded: String, lastWord: String) throws -> Int64 {
        let ids = try column(Int64.self, """
            INSERT INTO entity (type, name, folded, last_word, gender) VALUES (\(entity.type), \(entity.name), \(folded), \(lastWord), \(entity.gender))
            ON CONFLICT (type, name) DO UPDATE SET gender = coalesce(entity.gender, excluded.gender)
            RETURNING id
            """)
        guard let id = ids.first else { throw StoreError(code: .writeFailed, message: "the entity \(entity.name) got no id") }
        return id
    }

    func persons(withLastWord lastWord: String, unlessNamed name: String) throws -> [Int64] {
        try column(Int64.self, """
            SELECT id FROM entity WHERE type = 'PERS' AND last_word = \(lastWord) AND folded <> last_word AND NOT EXISTS (
                SELECT 1 FROM entity WHERE type = 'PERS' AND name = \(name)) ORDER BY id LIMIT 2
            """)
    }

    func addAlias(_ alias: String, to entity: Int64) throws {
        try run("INSERT INTO entity_alias (entity, alias, folded) VALUES (\(entity), \(alias), \(alias.lowercased())) ON CONFLICT DO NOTHING")
    }

    func count(entity: Int64, documents: Int, mentions: Int) throws {
        try run("UPDATE entity SET documents = documents + \(documents), mentions = mentions + \(mentions) WHERE id = \(entity)")
    }

    func addRole(_ role: String, to entity: Int64, document: String, date: String?) throws {
        try run("INSERT INTO entity_role (entity, role, document, date) VALUES (\(entity), \(role), \(document), \(date)) ON CONFLICT DO NOTHING")
    }

    func addMention(_ mention: MentionRecord, of entity: Int64, in document: String) throws {
        try run(#"INSERT INTO mention (document, entity, start, "end", text) VALUES (\#(document), \#(entity), \#(mention.start), \#(mention.end), \#(mention.text))"#)
    }

    func addQuote(_ quote: QuoteRecord, speaker: Int64?, in document: String) throws {
        try run(#"""
            INSERT INTO quote (document, speaker, kind, cue, text, start, "end", published, document_number)
            SELECT \#(document), \#(speaker), \#(quote.kind), \#(quote.cue), \#(quote.text), \#(quote.start), \#(quote.end),
                d.published, d.number FROM document d WHERE d.id = \#(document)
            """#)
    }

    func events(kind: String, days: ClosedRange<Int>) throws -> [StoredEventKey] {
        try keys("SELECT id, date, place FROM event WHERE kind = \(kind) AND day BETWEEN \(days.lowerBound) AND \(days.upperBound) ORDER BY id")
    }

    func events(kind: String, date: String) throws -> [StoredEventKey] {
        try keys("SELECT id, date, place FROM event WHERE kind = \(kind) AND date = \(date) ORDER BY id")
    }

    private func keys(_ query: PostgresQuery) throws -> [StoredEventKey] {
        try run(query).map { row in
            let (id, date, place) = try row.decode((Int64, String?, Int64?).self)
            return StoredEventKey(id: id, date: date, place: place)
        }
    }

    func reports(event: Int64, document: String) throws -> Bool {
        try !run("SELECT 1 FROM event_source WHERE event = \(event) AND document = \(document)").isEmpty
    }

    func participants(of event: Int64) throws -> Set<Int64> {
        Set(try column(Int64.self, "SELECT entity FROM event_participant WHERE event = \(event)"))
    }

    func updateEvent(_ event: Int64, place: Int64?, status: String?) throws {
        try run("UPDATE event SET place = coalesce(place, \(place)), status = coalesce(\(status), status) WHERE id = \(event)")
    }

    func insertEvent(_ event: EventRecord, day: Int?, place: Int64?) throws -> Int64 {
        let ids = try column(Int64.self, """
            INSERT INTO event (kind, date, day, place, status) VALUES (\(event.kind), \(event.date), \(day), \(place), \(event.status))
            RETURNING id
            """)
        guard let id = ids.first else { throw StoreError(code: .writeFailed, message: "the event \(event.text) got no id") }
        return id
    }

    func addSource(_ event: EventRecord, to stored: Int64, document: String) throws {
        try run("""
            INSERT INTO event_source (event, document, trigger, text, status)
            VALUES (\(stored), \(document), \(event.trigger), \(event.text), \(event.status)) ON CONFLICT DO NOTHING
            """)
    }

    func addParticipant(_ entity: Int64, role: String, to event: Int64) throws {
        try run("""
            INSERT INTO event_participant (event, entity, role, position)
            VALUES (\(event), \(entity), \(role), (SELECT count(*) FROM event_participant WHERE event = \(event)))
            ON CONFLICT DO NOTHING
            """)
    }
}
