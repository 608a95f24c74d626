import GRDB

extension SQLiteChronicleStore {
    /// SQL that is true when entity `alias.id` has `:parameter` in its name or an alias.
    private static func nameMatches(_ alias: String, _ parameter: String) -> String {
        """
        (instr(\(alias).folded, :\(parameter)) > 0 OR EXISTS (
            SELECT 1 FROM entity_alias a WHERE a.entity = \(alias).id AND instr(a.folded, :\(parameter)) > 0))
        """
    }

    /// Entities by mentions; see ``ChronicleStore/entities(_:)``.
    public func entities(_ query: EntityQuery) async throws(StoreError) -> [StoredEntity] {
        try await read("entities") { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT id, type, name, gender, documents, mentions FROM entity e
                    WHERE (:type IS NULL OR e.type = :type)
                      AND (:name IS NULL OR \(Self.nameMatches("e", "name")))
                    ORDER BY e.mentions DESC, e.name, e.id
                    LIMIT :limit OFFSET :offset
                    """,
                arguments: ["type": query.type, "name": query.name?.lowercased(), "limit": query.limit, "offset": query.offset])
            return try rows.map { try Self.entity(row: $0, db) }
        }
    }

    /// The entity of a row of `entity` (id, type, name, gender, documents, mentions) with
    /// its aliases and distinct roles.
    static func entity(row: Row, _ db: Database) throws -> StoredEntity {
        let id: Int64 = row["id"]
        let aliases = try String.fetchAll(
            db.cachedStatement(sql: "SELECT alias FROM entity_alias WHERE entity = ? ORDER BY alias"), arguments: [id])
        let roles = try Row.fetchAll(
            db.cachedStatement(sql: """
                SELECT r.role, MAX(r.date) AS date, r.document FROM entity_role r
                WHERE r.entity = ? GROUP BY r.role ORDER BY date IS NULL, date, r.role
                """),
            arguments: [id]
        ).map { StoredRole(role: $0["role"], date: $0["date"], document: $0["document"]) }
        return StoredEntity(
            id: id, type: row["type"], name: row["name"], gender: row["gender"], aliases: aliases,
            roles: roles, documents: row["documents"], mentions: row["mentions"])
    }

    /// Events by date; see ``ChronicleStore/events(_:)``.
    ///
    /// Only the filters given become SQL (each with its own parameter), so that SQLite
    /// plans each shape of query on its own: a participant or place filter is resolved to
    /// entity ids first, and the events then come from the `event_participant` index
    /// instead of a scan of all events.
    public func events(_ query: EventQuery) async throws(StoreError) -> [StoredEvent] {
        try await read("events") { db in
            var conditions: [String] = []
            var arguments: StatementArguments = [:]
            if let kind = query.kind {
                conditions.append("v.kind = :kind")
                arguments += ["kind": kind]
            }
            if let from = query.from {
                conditions.append("v.date >= :from")
                arguments += ["from": from]
            }
            if let to = query.to {
                conditions.append("substr(v.date, 1, length(:to)) <= :to")
                arguments += ["to": to]
            }
            if let entity = query.entity?.lowercased() {
                let ids = try Self.entityIDs(matching: entity, db)
                guard !ids.isEmpty else { return [] }
                conditions.append("v.id IN (SELECT ep.event FROM event_participant ep WHERE ep.entity IN (SELECT value FROM json_each(:participants)))")
                arguments += ["participants": Self.jsonArray(ids)]
            }
            if let place = query.place?.lowercased() {
                let ids = try Self.entityIDs(matching: place, db)
                guard !ids.isEmpty else { return [] }
                conditions.append("v.place IN (SELECT value FROM json_each(:places))")
                arguments += ["places": Self.jsonArray(ids)]
            }
            arguments += ["limit": query.limit, "offset": query.offset]
            let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
            return try Self.events(db, where: filter, arguments: arguments, page: "LIMIT :limit OFFSET :offset")
        }
    }

    /// The ids of the entities with `folded` (lower-cased) in their name or an alias.
    static func entityIDs(matching folded: String, _ db: Database) throws -> [Int64] {
        try Int64.fetchAll(
            db.cachedStatement(sql: """
                SELECT id FROM entity WHERE instr(folded, :name) > 0
                UNION SELECT entity FROM entity_alias WHERE instr(folded, :name) > 0
                """),
            arguments: ["name": folded])
    }

    /// `ids` as a JSON array, bound as one parameter and read with `json_each`.
    static func jsonArray(_ ids: [Int64]) -> String {
        "[" + ids.map(String.init).joined(separator: ",") + "]"
    }

    /// Events of `event v` that pass `filter` (SQL over `v`, empty for all), by date,
    /// undated last, with their participants and sources.
    ///
    /// Three statements whatever the number of events (the events, then all their
    /// participants, then all their sources), each prepared once per connection and cached:
    /// a page of 50 events used to cost 101 statements prepared afresh.
    static func events(_ db: Database, where filter: String, arguments: StatementArguments, page: String) throws -> [StoredEvent] {
        let rows = try Row.fetchAll(
            db.cachedStatement(sql: """
                SELECT v.id, v.kind, v.date, v.status, p.name AS place FROM event v
                LEFT JOIN entity p ON p.id = v.place
                \(filter)
                ORDER BY v.date IS NULL, v.date, v.id
                \(page)
                """),
            arguments: arguments)
        guard !rows.isEmpty else { return [] }
        let ids = jsonArray(rows.map { $0["id"] })
        var participants: [Int64: [StoredParticipant]] = [:]
        for row in try Row.fetchAll(
            db.cachedStatement(sql: """
                SELECT ep.event, ep.entity, e.name, ep.role FROM event_participant ep JOIN entity e ON e.id = ep.entity
                WHERE ep.event IN (SELECT value FROM json_each(?)) ORDER BY ep.event, ep.position
                """),
            arguments: [ids])
        {
            participants[row["event"], default: []].append(StoredParticipant(entity: row["entity"], name: row["name"], role: row["role"]))
        }
        var sources: [Int64: [StoredEventSource]] = [:]
        for row in try Row.fetchAll(
            db.cachedStatement(sql: """
                SELECT s.event, s.document, d.title, s.text FROM event_source s JOIN document d ON d.id = s.document
                WHERE s.event IN (SELECT value FROM json_each(?)) ORDER BY s.event, d.number
                """),
            arguments: [ids])
        {
            sources[row["event"], default: []].append(StoredEventSource(document: row["document"], title: row["title"], text: row["text"]))
        }
        return rows.map { row in
            let id: Int64 = row["id"]
            return StoredEvent(
                id: id, kind: row["kind"], date: row["date"], place: row["place"], status: row["status"],
                participants: participants[id] ?? [], sources: sources[id] ?? [])
        }
    }

    /// Quotes, newest first; FTS5 for `words`. See ``ChronicleStore/quotes(_:)``.
    public func quotes(_ query: QuoteQuery) async throws(StoreError) -> [StoredQuote] {
        var match: String?
        if let words = query.words {
            guard let expression = FTS5Query.expression(for: words) else {
                throw StoreError(code: .invalidQuery, message: "--words \"\(words)\" holds no word to search for. Give at least one word, e.g. --words діалог.")
            }
            match = expression
        }
        let expression = match
        return try await read("quotes") { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT \(Self.quoteColumns) FROM quote q
                    JOIN document d ON d.id = q.document
                    LEFT JOIN entity s ON s.id = q.speaker
                    WHERE (:match IS NULL OR q.id IN (SELECT rowid FROM quote_search WHERE quote_search MATCH :match))
                      AND (:speaker IS NULL OR EXISTS (
                            SELECT 1 FROM entity e WHERE e.id = q.speaker AND \(Self.nameMatches("e", "speaker"))))
                      AND (:from IS NULL OR d.published >= :from)
                      AND (:to IS NULL OR substr(d.published, 1, length(:to)) <= :to)
                    ORDER BY d.published IS NULL, d.published DESC, d.number DESC, q.start
                    LIMIT :limit OFFSET :offset
                    """,
                arguments: [
                    "match": expression, "speaker": query.speaker?.lowercased(), "from": query.from, "to": query.to,
                    "limit": query.limit, "offset": query.offset,
                ]
            ).map(Self.quote(row:))
        }
    }

    /// The columns ``quote(row:)`` reads, from `quote q`, `document d` and `entity s` (the speaker).
    static let quoteColumns = "q.id, q.speaker AS speaker_id, s.name AS speaker, q.kind, q.cue, q.text, q.document, d.published, q.start, q.\"end\""

    /// The quote of a row with ``quoteColumns``.
    static func quote(row: Row) -> StoredQuote {
        StoredQuote(
            id: row["id"], speaker: row["speaker"], speakerID: row["speaker_id"], kind: row["kind"], cue: row["cue"],
            text: row["text"], document: row["document"], published: row["published"], start: row["start"], end: row["end"])
    }

    /// FTS5 search ranked by BM25; see ``ChronicleStore/search(_:)``.
    public func search(_ query: SearchQuery) async throws(StoreError) -> [SearchHit] {
        guard let match = FTS5Query.expression(for: query.words) else {
            throw StoreError(code: .invalidQuery, message: "\"\(query.words)\" holds no word to search for. Give at least one word, e.g. `litopys query search діалог`.")
        }
        return try await read("search results") { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT d.id, d.title, d.published, d.url,
                           snippet(document_search, 1, :open, :close, '…', 16) AS snippet
                    FROM document_search JOIN document d ON d.number = document_search.rowid
                    WHERE document_search MATCH :match
                      AND (:from IS NULL OR d.published >= :from)
                      AND (:to IS NULL OR substr(d.published, 1, length(:to)) <= :to)
                    ORDER BY rank
                    LIMIT :limit OFFSET :offset
                    """,
                arguments: [
                    "match": match, "from": query.from, "to": query.to, "limit": query.limit, "offset": query.offset,
                    "open": query.marks.open, "close": query.marks.close,
                ]
            ).map { row in
                SearchHit(document: row["id"], title: row["title"], published: row["published"], url: row["url"], snippet: row["snippet"])
            }
        }
    }
}
