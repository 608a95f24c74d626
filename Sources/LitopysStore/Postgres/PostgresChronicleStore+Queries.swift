import Foundation
import PostgresNIO

extension PostgresChronicleStore {
    /// SQL that is true when entity `alias.id` has bind `$n` in its folded name or an alias.
    private static func nameMatches(_ alias: String, _ parameter: Int) -> String {
        """
        (strpos(\(alias).folded, $\(parameter)) > 0 OR EXISTS (
            SELECT 1 FROM entity_alias a WHERE a.entity = \(alias).id AND strpos(a.folded, $\(parameter)) > 0))
        """
    }

    /// A query whose binds are numbered `$1`, `$2`, … in the order of `values`, so that one
    /// value may appear several times in `sql` (a filter that is either absent or applied).
    private static func query(_ sql: String, _ values: [(any PostgresDynamicTypeEncodable)?]) -> PostgresQuery {
        var binds = PostgresBindings(capacity: values.count)
        for value in values {
            if let value { binds.append(value) } else { binds.appendNull() }
        }
        return PostgresQuery(unsafeSQL: sql, binds: binds)
    }

    /// Decodes each row with `body`, turning decoding errors into ``StoreError``.
    private static func decode<T>(_ what: String, _ rows: [PostgresRow], _ body: (PostgresRow) throws -> T) throws(StoreError) -> [T] {
        do {
            return try rows.map(body)
        } catch {
            throw decodingError(what, error)
        }
    }

    /// A JSON array built by the server (`json_agg`), decoded into the Codable result type.
    private static func json<T: Decodable>(_ text: String, as type: T.Type) throws -> T {
        try JSONDecoder().decode(T.self, from: Data(text.utf8))
    }

    /// Entities by mentions; see ``ChronicleStore/entities(_:)``.
    public func entities(_ query: EntityQuery) async throws(StoreError) -> [StoredEntity] {
        let rows = try await rows("entities", Self.query("""
            SELECT e.id, e.type, e.name, e.gender, e.documents::bigint, e.mentions::bigint,
                (SELECT coalesce(json_agg(a.alias ORDER BY a.alias), '[]')::text FROM entity_alias a WHERE a.entity = e.id),
                (SELECT coalesce(json_agg(json_build_object('role', r.role, 'date', r.date, 'document', r.document)
                                          ORDER BY r.date IS NULL, r.date, r.role), '[]')::text
                 FROM (SELECT DISTINCT ON (role) role, date, document FROM entity_role WHERE entity = e.id
                       ORDER BY role, date DESC NULLS LAST, document) r)
            FROM entity e
            WHERE ($1::text IS NULL OR e.type = $1) AND ($2::text IS NULL OR \(Self.nameMatches("e", 2)))
            ORDER BY e.mentions DESC, e.name, e.id
            LIMIT $3
            """, [query.type, query.name?.lowercased(), query.limit]))
        return try Self.decode("entities", rows) { row in
            let (id, type, name, gender, documents, mentions, aliases, roles) =
                try row.decode((Int64, String, String, String?, Int, Int, String, String).self)
            return StoredEntity(
                id: id, type: type, name: name, gender: gender, aliases: try Self.json(aliases, as: [String].self),
                roles: try Self.json(roles, as: [StoredRole].self), documents: documents, mentions: mentions)
        }
    }

    /// Events by date; see ``ChronicleStore/events(_:)``.
    public func events(_ query: EventQuery) async throws(StoreError) -> [StoredEvent] {
        let rows = try await rows("events", Self.query("""
            SELECT v.id, v.kind, v.date, v.status, p.name,
                (SELECT coalesce(json_agg(json_build_object('entity', ep.entity, 'name', e.name, 'role', ep.role) ORDER BY ep.position), '[]')::text
                 FROM event_participant ep JOIN entity e ON e.id = ep.entity WHERE ep.event = v.id),
                (SELECT coalesce(json_agg(json_build_object('document', s.document, 'title', d.title, 'text', s.text) ORDER BY d.number), '[]')::text
                 FROM event_source s JOIN document d ON d.id = s.document WHERE s.event = v.id)
            FROM event v LEFT JOIN entity p ON p.id = v.place
            WHERE ($1::text IS NULL OR v.kind = $1)
              AND ($2::text IS NULL OR v.date >= $2)
              AND ($3::text IS NULL OR substr(v.date, 1, length($3)) <= $3)
              AND ($4::text IS NULL OR EXISTS (
                    SELECT 1 FROM event_participant ep WHERE ep.event = v.id AND ep.entity IN (
                        SELECT e.id FROM entity e WHERE \(Self.nameMatches("e", 4)))))
              AND ($5::text IS NULL OR v.place IN (SELECT e.id FROM entity e WHERE \(Self.nameMatches("e", 5))))
            ORDER BY v.date IS NULL, v.date, v.id
            LIMIT $6
            """, [query.kind, query.from, query.to, query.entity?.lowercased(), query.place?.lowercased(), query.limit]))
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
            SELECT q.id, s.name, q.kind, q.cue, q.text, q.document, d.published FROM quote q
            JOIN document d ON d.id = q.document
            LEFT JOIN entity s ON s.id = q.speaker
            WHERE ($1::text IS NULL OR q.search @@ to_tsquery('simple', $1))
              AND ($2::text IS NULL OR EXISTS (SELECT 1 FROM entity e WHERE e.id = q.speaker AND \(Self.nameMatches("e", 2))))
              AND ($3::text IS NULL OR d.published >= $3)
              AND ($4::text IS NULL OR substr(d.published, 1, length($4)) <= $4)
            ORDER BY d.published IS NULL, d.published DESC, d.number DESC, q.start
            LIMIT $5
            """, [match, query.speaker?.lowercased(), query.from, query.to, query.limit]))
        return try Self.decode("quotes", rows) { row in
            let (id, speaker, kind, cue, text, document, published) =
                try row.decode((Int64, String?, String, String, String, String, String?).self)
            return StoredQuote(id: id, speaker: speaker, kind: kind, cue: cue, text: text, document: document, published: published)
        }
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
            LIMIT $5
            """, [match, options, query.from, query.to, query.limit]))
        return try Self.decode("search results", rows) { row in
            let (id, title, published, url, snippet) = try row.decode((String, String?, String?, String?, String).self)
            return SearchHit(document: id, title: title, published: published, url: url, snippet: snippet)
        }
    }
}
