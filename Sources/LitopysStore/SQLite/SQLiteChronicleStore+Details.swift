import GRDB

extension SQLiteChronicleStore {
    /// Documents, newest first; see ``ChronicleStore/documents(_:)``.
    public func documents(_ query: DocumentQuery) async throws(StoreError) -> [StoredDocumentSummary] {
        try await read("documents") { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT id, title, published, url, source, duplicate_of FROM document d
                    WHERE (:from IS NULL OR d.published >= :from)
                      AND (:to IS NULL OR substr(d.published, 1, length(:to)) <= :to)
                    ORDER BY d.published IS NULL, d.published DESC, d.number DESC
                    LIMIT :limit OFFSET :offset
                    """,
                arguments: ["from": query.from, "to": query.to, "limit": query.limit, "offset": query.offset]
            ).map(Self.documentSummary(row:))
        }
    }

    /// The summary of a row of `document` (id, title, published, url, source, duplicate_of).
    static func documentSummary(row: Row) -> StoredDocumentSummary {
        StoredDocumentSummary(
            id: row["id"], title: row["title"], published: row["published"], url: row["url"], source: row["source"],
            duplicateOf: row["duplicate_of"])
    }

    /// One document with its facts; see ``ChronicleStore/document(id:)``.
    public func document(id: String) async throws(StoreError) -> StoredDocument? {
        try await read("document \(id)") { db in
            guard
                let row = try Row.fetchOne(
                    db, sql: "SELECT id, title, published, url, source, duplicate_of, text FROM document WHERE id = ?", arguments: [id])
            else { return nil }
            let mentions = try Row.fetchAll(
                db,
                sql: """
                    SELECT m.entity, e.name, e.type, m.start, m."end", m.text FROM mention m JOIN entity e ON e.id = m.entity
                    WHERE m.document = ? ORDER BY m.start, m."end" DESC, m.entity
                    """,
                arguments: [id]
            ).map { StoredMention(entity: $0["entity"], name: $0["name"], type: $0["type"], start: $0["start"], end: $0["end"], text: $0["text"]) }
            let events = try Self.events(
                db, where: "WHERE v.id IN (SELECT event FROM event_source WHERE document = :document)",
                arguments: ["document": id], page: "")
            let quotes = try Row.fetchAll(
                db,
                sql: """
                    SELECT \(Self.quoteColumns) FROM quote q JOIN document d ON d.id = q.document
                    LEFT JOIN entity s ON s.id = q.speaker
                    WHERE q.document = ? ORDER BY q.start, q.id
                    """,
                arguments: [id]
            ).map(Self.quote(row:))
            return StoredDocument(summary: Self.documentSummary(row: row), text: row["text"], mentions: mentions, events: events, quotes: quotes)
        }
    }

    /// One entity with its roles over time, events, quotes and co-participants; see
    /// ``ChronicleStore/entity(id:limit:)``.
    public func entity(id: Int64, limit: Int) async throws(StoreError) -> StoredEntityDetail? {
        try await read("entity \(id)") { db in
            guard
                let row = try Row.fetchOne(
                    db, sql: "SELECT id, type, name, gender, documents, mentions FROM entity WHERE id = ?", arguments: [id])
            else { return nil }
            let entity = try Self.entity(row: row, db)
            let history = try Row.fetchAll(
                db,
                sql: """
                    SELECT role, MIN(date) AS first, MAX(date) AS last, count(*) AS documents FROM entity_role
                    WHERE entity = ? GROUP BY role ORDER BY first IS NULL, first, role
                    """,
                arguments: [id]
            ).map { StoredRolePeriod(role: $0["role"], first: $0["first"], last: $0["last"], documents: $0["documents"]) }
            let events = try Self.events(
                db,
                where: """
                    WHERE v.id IN (SELECT event FROM event_participant WHERE entity = :entity)
                       OR v.id IN (SELECT id FROM event WHERE place = :entity)
                    """,
                arguments: ["entity": id, "limit": limit], page: "LIMIT :limit")
            let quotes = try Row.fetchAll(
                db,
                sql: """
                    SELECT \(Self.quoteColumns) FROM quote q JOIN document d ON d.id = q.document
                    LEFT JOIN entity s ON s.id = q.speaker
                    WHERE q.speaker = ?
                    ORDER BY q.published IS NULL, q.published DESC, q.document_number DESC, q.start
                    LIMIT ?
                    """,
                arguments: [id, limit]
            ).map(Self.quote(row:))
            let partners = try Row.fetchAll(
                db,
                sql: """
                    SELECT other.entity, e.name, e.type, count(*) AS shared FROM event_participant mine
                    JOIN event_participant other ON other.event = mine.event AND other.entity <> mine.entity
                    JOIN entity e ON e.id = other.entity
                    WHERE mine.entity = ?
                    GROUP BY other.entity ORDER BY shared DESC, e.name, other.entity
                    LIMIT ?
                    """,
                arguments: [id, limit]
            ).map { StoredCoParticipant(entity: $0["entity"], name: $0["name"], type: $0["type"], sharedEvents: $0["shared"]) }
            return StoredEntityDetail(entity: entity, roleHistory: history, events: events, quotes: quotes, coParticipants: partners)
        }
    }
}
