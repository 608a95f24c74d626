import ArgumentParser
import Foundation
import Litopys
import LitopysStore

/// `litopys query …`: reads the chronicle database.
struct QueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Ask the chronicle database: entities, events, quotes, full-text search.",
        discussion: """
            Names match case-insensitively anywhere in a canonical name or in a form an article \
            used (`--entity Столтенберг` finds "Єнс Столтенберг"). Dates are ISO 8601; --to 2022-01 \
            includes all of January. Tables for people; --json prints one JSON object per line.

            --database takes an SQLite file (the default, litopys.sqlite) or a PostgreSQL URL, \
            postgres://USER:PASSWORD@HOST:PORT/DATABASE.

            Examples:
              litopys query entities --type PERS --name Зеленськ
              litopys query events --kind meeting --place Брюссель --from 2022-01-01
              litopys query quotes --speaker Столтенберг --words "діалог*"
              litopys query search "переговори НАТО"
            """,
        subcommands: [QueryEntitiesCommand.self, QueryEventsCommand.self, QueryQuotesCommand.self, QuerySearchCommand.self]
    )
}

/// Options every query shares.
struct QueryOptions: ParsableArguments {
    @Option(help: "The chronicle: an SQLite file, or postgres://USER:PASSWORD@HOST:PORT/DATABASE. The default is litopys.sqlite in the current folder.")
    var database = ChronicleDatabase.defaultArgument

    @Flag(help: "Print one JSON object per line instead of a table.")
    var json = false

    @Option(help: "The most rows to print. The default is 50.")
    var limit = 50

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be at least 1 (got \(limit)).") }
    }

    /// Opens the database, which must exist (a query never creates an SQLite file).
    func open() async throws -> any ChronicleStore {
        do {
            return try await ChronicleDatabase(database).open(mustExist: true)
        } catch {
            printError(error.description)
            throw ExitCode(1)
        }
    }

    /// Runs a store query, printing its error for a person.
    func run<T>(_ body: () async throws(StoreError) -> T) async throws -> T {
        do {
            return try await body()
        } catch {
            printError(error.description)
            throw ExitCode(error.code == .invalidQuery ? 64 : 1)
        }
    }
}

/// Checks a `--from`/`--to` value: a year, a month or a day.
func validateDate(_ value: String?, option: String) throws {
    guard let value else { return }
    let ok = value.range(of: #"^\d{4}(-\d{2}(-\d{2})?)?$"#, options: .regularExpression) != nil
    guard ok else {
        throw ValidationError("\(option) must be a date as YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2022-01-12 (got \"\(value)\").")
    }
}

/// `litopys query entities`.
struct QueryEntitiesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities", abstract: "People, organisations, places … merged across articles, the most mentioned first.")

    @OptionGroup var options: QueryOptions

    @Option(help: "The type: PERS, ORG, LOC, JOB, DOC, MISC, … The default is every type.")
    var type: String?

    @Option(help: "Part of the name or of a form an article used.")
    var name: String?

    func validate() throws {
        if let type, !["PERS", "ORG", "LOC", "DATE", "TIME", "PERIOD", "MON", "PCT", "QUANT", "JOB", "DOC", "ART", "MISC"].contains(type) {
            throw ValidationError("--type must be one of PERS, ORG, LOC, DATE, TIME, PERIOD, MON, PCT, QUANT, JOB, DOC, ART, MISC (got \"\(type)\").")
        }
    }

    func run() async throws {
        let store = try await options.open()
        let rows = try await options.run { () async throws(StoreError) in
            try await store.entities(EntityQuery(type: type, name: name, limit: options.limit))
        }
        if options.json {
            for entity in rows { print(ChronicleJSON.json(entity)) }
            return
        }
        var table = TextTable(columns: ["TYPE", "NAME", "DOCS", "MENTIONS", "LATEST ROLE", "ALSO WRITTEN"])
        for entity in rows {
            let role = entity.roles.last.map { "\($0.role)\($0.date.map { " (\($0))" } ?? "")" } ?? ""
            table.add([entity.type, entity.name, "\(entity.documents)", "\(entity.mentions)", role, entity.aliases.prefix(3).joined(separator: "; ")])
        }
        print(table.render(), terminator: "")
    }
}

