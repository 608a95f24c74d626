/// How one analysed document joins the chronicle, the same for every backend: skip known
/// content, link near-duplicates, merge entities and events, add quotes.
///
/// The backend opens a transaction and hands its statements over as a
/// ``ChronicleWriteSession``; the writer decides what to insert and what to merge.
///
/// - Complexity: one indexed lookup per fingerprint band, per entity and per event, plus the inserts.
struct ChronicleWriter {
    /// Distances and windows.
    let configuration: ChronicleConfiguration
    /// The rule that merges events across documents.
    let mergeRule: EventMergeRule

    init(configuration: ChronicleConfiguration) {
        self.configuration = configuration
        self.mergeRule = EventMergeRule(configuration: configuration)
    }

    /// Stores `record` through `session`; see ``ChronicleStore/add(_:)``.
    func add(_ record: DocumentRecord, in session: some ChronicleWriteSession) throws -> IngestOutcome {
        if try session.documentExists(record.id) { return .alreadyStored }
        if let fingerprint = record.fingerprint, let original = try nearDuplicate(of: fingerprint, in: session) {
            try session.insertDocument(record, duplicateOf: original)
            return .nearDuplicate(of: original)
        }
        try session.insertDocument(record, duplicateOf: nil)
        let entities = try addEntities(of: record, in: session)
        for quote in record.quotes {
            try session.addQuote(quote, speaker: quote.speaker.flatMap { entities[$0] }, in: record.id)
        }
        try addEvents(of: record, entities: entities, in: session)
        return .added
    }

    /// The id of a stored original whose fingerprint lies within the configured distance.
    ///
    /// Candidates share at least one 16-bit band (see ``SimHash/bands``); the nearest wins,
    /// the earliest stored on a tie.
    private func nearDuplicate(of fingerprint: SimHash, in session: some ChronicleWriteSession) throws -> String? {
        var best: (id: String, distance: Int)?
        for candidate in try session.originals(sharingAnyOf: fingerprint.bands) {
            let distance = fingerprint.distance(to: SimHash(value: UInt64(bitPattern: candidate.fingerprint)))
            if distance <= configuration.nearDuplicateDistance, distance < (best?.distance ?? Int.max) {
                best = (candidate.id, distance)
            }
        }
        return best?.id
    }

    /// Merges the document's entities into the chronicle; returns local id → chronicle id.
    ///
    /// An entity joins the stored one of the same type and canonical name. A person named
    /// by one word only (`Зеленський`) joins the one stored person whose name ends in that
    /// word, when there is exactly one; the word becomes an alias.
    private func addEntities(of record: DocumentRecord, in session: some ChronicleWriteSession) throws -> [String: Int64] {
        var ids: [String: Int64] = [:]
        var seen: Set<Int64> = []
        for entity in record.entities {
            let folded = entity.name.lowercased()
            let lastWord = folded.split(separator: " ").last.map(String.init) ?? folded
            var found: Int64?
            if entity.type == "PERS", lastWord == folded {
                let matches = try session.persons(withLastWord: folded, unlessNamed: entity.name)
                if matches.count == 1 {
                    found = matches[0]
                    try session.addAlias(entity.name, to: matches[0])
                }
            }
            let id = try found ?? session.upsertEntity(entity, folded: folded, lastWord: lastWord)
            ids[entity.localID] = id
            let isNew = seen.insert(id).inserted
            try session.count(entity: id, documents: isNew ? 1 : 0, mentions: entity.mentions.count)
            for text in Set(entity.mentions.map(\.text)) where text != entity.name {
                try session.addAlias(text, to: id)
            }
            for title in entity.roles {
                try session.addRole(title, to: id, document: record.id, date: record.published)
            }
            for mention in entity.mentions {
                try session.addMention(mention, of: id, in: record.id)
            }
        }
        return ids
    }

    /// Merges each event into a stored one that ``EventMergeRule`` matches, or adds it.
    private func addEvents(of record: DocumentRecord, entities: [String: Int64], in session: some ChronicleWriteSession) throws {
        for event in record.events {
            let place = event.place.flatMap { entities[$0] }
            let participants = event.participants.compactMap { item in entities[item.entity].map { ($0, item.role) } }
            let candidate = EventMergeRule.Candidate(
                kind: event.kind, date: event.date, place: place, participants: Set(participants.map(\.0)))
            let id: Int64
            if let existing = try mergeTarget(for: candidate, document: record.id, in: session) {
                id = existing
                try session.updateEvent(id, place: place, status: event.status)
            } else {
                id = try session.insertEvent(event, day: event.date.flatMap(EventMergeRule.dayNumber), place: place)
            }
            try session.addSource(event, to: id, document: record.id)
            for (entity, role) in participants {
                try session.addParticipant(entity, role: role, to: id)
            }
        }
    }

    /// The stored event that `candidate` merges into: the first, by id, that the rule
    /// matches and that this document does not already report.
    private func mergeTarget(
        for candidate: EventMergeRule.Candidate, document: String, in session: some ChronicleWriteSession
    ) throws -> Int64? {
        guard let date = candidate.date else { return nil }
        let stored: [StoredEventKey]
        if let day = EventMergeRule.dayNumber(date) {
            let window = configuration.eventDateWindow
            stored = try session.events(kind: candidate.kind, days: (day - window)...(day + window))
        } else {
            stored = try session.events(kind: candidate.kind, date: date)
        }
        for event in stored {
            if try session.reports(event: event.id, document: document) { continue }
            let other = EventMergeRule.Candidate(
                kind: candidate.kind, date: event.date, place: event.place, participants: try session.participants(of: event.id))
            if mergeRule.matches(other, candidate) { return event.id }
        }
        return nil
    }
}
