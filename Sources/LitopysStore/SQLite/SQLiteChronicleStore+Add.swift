import GRDB

extension SQLiteChronicleStore {
    /// Stores `record` in one transaction; see ``ChronicleStore/add(_:)``.
    ///
    /// - Complexity: one indexed lookup per fingerprint band, per entity and per event, plus the inserts.
    public func add(_ record: DocumentRecord) throws(StoreError) -> IngestOutcome {
        try write("document \(record.id) (\(record.origin))") { db in
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM document WHERE id = ?", arguments: [record.id]) ?? false {
                return .alreadyStored
            }
            if let fingerprint = record.fingerprint, let original = try nearDuplicate(of: fingerprint, in: db) {
                try insertDocument(record, duplicateOf: original, in: db)
                return .nearDuplicate(of: original)
            }
            let number = try insertDocument(record, duplicateOf: nil, in: db)
            try db.cachedStatement(sql: "INSERT INTO document_search(rowid, title, text) VALUES (?, ?, ?)")
                .execute(arguments: [number, record.title, record.text])
            let entities = try insertEntities(of: record, in: db)
            try insertQuotes(of: record, entities: entities, in: db)
            try insertEvents(of: record, entities: entities, in: db)
            return .added
        }
    }

    /// The id of a stored original whose fingerprint lies within the configured distance.
    ///
    /// Candidates share at least one 16-bit band (see ``SimHash/bands``); the nearest wins,
    /// the earliest stored on a tie.
    private func nearDuplicate(of fingerprint: SimHash, in db: Database) throws -> String? {
        let bands = fingerprint.bands
        let rows = try Row.fetchAll(
            db.cachedStatement(sql: """
                SELECT id, fingerprint FROM document
                WHERE duplicate_of IS NULL AND (band0 = ? OR band1 = ? OR band2 = ? OR band3 = ?)
                ORDER BY number
                """),
            arguments: [bands[0], bands[1], bands[2], bands[3]])
        var best: (id: String, distance: Int)?
        for row in rows {
            guard let stored: Int64 = row["fingerprint"] else { continue }
            let distance = fingerprint.distance(to: SimHash(value: UInt64(bitPattern: stored)))
            if distance <= configuration.nearDuplicateDistance, distance < (best?.distance ?? Int.max) {
                best = (row["id"], distance)
            }
        }
        return best?.id
    }

    @discardableResult
    private func insertDocument(_ record: DocumentRecord, duplicateOf original: String?, in db: Database) throws -> Int64 {
        let bands: [Int?] = record.fingerprint?.bands ?? [nil, nil, nil, nil]
        try db.cachedStatement(sql: """
            INSERT INTO document (id, title, published, url, source, origin, text, fingerprint, band0, band1, band2, band3, duplicate_of)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
            .execute(arguments: [
                record.id, record.title, record.published, record.url, record.source, record.origin, record.text,
                record.fingerprint?.storedValue, bands[0], bands[1], bands[2], bands[3], original,
            ])
        return db.lastInsertedRowID
    }

    /// Merges the document's entities into the chronicle; returns local id → chronicle id.
    ///
    /// An entity joins the stored one of the same type and canonical name. A person named
    /// by one word only (`Зеленський`) joins the one stored person whose name ends in that
    /// word, when there is exactly one; the word becomes an alias.
    private func insertEntities(of record: DocumentRecord, in db: Database) throws -> [String: Int64] {
        var ids: [String: Int64] = [:]
        var seen: Set<Int64> = []
        let upsert = try db.cachedStatement(sql: """
            INSERT INTO entity (type, name, folded, last_word, gender) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (type, name) DO UPDATE SET gender = coalesce(entity.gender, excluded.gender)
            RETURNING id
            """)
        let alias = try db.cachedStatement(sql: "INSERT OR IGNORE INTO entity_alias (entity, alias, folded) VALUES (?, ?, ?)")
        let fullName = try db.cachedStatement(sql: """
            SELECT id FROM entity WHERE type = 'PERS' AND last_word = ? AND folded <> last_word AND NOT EXISTS (
                SELECT 1 FROM entity WHERE type = 'PERS' AND name = ?) LIMIT 2
            """)
        let count = try db.cachedStatement(sql: "UPDATE entity SET documents = documents + ?, mentions = mentions + ? WHERE id = ?")
        let role = try db.cachedStatement(sql: "INSERT OR IGNORE INTO entity_role (entity, role, document, date) VALUES (?, ?, ?, ?)")
        let mention = try db.cachedStatement(sql: #"INSERT INTO mention (document, entity, start, "end", text) VALUES (?, ?, ?, ?, ?)"#)
        for entity in record.entities {
            let folded = entity.name.lowercased()
            let lastWord = folded.split(separator: " ").last.map(String.init) ?? folded
            var found: Int64?
            if entity.type == "PERS", lastWord == folded {
                let matches = try Int64.fetchAll(fullName, arguments: [folded, entity.name])
                if matches.count == 1 {
                    found = matches[0]
                    try alias.execute(arguments: [matches[0], entity.name, folded])
                }
            }
            guard let id = try found ?? Int64.fetchOne(upsert, arguments: [entity.type, entity.name, folded, lastWord, entity.gender]) else {
                continue
            }
            ids[entity.localID] = id
            let isNew = seen.insert(id).inserted
            try count.execute(arguments: [isNew ? 1 : 0, entity.mentions.count, id])
            for text in Set(entity.mentions.map(\.text)) where text != entity.name {
                try alias.execute(arguments: [id, text, text.lowercased()])
            }
            for title in entity.roles {
                try role.execute(arguments: [id, title, record.id, record.published])
            }
            for item in entity.mentions {
                try mention.execute(arguments: [record.id, id, item.start, item.end, item.text])
            }
        }
        return ids
    }

    private func insertQuotes(of record: DocumentRecord, entities: [String: Int64], in db: Database) throws {
        let quote = try db.cachedStatement(sql: """
            INSERT INTO quote (document, speaker, kind, cue, text, start, "end") VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        let search = try db.cachedStatement(sql: "INSERT INTO quote_search (rowid, text) VALUES (?, ?)")
        for item in record.quotes {
            try quote.execute(arguments: [
                record.id, item.speaker.flatMap { entities[$0] }, item.kind, item.cue, item.text, item.start, item.end,
            ])
            try search.execute(arguments: [db.lastInsertedRowID, item.text])
        }
    }

    /// Merges each event into a stored one that ``EventMergeRule`` matches, or adds it.
    private func insertEvents(of record: DocumentRecord, entities: [String: Int64], in db: Database) throws {
        let insertEvent = try db.cachedStatement(sql: "INSERT INTO event (kind, date, day, place, status) VALUES (?, ?, ?, ?, ?)")
        let source = try db.cachedStatement(sql: """
            INSERT OR IGNORE INTO event_source (event, document, trigger, text, status) VALUES (?, ?, ?, ?, ?)
            """)
        let participant = try db.cachedStatement(sql: """
            INSERT OR IGNORE INTO event_participant (event, entity, role, position)
            VALUES (?1, ?2, ?3, (SELECT count(*) FROM event_participant WHERE event = ?1))
            """)
        for event in record.events {
            let place = event.place.flatMap { entities[$0] }
            let participants = event.participants.compactMap { item in entities[item.entity].map { ($0, item.role) } }
            let candidate = EventMergeRule.Candidate(
                kind: event.kind, date: event.date, place: place, participants: Set(participants.map(\.0)))
            let id: Int64
            if let existing = try mergeTarget(for: candidate, document: record.id, in: db) {
                id = existing
                try db.cachedStatement(sql: """
                    UPDATE event SET place = coalesce(place, ?), status = coalesce(?, status) WHERE id = ?
                    """).execute(arguments: [place, event.status, id])
            } else {
                try insertEvent.execute(arguments: [
                    event.kind, event.date, event.date.flatMap(EventMergeRule.dayNumber), place, event.status,
                ])
                id = db.lastInsertedRowID
            }
            try source.execute(arguments: [id, record.id, event.trigger, event.text, event.status])
            for (entity, role) in participants {
                try participant.execute(arguments: [id, entity, role])
            }
        }
    }

    /// The stored event that `candidate` merges into: the first, by id, that the rule
    /// matches and that this document does not already report.
    private func mergeTarget(for candidate: EventMergeRule.Candidate, document: String, in db: Database) throws -> Int64? {
        guard let date = candidate.date else { return nil }
        let rows: [Row]
        if let day = EventMergeRule.dayNumber(date) {
            let window = configuration.eventDateWindow
            rows = try Row.fetchAll(
                db.cachedStatement(sql: "SELECT id, date, place FROM event WHERE kind = ? AND day BETWEEN ? AND ? ORDER BY id"),
                arguments: [candidate.kind, day - window, day + window])
        } else {
            rows = try Row.fetchAll(
                db.cachedStatement(sql: "SELECT id, date, place FROM event WHERE kind = ? AND date = ? ORDER BY id"),
                arguments: [candidate.kind, date])
        }
        for row in rows {
            let id: Int64 = row["id"]
            let reported = try Bool.fetchOne(
                db.cachedStatement(sql: "SELECT 1 FROM event_source WHERE event = ? AND document = ?"),
                arguments: [id, document]) ?? false
            if reported { continue }
            let participants = try Int64.fetchSet(
                db.cachedStatement(sql: "SELECT entity FROM event_participant WHERE event = ?"), arguments: [id])
            let stored = EventMergeRule.Candidate(kind: candidate.kind, date: row["date"], place: row["place"], participants: participants)
            if mergeRule.matches(stored, candidate) { return id }
        }
        return nil
    }
}
