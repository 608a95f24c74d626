import PostgresNIO

extension PostgresChronicleStore {
    /// The schema, as named migrations applied in order; `litopys_migration` records which
    /// a database has. Add a migration for every change; never edit one that has shipped.
    ///
    /// Text that is sorted or compared by range (names, roles, dates) uses the "C"
    /// collation, so that results are ordered as in SQLite whatever the server's locale.
    /// `search` columns hold `to_tsvector('simple', …)`: no stemming, lower-cased words,
    /// which suits Ukrainian inflection no better or worse than SQLite's unicode61.
    static let migrations: [(name: String, statements: [String])] = [
        ("v1: documents", [
            // `number` orders documents as stored; `id` is the content hash. Bands index
            // the SimHash fingerprint for near-duplicate lookup (see SimHash.bands).
            """
            CREATE TABLE document (
                number BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                id TEXT NOT NULL UNIQUE,
                title TEXT,
                published TEXT COLLATE "C",
                url TEXT,
                source TEXT,
                origin TEXT NOT NULL,
                text TEXT NOT NULL,
                fingerprint BIGINT,
                band0 INTEGER, band1 INTEGER, band2 INTEGER, band3 INTEGER,
                duplicate_of TEXT REFERENCES document(id),
                search TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', coalesce(title, '') || ' ' || text)) STORED
            )
            """,
            "CREATE INDEX document_band0 ON document(band0) WHERE duplicate_of IS NULL",
            "CREATE INDEX document_band1 ON document(band1) WHERE duplicate_of IS NULL",
            "CREATE INDEX document_band2 ON document(band2) WHERE duplicate_of IS NULL",
            "CREATE INDEX document_band3 ON document(band3) WHERE duplicate_of IS NULL",
            "CREATE INDEX document_published ON document(published)",
            "CREATE INDEX document_search ON document USING GIN (search)",
        ]),
        ("v1: entities", [
            // `folded` columns hold lower-cased text for case-insensitive name filters;
            // `last_word` (folded) finds the full name of a person named by surname only.
            """
            CREATE TABLE entity (
                id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                type TEXT NOT NULL,
                name TEXT COLLATE "C" NOT NULL,
                folded TEXT NOT NULL,
                last_word TEXT NOT NULL,
                gender TEXT,
                documents INTEGER NOT NULL DEFAULT 0,
                mentions INTEGER NOT NULL DEFAULT 0,
                UNIQUE (type, name)
            )
            """,
            "CREATE INDEX entity_last_word ON entity(type, last_word)",
            """
            CREATE TABLE entity_alias (
                entity BIGINT NOT NULL REFERENCES entity(id),
                alias TEXT COLLATE "C" NOT NULL,
                folded TEXT NOT NULL,
                PRIMARY KEY (entity, alias)
            )
            """,
            """
            CREATE TABLE entity_role (
                entity BIGINT NOT NULL REFERENCES entity(id),
                role TEXT COLLATE "C" NOT NULL,
                document TEXT NOT NULL REFERENCES document(id),
                date TEXT COLLATE "C",
                PRIMARY KEY (entity, role, document)
            )
            """,
            """
            CREATE TABLE mention (
                document TEXT NOT NULL REFERENCES document(id),
                entity BIGINT NOT NULL REFERENCES entity(id),
                start INTEGER NOT NULL,
                "end" INTEGER NOT NULL,
                text TEXT NOT NULL
            )
            """,
            "CREATE INDEX mention_document ON mention(document)",
            "CREATE INDEX mention_entity ON mention(entity)",
        ]),
        ("v1: events", [
            // `day` is the date as days since 1970 when it is a full date, for the merge window.
            """
            CREATE TABLE event (
                id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                kind TEXT NOT NULL,
                date TEXT COLLATE "C",
                day INTEGER,
                place BIGINT REFERENCES entity(id),
                status TEXT
            )
            """,
            "CREATE INDEX event_kind_day ON event(kind, day)",
            "CREATE INDEX event_kind_date ON event(kind, date)",
            """
            CREATE TABLE event_source (
                event BIGINT NOT NULL REFERENCES event(id),
                document TEXT NOT NULL REFERENCES document(id),
                trigger TEXT NOT NULL,
                text TEXT NOT NULL,
                status TEXT,
                PRIMARY KEY (event, document)
            )
            """,
            "CREATE INDEX event_source_document ON event_source(document)",
            """
            CREATE TABLE event_participant (
                event BIGINT NOT NULL REFERENCES event(id),
                entity BIGINT NOT NULL REFERENCES entity(id),
                role TEXT NOT NULL,
                position INTEGER NOT NULL,
                PRIMARY KEY (event, entity)
            )
            """,
            "CREATE INDEX event_participant_entity ON event_participant(entity)",
        ]),
        ("v1: quotes", [
            """
            CREATE TABLE quote (
                id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                document TEXT NOT NULL REFERENCES document(id),
                speaker BIGINT REFERENCES entity(id),
                kind TEXT NOT NULL,
                cue TEXT NOT NULL,
                text TEXT NOT NULL,
                start INTEGER NOT NULL,
                "end" INTEGER NOT NULL,
                search TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', text)) STORED
            )
            """,
            "CREATE INDEX quote_document ON quote(document)",
            "CREATE INDEX quote_speaker ON quote(speaker)",
            "CREATE INDEX quote_search ON quote USING GIN (search)",
        ]),
        ("v1: work queue", [
            // Articles waiting for a worker (`litopys ingest --queue`, `--worker`). `id` is
            // the content hash of the cleaned article, so an article is queued once;
            // workers claim `queued` rows with FOR UPDATE SKIP LOCKED and mark them `done`
            // in the transaction that stores the document.
            """
            CREATE TABLE work_item (
                seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                id TEXT NOT NULL UNIQUE,
                origin TEXT NOT NULL,
                title TEXT,
                text TEXT NOT NULL,
                has_headline BOOLEAN NOT NULL,
                published TEXT,
                url TEXT,
                state TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'done')),
                outcome TEXT,
                worker TEXT,
                enqueued_at TIMESTAMPTZ NOT NULL DEFAULT now(),
                finished_at TIMESTAMPTZ
            )
            """,
            "CREATE INDEX work_item_queued ON work_item(seq) WHERE state = 'queued'",
        ]),
        ("v2: events by place", [
            // An entity's page lists the events that take place in it.
            "CREATE INDEX event_place ON event(place)",
        ]),
        ("v3: quotes by speaker, newest first", [
            // An entity's page lists a speaker's newest quotes: each quote carries its
            // document's date and number, so an index gives them in order without sorting
            // all of a prolific speaker's quotes.
            "ALTER TABLE quote ADD COLUMN published TEXT COLLATE \"C\"",
            "ALTER TABLE quote ADD COLUMN document_number BIGINT",
            """
            UPDATE quote SET published = d.published, document_number = d.number FROM document d WHERE d.id = quote.document
            """,
            "CREATE INDEX quote_speaker_newest ON quote(speaker, (published IS NULL), published DESC, document_number DESC, start)",
        ]),
    ]

    /// Applies the migrations the database lacks, in one transaction under an advisory
    /// lock, so that workers starting together migrate once.
    func migrate() async throws {
        if let schema = location.schema {
            // A validated identifier (letters, digits, _): safe to quote into DDL.
            _ = try await pool.withConnection { connection in
                try await connection.query(PostgresQuery(unsafeSQL: "CREATE SCHEMA IF NOT EXISTS \"\(schema)\""), logger: PostgresConnectionPool.logger)
            }
        }
        let migrations = Self.migrations
        _ = try await transaction("the schema") { connection in
            let logger = PostgresConnectionPool.logger
            try await connection.query("SELECT pg_advisory_xact_lock(\(Self.migrationLock))", logger: logger)
            try await connection.query(
                "CREATE TABLE IF NOT EXISTS litopys_migration (name TEXT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())",
                logger: logger)
            var applied: Set<String> = []
            for try await name in try await connection.query("SELECT name FROM litopys_migration", logger: logger).decode(String.self) {
                applied.insert(name)
            }
            for migration in migrations where !applied.contains(migration.name) {
                for statement in migration.statements {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
                try await connection.query("INSERT INTO litopys_migration (name) VALUES (\(migration.name))", logger: logger)
            }
            return true
        }
    }
}
