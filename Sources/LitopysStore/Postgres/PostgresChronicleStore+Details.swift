import PostgresNIO

extension PostgresChronicleStore {
    /// Documents, newest first; see ``ChronicleStore/documents(_:)``.
    public func documents(_ query: DocumentQuery) async throws(StoreError) -> [StoredDocumentSummary] {
        let rows = try await rows("documents", Self.query("""
            SELECT id, title, published, url, source, duplicate_of FROM document d
            WHERE ($1::text IS NULL OR d.published >= $1)
              AND ($2::text IS NULL OR substr(d.published, 1, length($2)) <= $2)
            ORDER BY d.published IS NULL, d.published DESC, d.number DESC
            LIMIT $3 OFFSET $4
            """, [query.from, query.to, query.limit, query.offset]))
        return try Self.decode("documents", rows) { row in
            let (id, title, published, url, source, duplicateOf) = try row.decode((String, String?, String?, String?, String?, String?).self)
            return StoredDocumentSummary(id: id, title: title, published: published, url: url, source: source, duplicateOf: duplicateOf)
        }
    }

    /// One document with its facts; see ``ChronicleStore/document(id:)``.
    public func document(id: String) async throws(StoreError) -> StoredDocument? {
        let rows = try await rows("document \(id)", Self.query("""
            SELECT id, title, published, url, source, duplicate_of, text,
                (SELECT coalesce(json_agg(json_build_object(
                        'entity', m.entity, 'name', e.name, 'type', e.type, 'start', m.start, 'end', m."end", 'text', m.text)
                    ORDER BY m.start, m."end" DESC, m.entity), '[]')::text
                 FROM mention m JOIN entity e ON e.id = m.entity WHERE m.document = d.id)
            FROM document d WHERE d.id = $1
            """, [id]))
        guard let row = rows.first else { return nil }
        let document = try Self.decode("document \(id)", [row]) { row in
            let (id, title, published, url, source, duplicateOf, text, mentions) =
                try row.decode((String, String?, String?, String?, String?, String?, String, String).self)
            return StoredDocument(
                summary: StoredDocumentSummary(id: id, title: title, published: published, url: url, source: source, duplicateOf: duplicateOf),
                text: text, mentions: try Self.json(mentions, as: [StoredMention].self), events: [], quotes: [])
        }[0]
        let events = try await events(where: "WHERE v.id IN (SELECT event FROM event_source WHERE document = $1)", page: "", [id])
        let quotes = try await self.rows("quotes of \(id)", Self.query("""
            SELECT \(Self.quoteColumns) FROM quote q JOIN document d ON d.id = q.document
            LEFT JOIN entity s ON s.id = q.speaker
            WHERE q.document = $1 ORDER BY q.start, q.id
            """, [id]))
        var result = document
        result.events = events
        result.quotes = try Self.decode("quotes of \(id)", quotes, Self.quote(row:))
        return result
    }

    /// One entity with its roles over time, events, quotes and co-participants; see
    /// ``ChronicleStore/entity(id:limit:)``.
    public func entity(id: Int64, limit: Int) async throws(StoreError) -> StoredEntityDetail? {
        let rows = try await rows("entity \(id)", Self.query("SELECT \(Self.entityColumns) FROM entity e WHERE e.id = $1", [id]))
        guard let row = rows.first else { return nil }
        let entity = try Self.decode("entity \(id)", [row], Self.entity(row:))[0]
        let history = try Self.decode(
            "roles of entity \(id)",
            try await self.rows("roles of entity \(id)", Self.query("""
                SELECT role, MIN(date), MAX(date), count(*) FROM entity_role
                WHERE entity = $1 GROUP BY role ORDER BY MIN(date) IS NULL, MIN(date), role
                """, [id]))
        ) { row in
            let (role, first, last, documents) = try row.decode((String, String?, String?, Int).self)
            return StoredRolePeriod(role: role, first: first, last: last, documents: documents)
        }
        let events = try await events(
            where: """
                WHERE v.id IN (SELECT event FROM event_participant WHERE entity = $1)
                   OR v.id IN (SELECT id FROM event WHERE place = $1)
                """,
            page: "LIMIT $2", [id, limit])
        let quotes = try Self.decode(
            "quotes of entity \(id)",
            try await self.rows("quotes of entity \(id)", Self.query("""
                SELECT \(Self.quoteColumns) FROM quote q JOIN document d ON d.id = q.document
                LEFT JOIN entity s ON s.id = q.speaker
                WHERE q.speaker = $1
                ORDER BY (q.published IS NULL), q.published DESC, q.document_number DESC, q.start
                LIMIT $2
                """, [id, limit])),
            Self.quote(row:))
        let partners = try Self.decode(
            "co-participants of entity \(id)",
            try await self.rows("co-participants of entity \(id)", Self.query("""
                SELECT other.entity, e.name, e.type, count(*) AS shared FROM event_participant mine
                JOIN event_participant other ON other.event = mine.event AND other.entity <> mine.entity
                JOIN entity e ON e.id = other.entity
                WHERE mine.entity = $1
                GROUP BY other.entity, e.name, e.type ORDER BY shared DESC, e.name, other.entity
                LIMIT $2
                """, [id, limit]))
        ) { row in
            let (entity, name, type, shared) = try row.decode((Int64, String, String, Int).self)
            return StoredCoParticipant(entity: entity, name: name, type: type, sharedEvents: shared)
        }
        return StoredEntityDetail(entity: entity, roleHistory: history, events: events, quotes: quotes, coParticipants: partners)
    }
}
