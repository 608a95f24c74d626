import Foundation
import Litopys
import LitopysStore
import Testing

/// What every ``ChronicleStore`` backend must do, as one test body per behaviour run on
/// each backend: SQLite always, PostgreSQL when LITOPYS_TEST_POSTGRES_URL names a server
/// (see `Backend.available`). Needs the VESUM dictionary (fetched on first use); skipped
/// visibly without it.
@Suite(.enabled(if: Fixtures.hasPipeline, "needs the VESUM dictionary; run `litopys setup`"))
struct ChronicleStoreBehaviourTests {
    @Test(arguments: Backend.available)
    func ingestingTwiceAddsNothing(backend: Backend) async throws {
        let folder = try Fixtures.folder()
        try Fixtures.write(Fixtures.warsawMeeting, to: "articles/a.txt", in: folder)
        try Fixtures.write(Fixtures.odesaVisit, to: "articles/nested/b.txt", in: folder)
        let store = try await backend.makeStore(in: folder)
        let first = try await Fixtures.ingest([folder.appendingPathComponent("articles").path], into: store)
        #expect(first.tally.added == 2)
        let before = try await store.statistics()
        let second = try await Fixtures.ingest([folder.appendingPathComponent("articles").path], into: store)
        #expect(second.tally.added == 0)
        #expect(second.tally.alreadyStored == 2)
        #expect(try await store.statistics() == before)
        #expect(before.documents == 2)
    }

    @Test(arguments: Backend.available)
    func nearDuplicateIsLinkedNotCountedTwice(backend: Backend) async throws {
        let folder = try Fixtures.folder()
        let original = try Fixtures.write(Fixtures.warsawMeeting, to: "a.txt", in: folder)
        let copy = try Fixtures.write(Fixtures.warsawMeetingCopy, to: "b.txt", in: folder)
        let store = try await backend.makeStore(in: folder)
        let result = try await Fixtures.ingest([original, copy], into: store)
        #expect(result.tally.added == 1)
        #expect(result.tally.nearDuplicates == 1)
        let statistics = try await store.statistics()
        #expect(statistics.documents == 2)
        #expect(statistics.nearDuplicates == 1)
        let person = try #require(try await store.entities(EntityQuery(type: "PERS", name: "Умєров")).first)
        #expect(person.documents == 1)
        #expect(try await store.quotes(QuoteQuery(words: "партнером")).count == 1)
        #expect(try await store.quotes(QuoteQuery(words: "другом")).isEmpty)
    }

    @Test(arguments: Backend.available)
    func twoReportsOfOneMeetingMergeIntoOneEvent(backend: Backend) async throws {
        let folder = try Fixtures.folder()
        let first = try Fixtures.write(Fixtures.warsawMeeting, to: "a.txt", in: folder)
        let second = try Fixtures.write(Fixtures.warsawMeetingElsewhere, to: "b.txt", in: folder)
        let store = try await backend.makeStore(in: folder)
        _ = try await Fixtures.ingest([first, second], into: store)
        // The next meeting, planned for the autumn, is another event.
        #expect(try await store.events(EventQuery(kind: "meeting")).count == 2)
        let meetings = try await store.events(EventQuery(kind: "meeting", from: "2024-03", to: "2024-03"))
        #expect(meetings.count == 1)
        let meeting = try #require(meetings.first)
        #expect(meeting.sources.count == 2)
        #expect(meeting.date == "2024-03-12")
        #expect(meeting.place == "Варшава")
        #expect(meeting.participants.contains { $0.name == "Рустем Умєров" })
        #expect(try await store.events(EventQuery(entity: "умєров", place: "варшав", from: "2024-03", to: "2024-03")).count == 1)
        #expect(try await store.events(EventQuery(from: "2024-04-01")).isEmpty)
    }

