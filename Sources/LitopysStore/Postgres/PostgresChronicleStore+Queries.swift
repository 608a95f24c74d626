import Foundation
import PostgresNIO

extension PostgresChronicleStore {
    /// SQL that is true when entity `alias.id` has bind `$n` in its folded name or an alias.
    static func nameMatches(_ alias: String, _ parameter: Int) -> String {
        """
        (strpos(\(alias).folded, $\(parameter)) > 0 OR EXISTS (
            SELECT 1 FROM entity_alias a WHERE a.entity = \(alias).id AND strpos(a.folded, $\(parameter)) > 0))
        """
    }

    /// A query whose binds are numbered `$1`, `$2`, … in the order of `values`, so that one
    /// value may appear several times in `sql` (a filter that is either absent or applied).
    static func query(_ sql: String, _ values: [(any PostgresDynamicTypeEncodable)?]) -> PostgresQuery {
        var binds = PostgresBindings(capacity: values.count)
        for value in values {
            if let value { binds.append(value) } else { binds.appendNull() }
        }
        return PostgresQuery(unsafeSQL: sql, binds: binds)
    }

    /// Decodes each row with `body`, turning decoding errors into ``StoreError``.
    static func decode<T>(_ what: String, _ rows: [PostgresRow], _ body: (PostgresRow) throws -> T) throws(StoreError) -> [T] {
        do {
            return try rows.map(body)
        } catch {
            throw decodingError(what, error)
        }
    }

    /// A JSON array built by the server (`json_agg`), decoded into the Codable result type.
    static func json<T: Decodable>(_ text: String, as type: T.Type) throws -> T {
        try JSONDecoder().decode(T.self, from: Data(text.utf8))
    }

    /// Entities by mentions; see ``ChronicleStore/entities(_:)``.
    public func entities(_ query: EntityQuery) async throws(StoreError) -> [StoredEntity] {
        let rows = try await rows("entities", Self.query("""
            SELECT \(Self.entityColumns)
            FROM entity e
            WHERE ($1::text IS NULL OR e.type = $1) AND ($2::text IS NULL OR \(Self.nameMatches("e", 2)))
            ORDER BY e.mentions DESC, e.name, e.id
            LIMIT $3 OFFSET $4
            """, [query.type, query.name?.lowercased(), query.limit, query.offset]))
        return try Self.decode("entities", rows, Self.entity(row:))
    }

    /// The columns of `entity e` that ``entity(row:)`` reads, aliases and distinct roles as JSON.
    static let entityColumns = """
        e.id, e.type, e.name, e.gender, e.documents::bigint, e.mentions::bigint,
            (SELECT coalesce(json_agg(a.alias ORDER BY a.alias), '[]')::text FROM entity_alias a WHERE a.entity = e.id),
            (SELECT coalesce(json_agg(json_build_object('role', r.role, 'date', r.date, 'document', r.document)
                                      ORDER BY r.date IS NULL, r.date, r.role), '[]')::text
             FROM (SELECT DISTINCT ON (role) role, date, document FROM entity_role WHERE entity = e.id
                   ORDER BY role, date DESC NULLS LAST, document) r)
        """

    /// The entity of a row with ``entityColumns``.
    static func entity(row: PostgresRow) throws -> StoredEntity {
        let (id, type, name, gender, documents, mentions, aliases, roles) =
            try row.decode((Int64, String, String, String?, Int, Int, String, String).self)
        return StoredEntity(
            id: id, type: type, name: name, gender: gender, aliases: try Self.json(aliases, as: [String].self),
            roles: try Self.json(roles, as: [StoredRole].self), documents: documents, mentions: mentions)
    }

    /// Events by date; see ``ChronicleStore/events(_:)``.
    ///
    /// Only the filters given become SQL, each with its own bind, so that the planner sees
    /// each shape of query as it is: a participant or place filter is resolved to entity
    /// ids first, and the events then come from the `event_participant` index.
    public func events(_ query: EventQuery) async throws(StoreError) -> [StoredEvent] {
        var conditions: [String] = []
        var values: [(any PostgresDynamicTypeEncodable)?] = []
        func bind(_ value: any PostgresDynamicTypeEncodable) -> String {
            values.append(value)
            return "$\(values.count)"
        }
        if let kind = query.kind { conditions.append("v.kind = \(bind(kind))") }
        if let from = query.from { conditions.append("v.date >= \(bind(from))") }
        if let to = query.to {
            let parameter = bind(to)
            conditions.append("substr(v.date, 1, length(\(parameter))) <= \(parameter)")
        }
        if let entity = query.entity?.lowercased() {
            let ids = try await entityIDs(matching: entity)
            guard !ids.isEmpty else { return [] }
            conditions.append("v.id IN (SELECT ep.event FROM event_participant ep WHERE ep.entity = ANY(\(bind(ids))))")
        }
        if let place = query.place?.lowercased() {
            let ids = try await entityIDs(matching: place)
            guard !ids.isEmpty else { return [] }
            conditions.append("v.place = ANY(\(bind(ids)))")
        }
        let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        let page = "LIMIT \(bind(query.limit)) OFFSET \(bind(query.offset))"
        return try await events(where: filter, page: page, values)
    }

    /// The ids of the entities with `folded` (lower-cased) in their name or an alias.
    func entityIDs(matching folded: String) async throws(StoreError) -> [Int64] {
        let rows = try await rows("entities", Self.query("""
            SELECT id FROM entity WHERE strpos(folded, $1) > 0
            UNION SELECT entity FROM entity_alias WHERE strpos(folded, $1) > 0
            """, [folded]))
        return try Self.decode("entities", rows) { try $0.decode(Int64.self) }
    }

