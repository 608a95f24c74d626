import GRDB

extension SQLiteChronicleStore {
    /// Stores `record` in one transaction; see ``ChronicleStore/add(_:)``.
    ///
    /// - Complexity: one indexed lookup per fingerprint band, per entity and per event, plus the inserts.
    public func add(_ record: DocumentRecord) async throws(StoreError) -> IngestOutcome {
        let writer = self.writer
        return try await write("document \(record.id) (\(record.origin))") { db in
            try writer.add(record, in: SQLiteWriteSession(db: db))
        }
    }
}

/// ``ChronicleWriteSession`` on one GRDB write transaction; statements are cached per connection.
struct SQLiteWriteSession: ChronicleWriteSession {
    let db: Database

    func documentExists(_ id: String) throws -> Bool {
        try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM document WHERE id = ?"), arguments: [id]) ?? false
    }

    func originals(sharingAnyOf bands: [Int]) throws -> [(id: String, fingerprint: Int64)] {
        try Row.fetchAll(
            db.cachedStatement(sql: """
                SELECT id, fingerprint FROM document
                WHERE duplicate_of IS NULL AND (band0 = ? OR band1 = ? OR band2 = ? OR band3 = ?)
                ORDER BY number
                """),
            arguments: [bands[0], bands[1], bands[2], bands[3]]
        ).compactMap { row in (row["fingerprint"] as Int64?).map { (row["id"], $0) } }
    }

    func insertDocument(_ record: DocumentRecord, duplicateOf original: String?) throws {
        let bands: [Int?] = record.fingerprint?.bands ?? [nil, nil, nil, nil]
        try db.cachedStatement(sql: """
            INSERT INTO document (id, title, published, url, source, origin, text, fingerprint, band0, band1, band2, band3, duplicate_of)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
            .execute(arguments: [
                record.id, record.title, record.published, record.url, record.source, record.origin, record.text,
                record.fingerprint?.storedValue, bands[0], bands[1], bands[2], bands[3], original,
            ])
        guard original == nil else { return }
        try db.cachedStatement(sql: "INSERT INTO document_search(rowid, title, text) VALUES (?, ?, ?)")
            .execute(arguments: [db.lastInsertedRowID, record.title, record.text])
    }

    func upsertEntity(_ entity: EntityRecord, folded: String, lastWord: String) throws -> Int64 {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO entity (type, name, folded, last_word, gender) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (type, name) DO UPDATE SET gender = coalesce(entity.gender, excluded.gender)
            RETURNING id
            """)
        guard let id = try Int64.fetchOne(statement, arguments: [entity.type, entity.name, folded, lastWord, entity.gender]) else {
            throw StoreError(code: .writeFailed, message: "the entity \(entity.name) got no id")
        }
        return id
    }

    func persons(withLastWord lastWord: String, unlessNamed name: String) throws -> [Int64] {
        try Int64.fetchAll(
            db.cachedStatement(sql: """
                SELECT id FROM entity WHERE type = 'PERS' AND last_word = ? AND folded <> last_word AND NOT EXISTS (
                    SELECT 1 FROM entity WHERE type = 'PERS' AND name = ?) LIMIT 2
                """),
            arguments: [lastWord, name])
    }

    func addAlias(_ alias: String, to entity: Int64) throws {
        try db.cachedStatement(sql: "INSERT OR IGNORE INTO entity_alias (entity, alias, folded) VALUES (?, ?, ?)")
            .execute(arguments: [entity, alias, alias.lowercased()])
    }

    func count(entity: Int64, documents: Int, mentions: Int) throws {
        try db.cachedStatement(sql: "UPDATE entity SET documents = documents + ?, mentions = mentions + ? WHERE id = ?")
            .execute(arguments: [documents, mentions, entity])
    }

    func addRole(_ role: String, to entity: Int64, document: String, date: String?) throws {
        try db.cachedStatement(sql: "INSERT OR IGNORE INTO entity_role (entity, role, document, date) VALUES (?, ?, ?, ?)")
            .execute(arguments: [entity, role, document, date])
    }

    func addMention(_ mention: MentionRecord, of entity: Int64, in document: String) throws {
        try db.cachedStatement(sql: #"INSERT INTO mention (document, entity, start, "end", text) VALUES (?, ?, ?, ?, ?)"#)
            .execute(arguments: [document, entity, mention.start, mention.end, mention.text])
    }

    func addQuote(_ quote: QuoteRecord, speaker: Int64?, in document: String) throws {
        try db.cachedStatement(sql: #"""
            INSERT INTO quote (document, speaker, kind, cue, text, start, "end", published, document_number)
            SELECT ?, ?, ?, ?, ?, ?, ?, d.published, d.number FROM document d WHERE d.id = ?
            """#)
            .execute(arguments: [document, speaker, quote.kind, quote.cue, quote.text, quote.start, quote.end, document])
        try db.cachedStatement(sql: "INSERT INTO quote_search (rowid, text) VALUES (?, ?)")
            .execute(arguments: [db.lastInsertedRowID, quote.text])
    }

    func events(kind: String, days: ClosedRange<Int>) throws -> [StoredEventKey] {
        try keys(
            db.cachedStatement(sql: "SELECT id, date, place FROM event WHERE kind = ? AND day BETWEEN ? AND ? ORDER BY id"),
            [kind, days.lowerBound, days.upperBound])
    }

    func events(kind: String, date: String) throws -> [StoredEventKey] {
        try keys(db.cachedStatement(sql: "SELECT id, date, place FROM event WHERE kind = ? AND date = ? ORDER BY id"), [kind, date])
    }

    private func keys(_ statement: Statement, _ arguments: StatementArguments) throws -> [StoredEventKey] {
        try Row.fetchAll(statement, arguments: arguments).map { StoredEventKey(id: $0["id"], date: $0["date"], place: $0["place"]) }
    }

    func reports(event: Int64, document: String) throws -> Bool {
        try Bool.fetchOne(
            db.cachedStatement(sql: "SELECT 1 FROM event_source WHERE event = ? AND document = ?"), arguments: [event, document]) ?? false
    }

    func participants(of event: Int64) throws -> Set<Int64> {
        try Int64.fetchSet(db.cachedStatement(sql: "SELECT entity FROM event_participant WHERE event = ?"), arguments: [event])
    }

    func updateEvent(_ event: Int64, place: Int64?, status: String?) throws {
        try db.cachedStatement(sql: "UPDATE event SET place = coalesce(place, ?), status = coalesce(?, status) WHERE id = ?")
            .execute(arguments: [place, status, event])
    }

    func insertEvent(_ event: EventRecord, day: Int?, place: Int64?) throws -> Int64 {
        try db.cachedStatement(sql: "INSERT INTO event (kind, date, day, place, status) VALUES (?, ?, ?, ?, ?)")
            .execute(arguments: [event.kind, event.date, day, place, event.status])
        return db.lastInsertedRowID
    }

    func addSource(_ event: EventRecord, to stored: Int64, document: String) throws {
        try db.cachedStatement(sql: "INSERT OR IGNORE INTO event_source (event, document, trigger, text, status) VALUES (?, ?, ?, ?, ?)")
            .execute(arguments: [stored, document, event.trigger, event.text, event.status])
    }

    func addParticipant(_ entity: Int64, role: String, to event: Int64) throws {
        try db.cachedStatement(sql: """
            INSERT OR IGNORE INTO event_participant (event, entity, role, position)
            VALUES (?1, ?2, ?3, (SELECT count(*) FROM event_participant WHERE event = ?1))
            """)
            .execute(arguments: [event, entity, role])
    }
}