    @Test(arguments: Backend.available)
    func entityMergesAcrossArticlesWithAliasesAndDatedRoles(backend: Backend) async throws {
        let folder = try Fixtures.folder()
        let first = try Fixtures.write(Fixtures.warsawMeeting, to: "a.txt", in: folder)
        let second = try Fixtures.write(Fixtures.warsawMeetingElsewhere, to: "b.txt", in: folder)
        let store = try await backend.makeStore(in: folder)
        _ = try await Fixtures.ingest([first, second], into: store)
        let people = try await store.entities(EntityQuery(type: "PERS", name: "умєров"))
        #expect(people.count == 1)
        let person = try #require(people.first)
        #expect(person.name == "Рустем Умєров")
        #expect(person.documents == 2)
        #expect(person.aliases.contains("Рустема Умєрова"))
        #expect(person.aliases.contains("Умєров"))
        #expect(person.roles.contains { $0.role.lowercased().hasPrefix("міністр оборони") && $0.date == "2024-03-12" })
        // An alias finds the entity too.
        #expect(try await store.entities(EntityQuery(name: "Рустема")).map(\.id) == [person.id])
    }

    @Test(arguments: Backend.available)
    func surnameOnlyJoinsTheOnePersonOfThatSurname(backend: Backend) async throws {
        let folder = try Fixtures.folder()
        let full = try Fixtures.write(Fixtures.odesaVisit, to: "a.txt", in: folder)
        let surname = try Fixtures.write(Fixtures.surnameOnly, to: "b.txt", in: folder)
        let store = try await backend.makeStore(in: folder)
        _ = try await Fixtures.ingest([full, surname], into: store)
        let people = try await store.entities(EntityQuery(type: "PERS", name: "шмигал"))
        #expect(people.map(\.name) == ["Денис Шмигаль"])
        #expect(people.first?.documents == 2)
        #expect(people.first?.aliases.contains("Шмигаль") == true)
    }

    @Test(arguments: Backend.available)
    func fullTextSearchFindsQuotesAndDocumentsByWord(backend: Backend) async throws {
        let folder = try Fixtures.folder()
        let first = try Fixtures.write(Fixtures.warsawMeeting, to: "a.txt", in: folder)
        let second = try Fixtures.write(Fixtures.odesaVisit, to: "b.txt", in: folder)
        let store = try await backend.makeStore(in: folder)
        _ = try await Fixtures.ingest([first, second], into: store)
        let quotes = try await store.quotes(QuoteQuery(words: "партнером"))
        #expect(quotes.count == 1)
        #expect(quotes.first?.speaker == "Рустем Умєров")
        #expect(try await store.quotes(QuoteQuery(speaker: "Шмигаль", words: "порт*")).count == 1)
        let hits = try await store.search(SearchQuery(words: "Одесу"))
        #expect(hits.count == 1)
        #expect(hits.first?.snippet.contains("[Одесу]") == true)
        #expect(try await store.search(SearchQuery(words: "боєприпас*")).count == 1)
        // FTS5 syntax in the input is plain text, not an operator.
        #expect(try await store.search(SearchQuery(words: "Одесу OR \"NEAR(")).isEmpty)
    }

    @Test(arguments: Backend.available)
    func malformedJSONLineIsReportedAndTheOthersStored(backend: Backend) async throws {
        let folder = try Fixtures.folder()
        func line(_ title: String, _ text: String, _ published: String) throws -> String {
            let object: [String: String] = ["title": title, "text": text, "published": published]
            return String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
        }
        let records = [
            try line("Зустріч у Варшаві", Fixtures.warsawMeeting, "2024-03-12"),
            #"{"title": "обірваний запис", "text": "#,
            try line("Візит до Одеси", Fixtures.odesaVisit, "2024-04-20"),
            try line("Погана дата", "Текст зі зламаною датою публікації.", "2024-02-30"),
        ]
        let feed = try Fixtures.write(records.joined(separator: "\n") + "\n", to: "feed.jsonl", in: folder)
        let store = try await backend.makeStore(in: folder)
        let result = try await Fixtures.ingest([feed, folder.appendingPathComponent("missing.txt").path], into: store)
        #expect(result.tally.added == 2)
        #expect(result.tally.failed == 3)
        let messages = result.problems.map(\.description)
        #expect(messages.contains { $0.hasPrefix("\(feed):2: malformed JSON") })
        #expect(messages.contains { $0.hasPrefix("\(feed):4:") && $0.contains("published") })
        #expect(messages.contains { $0.contains("missing.txt: no such file") })
        #expect(try await store.statistics().documents == 2)
    }

