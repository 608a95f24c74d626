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
        let meetings = try await store.events(EventQuery(kind: "meeting"))
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