    /// Events of `event v` that pass `filter` (SQL over `v` with binds `values`, empty for
    /// all), by date, undated last, with their participants and sources.
    func events(where filter: String, page: String, _ values: [(any PostgresDynamicTypeEncodable)?]) async throws(StoreError) -> [StoredEvent] {
        let rows = try await rows("events", Self.query("""
            SELECT v.id, v.kind, v.date, v.status, p.name,
                (SELECT coalesce(json_agg(json_build_object('entity', ep.entity, 'name', e.name, 'role', ep.role) ORDER BY ep.position), '[]')::text
                 FROM event_participant ep JOIN entity e ON e.id = ep.entity WHERE ep.event = v.id),
                (SELECT coalesce(json_agg(json_build_object('document', s.document, 'title', d.title, 'text', s.text) ORDER BY d.number), '[]')::text
                 FROM event_source s JOIN document d ON d.id = s.document WHERE s.event = v.id)
            FROM event v LEFT JOIN entity p ON p.id = v.place
            \(filter)
            ORDER BY v.date IS NULL, v.date, v.id
            \(page)
            """, values))
        return try Self.decode("events", rows) { row in
            let (id, kind, date, status, place, participants, sources) =
                try row.decode((Int64, String, String?, String?, String?, String, String).self)
            return StoredEvent(
                id: id, kind: kind, date: date, place: place, status: status,
                participants: try Self.json(participants, as: [StoredParticipant].self),
                sources: try Self.json(sources, as: [StoredEventSource].self))
        }
    }

    /// Quotes, newest first; `to_tsquery` over the quotes' GIN index for `words`. See ``ChronicleStore/quotes(_:)``.
    public func quotes(_ query: QuoteQuery) async throws(StoreError) -> [StoredQuote] {
        var match: String?
        if let words = query.words {
            guard let expression = PostgresTextQuery.expression(for: words) else {
                throw StoreError(code: .invalidQuery, message: "--words \"\(words)\" holds no word to search for. Give at least one word, e.g. --words діалог.")
            }
            match = expression
        }
        let rows = try await rows("quotes", Self.query("""
            SELECT \(Self.quoteColumns) FROM quote q
            JOIN document d ON d.id = q.document
            LEFT JOIN entity s ON s.id = q.speaker
            WHERE ($1::text IS NULL OR q.search @@ to_tsquery('simple', $1))
              AND ($2::text IS NULL OR EXISTS (SELECT 1 FROM entity e WHERE e.id = q.speaker AND \(Self.nameMatches("e", 2))))
              AND ($3::text IS NULL OR d.published >= $3)
              AND ($4::text IS NULL OR substr(d.published, 1, length($4)) <= $4)
            ORDER BY d.published IS NULL, d.published DESC, d.number DESC, q.start
            LIMIT $5 OFFSET $6
            """, [match, query.speaker?.lowercased(), query.from, query.to, query.limit, query.offset]))
        return try Self.decode("quotes", rows, Self.quote(row:))
    }

    /// The columns ``quote(row:)`` reads, from `quote q`, `document d` and `entity s` (the speaker).
    static let quoteColumns = "q.id, q.speaker, s.name, q.kind, q.cue, q.text, q.document, d.published, q.start::bigint, q.\"end\"::bigint"

    /// The quote of a row with ``quoteColumns``.
    static func quote(row: PostgresRow) throws -> StoredQuote {
        let (id, speakerID, speaker, kind, cue, text, document, published, start, end) =
            try row.decode((Int64, Int64?, String?, String, String, String, String, String?, Int, Int).self)
        return StoredQuote(
            id: id, speaker: speaker, speakerID: speakerID, kind: kind, cue: cue, text: text, document: document,
            published: published, start: start, end: end)
    }

    /// Full-text search ranked by `ts_rank`, with `ts_headline` snippets; see ``ChronicleStore/search(_:)``.
    ///
    /// Near-duplicates are left out, as SQLite leaves them out of its index.
    public func search(_ query: SearchQuery) async throws(StoreError) -> [SearchHit] {
        guard let match = PostgresTextQuery.expression(for: query.words) else {
            throw StoreError(code: .invalidQuery, message: "\"\(query.words)\" holds no word to search for. Give at least one word, e.g. `litopys query search діалог`.")
        }
        func option(_ mark: String) -> String { "\"" + mark.replacingOccurrences(of: "\"", with: "") + "\"" }
        let options = "StartSel=\(option(query.marks.open)), StopSel=\(option(query.marks.close)), MaxWords=24, MinWords=12, MaxFragments=1, FragmentDelimiter=\" … \""
        let rows = try await rows("search results", Self.query("""
            SELECT d.id, d.title, d.published, d.url, ts_headline('simple', d.text, q, $2)
            FROM document d, to_tsquery('simple', $1) q
            WHERE d.duplicate_of IS NULL AND d.search @@ q
              AND ($3::text IS NULL OR d.published >= $3)
              AND ($4::text IS NULL OR substr(d.published, 1, length($4)) <= $4)
            ORDER BY ts_rank(d.search, q) DESC, d.number
            LIMIT $5 OFFSET $6
            """, [match, options, query.from, query.to, query.limit, query.offset]))
        return try Self.decode("search results", rows) { row in
            let (id, title, published, url, snippet) = try row.decode((String, String?, String?, String?, String).self)
            return SearchHit(document: id, title: title, published: published, url: url, snippet: snippet)
        }
    }
}