    @Test(arguments: Backend.available)
    func resumingAnInterruptedIngestGivesTheSameChronicle(backend: Backend) async throws {
        let folder = try Fixtures.folder()
        let paths = [
            try Fixtures.write(Fixtures.warsawMeeting, to: "in/1.txt", in: folder),
            try Fixtures.write(Fixtures.warsawMeetingCopy, to: "in/2.txt", in: folder),
            try Fixtures.write(Fixtures.warsawMeetingElsewhere, to: "in/3.txt", in: folder),
            try Fixtures.write(Fixtures.odesaVisit, to: "in/4.txt", in: folder),
        ]
        let whole = try await backend.makeStore(in: folder, name: "whole")
        _ = try await Fixtures.ingest([folder.appendingPathComponent("in").path], into: whole)
        // Interrupted after two documents, then run again over everything.
        let resumed = try await backend.makeStore(in: folder, name: "resumed")
        _ = try await Fixtures.ingest(Array(paths.prefix(2)), into: resumed)
        let again = try await Fixtures.ingest([folder.appendingPathComponent("in").path], into: resumed)
        #expect(again.tally.alreadyStored == 2)
        let (resumedDump, wholeDump) = (try await Self.dump(resumed), try await Self.dump(whole))
        #expect(resumedDump == wholeDump)
        #expect(try await whole.statistics().documents == 4)
    }

    /// Everything a store answers, for comparing two stores.
    static func dump(_ store: any ChronicleStore) async throws -> String {
        let entities = try await store.entities(EntityQuery(limit: 10_000))
        let events = try await store.events(EventQuery(limit: 10_000))
        let quotes = try await store.quotes(QuoteQuery(limit: 10_000))
        return "\(try await store.statistics())\n\(entities)\n\(events)\n\(quotes)"
    }
}

/// The queries behind the document and entity pages, and paging, on every backend.
@Suite(.enabled(if: Fixtures.hasPipeline, "needs the VESUM dictionary; run `litopys setup`"))
struct ChronicleStoreDetailTests {
    /// A store with the two Warsaw reports (one event, two sources) and the Odesa visit.
    static func store(_ backend: Backend) async throws -> any ChronicleStore {
        let folder = try Fixtures.folder()
        let paths = [
            try Fixtures.write(Fixtures.warsawMeeting, to: "a.txt", in: folder),
            try Fixtures.write(Fixtures.warsawMeetingElsewhere, to: "b.txt", in: folder),
        ]
        let store = try await backend.makeStore(in: folder)
        _ = try await Fixtures.ingest(paths, into: store)
        let odesa = try Fixtures.write(Fixtures.odesaVisit, to: "c.txt", in: folder)
        _ = try await Fixtures.ingest([odesa], into: store, published: "2024-04-20")
        return store
    }

    @Test(arguments: Backend.available)
    func documentsAreListedNewestFirstAndPaged(backend: Backend) async throws {
        let store = try await Self.store(backend)
        let all = try await store.documents(DocumentQuery())
        #expect(all.count == 3)
        #expect(all.first?.published == "2024-04-20")
        #expect(all.first?.title == "Прем'єр-міністр Денис Шмигаль відвідав Одесу")
        let first = try await store.documents(DocumentQuery(limit: 2))
        let second = try await store.documents(DocumentQuery(limit: 2, offset: 2))
        #expect((first + second).map(\.id) == all.map(\.id))
        #expect(try await store.documents(DocumentQuery(from: "2024-04")).map(\.id) == [all[0].id])
        #expect(try await store.documents(DocumentQuery(to: "2024-03")).count == 2)
    }

