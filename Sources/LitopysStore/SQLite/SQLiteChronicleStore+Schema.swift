import GRDB

extension SQLiteChronicleStore {
    /// The schema, as named migrations applied in order; a database records which it has.
    ///
    /// Add a migration for every change; never edit one that has shipped.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: documents") { db in
            // `number` is the FTS rowid; `id` the content hash. Bands index the SimHash
            // fingerprint for near-duplicate lookup (see SimHash.bands).
            try db.execute(sql: """
                CREATE TABLE document (
                    number INTEGER PRIMARY KEY,
                    id TEXT NOT NULL UNIQUE,
                    title TEXT,
                    published TEXT,
                    url TEXT,
                    source TEXT,
                    origin TEXT NOT NULL,
                    text TEXT NOT NULL,
                    fingerprint INTEGER,
                    band0 INTEGER, band1 INTEGER, band2 INTEGER, band3 INTEGER,
                    duplicate_of TEXT REFERENCES document(id)
                );
                CREATE INDEX document_band0 ON document(band0) WHERE duplicate_of IS NULL;
                CREATE INDEX document_band1 ON document(band1) WHERE duplicate_of IS NULL;
                CREATE INDEX document_band2 ON document(band2) WHERE duplicate_of IS NULL;
                CREATE INDEX document_band3 ON document(band3) WHERE duplicate_of IS NULL;
                CREATE INDEX document_published ON document(published);
                """)
        }
        migrator.registerMigration("v1: entities") { db in
            // `folded` columns hold lower-cased text for case-insensitive name filters;
            // `last_word` (folded) finds the full name of a person named by surname only.
            try db.execute(sql: """
                CREATE TABLE entity (
                    id INTEGER PRIMARY KEY,
                    type TEXT NOT NULL,
                    name TEXT NOT NULL,
                    folded TEXT NOT NULL,
                    last_word TEXT NOT NULL,
                    gender TEXT,
                    documents INTEGER NOT NULL DEFAULT 0,
                    mentions INTEGER NOT NULL DEFAULT 0,
                    UNIQUE (type, name)
                );
                CREATE INDEX entity_last_word ON entity(type, last_word);
                CREATE TABLE entity_alias (
                    entity INTEGER NOT NULL REFERENCES entity(id),
                    alias TEXT NOT NULL,
                    folded TEXT NOT NULL,
                    PRIMARY KEY (entity, alias)
                ) WITHOUT ROWID;
                CREATE TABLE entity_role (
                    entity INTEGER NOT NULL REFERENCES entity(id),
                    role TEXT NOT NULL,
                    document TEXT NOT NULL REFERENCES document(id),
                    date TEXT,
                    PRIMARY KEY (entity, role, document)
                ) WITHOUT ROWID;
                CREATE TABLE mention (
                    document TEXT NOT NULL REFERENCES document(id),
                    entity INTEGER NOT NULL REFERENCES entity(id),
                    start INTEGER NOT NULL,
                    "end" INTEGER NOT NULL,
                    text TEXT NOT NULL
                );
                CREATE INDEX mention_document ON mention(document);
                CREATE INDEX mention_entity ON mention(entity);
                """)
        }
        migrator.registerMigration("v1: events") { db in
            // `day` is the date as days since 1970 when it is a full date, for the merge window.
            try db.execute(sql: """
                CREATE TABLE event (
                    id INTEGER PRIMARY KEY,
                    kind TEXT NOT NULL,
                    date TEXT,
                    day INTEGER,
                    place INTEGER REFERENCES entity(id),
                    status TEXT
                );
                CREATE INDEX event_kind_day ON event(kind, day);
                CREATE INDEX event_kind_date ON event(kind, date);
                CREATE TABLE event_source (
                    event INTEGER NOT NULL REFERENCES event(id),
                    document TEXT NOT NULL REFERENCES document(id),
                    trigger TEXT NOT NULL,
                    text TEXT NOT NULL,
                    status TEXT,
                    PRIMARY KEY (event, document)
                ) WITHOUT ROWID;
                CREATE INDEX event_source_document ON event_source(document);
                CREATE TABLE event_participant (
                    event INTEGER NOT NULL REFERENCES event(id),
                    entity INTEGER NOT NULL REFERENCES entity(id),
                    role TEXT NOT NULL,
                    position INTEGER NOT NULL,
                    PRIMARY KEY (event, entity)
                ) WITHOUT ROWID;
                CREATE INDEX event_participant_entity ON event_participant(entity);
                """)
        }
        migrator.registerMigration("v1: quotes") { db in
            try db.execute(sql: """
                CREATE TABLE quote (
                    id INTEGER PRIMARY KEY,
                    document TEXT NOT NULL REFERENCES document(id),
                    speaker INTEGER REFERENCES entity(id),
                    kind TEXT NOT NULL,
                    cue TEXT NOT NULL,
                    text TEXT NOT NULL,
                    start INTEGER NOT NULL,
                    "end" INTEGER NOT NULL
                );
                CREATE INDEX quote_document ON quote(document);
                CREATE INDEX quote_speaker ON quote(speaker);
                """)
        }
        migrator.registerMigration("v1: full-text search") { db in
            // External-content FTS5 indexes: the text lives once, in `document` and `quote`.
            // Diacritics are kept: й, ї and ґ are letters of their own in Ukrainian.
            try db.execute(sql: """
                CREATE VIRTUAL TABLE document_search USING fts5(
                    title, text, content='document', content_rowid='number',
                    tokenize='unicode61 remove_diacritics 0');
                CREATE VIRTUAL TABLE quote_search USING fts5(
                    text, content='quote', content_rowid='id',
                    tokenize='unicode61 remove_diacritics 0');
                """)
        }
        migrator.registerMigration("v2: events by place") { db in
            // An entity's page lists the events that take place in it.
            try db.execute(sql: "CREATE INDEX event_place ON event(place)")
        }
        migrator.registerMigration("v3: quotes by speaker, newest first") { db in
            // An entity's page lists a speaker's newest quotes: each quote carries its
            // document's date and number, so an index gives them in order without sorting
            // all of a prolific speaker's quotes.
            try db.execute(sql: """
                ALTER TABLE quote ADD COLUMN published TEXT;
                ALTER TABLE quote ADD COLUMN document_number INTEGER;
                UPDATE quote SET published = (SELECT published FROM document d WHERE d.id = quote.document),
                    document_number = (SELECT number FROM document d WHERE d.id = quote.document);
                CREATE INDEX quote_speaker_newest ON quote(speaker, published IS NULL, published DESC, document_number DESC, start);
                """)
        }
        return migrator
    }
}