/// `litopys query events`.
struct QueryEventsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events", abstract: "Meetings, visits, calls, … merged across articles, by date.")

    @OptionGroup var options: QueryOptions

    @Option(help: "The kind: meeting, visit, call, agreement, appointment, dismissal, attack, sanction, exchange.")
    var kind: String?

    @Option(help: "Part of the name of a participant.")
    var entity: String?

    @Option(help: "Part of the name of the place.")
    var place: String?

    @Option(help: "The earliest date (YYYY, YYYY-MM or YYYY-MM-DD).")
    var from: String?

    @Option(help: "The latest date (YYYY, YYYY-MM or YYYY-MM-DD), inclusive.")
    var to: String?

    func validate() throws {
        try validateDate(from, option: "--from")
        try validateDate(to, option: "--to")
        let kinds = ["meeting", "visit", "call", "agreement", "appointment", "dismissal", "attack", "sanction", "exchange"]
        if let kind, !kinds.contains(kind) {
            throw ValidationError("--kind must be one of \(kinds.joined(separator: ", ")) (got \"\(kind)\").")
        }
    }

    func run() async throws {
        let store = try await options.open()
        let rows = try await options.run { () async throws(StoreError) in
            try await store.events(EventQuery(kind: kind, entity: entity, place: place, from: from, to: to, limit: options.limit))
        }
        if options.json {
            for event in rows { print(ChronicleJSON.json(event)) }
            return
        }
        var table = TextTable(columns: ["DATE", "KIND", "PLACE", "PARTICIPANTS", "SOURCES", "AS REPORTED"])
        for event in rows {
            let who = event.participants.map { $0.role == "participant" ? $0.name : "\($0.name) (\($0.role))" }
            table.add([
                event.date ?? "?", event.kind, event.place ?? "", who.joined(separator: ", "), "\(event.sources.count)",
                TextTable.shorten(event.sources.map(\.text).max { $0.count < $1.count } ?? "", to: 60),
            ])
        }
        print(table.render(), terminator: "")
    }
}

/// `litopys query quotes`.
struct QueryQuotesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes", abstract: "Who said what, newest first.")

    @OptionGroup var options: QueryOptions

    @Option(help: "Part of the speaker's name.")
    var speaker: String?

    @Option(help: "Words the quote must contain; `word*` matches words that begin so.")
    var words: String?

    @Option(help: "The earliest publication date (YYYY, YYYY-MM or YYYY-MM-DD).")
    var from: String?

    @Option(help: "The latest publication date, inclusive.")
    var to: String?

    func validate() throws {
        try validateDate(from, option: "--from")
        try validateDate(to, option: "--to")
    }

    func run() async throws {
        let store = try await options.open()
        let rows = try await options.run { () async throws(StoreError) in
            try await store.quotes(QuoteQuery(speaker: speaker, words: words, from: from, to: to, limit: options.limit))
        }
        if options.json {
            for quote in rows { print(ChronicleJSON.json(quote)) }
            return
        }
        var table = TextTable(columns: ["PUBLISHED", "SPEAKER", "CUE", "QUOTE"])
        for quote in rows {
            table.add([quote.published ?? "?", quote.speaker ?? "(unknown)", quote.cue, TextTable.shorten(quote.text, to: 100)])
        }
        print(table.render(), terminator: "")
    }
}

/// `litopys query search`.
struct QuerySearchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search", abstract: "Full-text search over the documents (all the words must occur).")

    @OptionGroup var options: QueryOptions

    @Argument(help: "The words; `word*` matches words that begin so (переговор* finds переговорів).")
    var words: [String]

    @Option(help: "The earliest publication date (YYYY, YYYY-MM or YYYY-MM-DD).")
    var from: String?

    @Option(help: "The latest publication date, inclusive.")
    var to: String?

    func validate() throws {
        try validateDate(from, option: "--from")
        try validateDate(to, option: "--to")
    }

    func run() async throws {
        let store = try await options.open()
        let rows = try await options.run { () async throws(StoreError) in
            try await store.search(SearchQuery(words: words.joined(separator: " "), from: from, to: to, limit: options.limit))
        }
        if options.json {
            for hit in rows { print(ChronicleJSON.json(hit)) }
            return
        }
        var table = TextTable(columns: ["PUBLISHED", "TITLE", "MATCH"])
        for hit in rows {
            table.add([hit.published ?? "?", TextTable.shorten(hit.title ?? "(no title)", to: 50), hit.snippet.replacingOccurrences(of: "\n", with: " ")])
        }
        print(table.render(), terminator: "")
    }
}