    @Test(arguments: Backend.available)
    func documentHasItsTextAndFactsWithOffsets(backend: Backend) async throws {
        let store = try await Self.store(backend)
        let id = try #require(try await store.documents(DocumentQuery(from: "2024-04")).first?.id)
        let document = try #require(try await store.document(id: id))
        let scalars = Array(document.text.unicodeScalars)
        func slice(_ start: Int, _ end: Int) -> String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[start..<end])
            return String(view)
        }
        #expect(!document.mentions.isEmpty)
        for mention in document.mentions {
            #expect(slice(mention.start, mention.end) == mention.text)
        }
        #expect(document.mentions.map(\.start) == document.mentions.map(\.start).sorted())
        #expect(document.mentions.contains { $0.name == "Денис Шмигаль" && $0.type == "PERS" })
        #expect(document.mentions.contains { $0.name == "Одеса" && $0.type == "LOC" })
        let quote = try #require(document.quotes.first)
        #expect(quote.speaker == "Денис Шмигаль")
        #expect(quote.speakerID == document.mentions.first { $0.name == "Денис Шмигаль" }?.entity)
        #expect(slice(quote.start, quote.end).contains("Одеський порт працює"))
        #expect(document.events.contains { $0.kind == "visit" && $0.sources.contains { $0.document == id } })
        #expect(try await store.document(id: "no-such-document") == nil)
    }

    @Test(arguments: Backend.available)
    func entityDetailHasRolesEventsQuotesAndWhoMetWhom(backend: Backend) async throws {
        let store = try await Self.store(backend)
        let person = try #require(try await store.entities(EntityQuery(type: "PERS", name: "умєров")).first)
        let detail = try #require(try await store.entity(id: person.id, limit: 10))
        #expect(detail.entity == person)
        let minister = try #require(detail.roleHistory.first { $0.role.lowercased().hasPrefix("міністр оборони") })
        #expect(minister.first == "2024-03-12" && minister.last == "2024-03-12")
        #expect(minister.documents >= 1)
        #expect(Set(detail.roleHistory.map(\.role)) == Set(person.roles.map(\.role)))
        let meeting = try #require(detail.events.first { $0.kind == "meeting" })
        #expect(meeting.participants.contains { $0.entity == person.id })
        #expect(detail.quotes.contains { $0.text.contains("надійним партнером") && $0.speakerID == person.id })
        // Who met whom: the Polish minister shares the meeting.
        let partner = try #require(detail.coParticipants.first { $0.name.hasPrefix("Владислав Косіня") })
        #expect(partner.sharedEvents >= 1)
        #expect(partner.type == "PERS")
        #expect(!detail.coParticipants.contains { $0.entity == person.id })
        // And the other way round.
        let back = try #require(try await store.entity(id: partner.entity, limit: 10))
        #expect(back.coParticipants.contains { $0.entity == person.id && $0.sharedEvents == partner.sharedEvents })
        #expect(try await store.entity(id: 987_654, limit: 10) == nil)
    }

    @Test(arguments: Backend.available)
    func everyListPagesWithOffset(backend: Backend) async throws {
        let store = try await Self.store(backend)
        let entities = try await store.entities(EntityQuery(limit: 4))
        #expect(entities.count == 4)
        let pages = try await store.entities(EntityQuery(limit: 2)) + store.entities(EntityQuery(limit: 2, offset: 2))
        #expect(pages.map(\.id) == entities.map(\.id))
        let events = try await store.events(EventQuery())
        #expect(events.count >= 2)
        #expect(try await store.events(EventQuery(limit: 1, offset: 1)).map(\.id) == [events[1].id])
        let quotes = try await store.quotes(QuoteQuery())
        #expect(quotes.count >= 2)
        #expect(try await store.quotes(QuoteQuery(limit: 1, offset: 1)).map(\.id) == [quotes[1].id])
        #expect(try await store.search(SearchQuery(words: "зустріч*", offset: 5)).isEmpty)
        // A participant filter that matches no entity answers nothing, without error.
        #expect(try await store.events(EventQuery(entity: "ніхтоніде")).isEmpty)
        #expect(try await store.events(EventQuery(place: "ніхтоніде")).isEmpty)
    }
}
