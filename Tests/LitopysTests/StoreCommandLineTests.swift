import Foundation
import Testing

/// `litopys ingest` and `litopys query` as a user runs them: exit codes, messages, output.
struct StoreCommandLineTests {
    static let article = """
        Міністр оборони Рустем Умєров зустрівся у Варшаві з польським колегою
        Міністр оборони України Рустем Умєров 12 березня провів зустріч у Варшаві з міністром національної оборони Польщі Владиславом Косіняком-Камишем. Сторони обговорили спільне виробництво боєприпасів і підготовку українських військових.
        «Польща залишається нашим надійним партнером, і ми цінуємо кожен крок підтримки», – заявив Умєров після переговорів.

        """

    @Test func ingestReportsBadRecordsThenQueriesFindTheRest() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("litopys-cli-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("in/deeper"), withIntermediateDirectories: true)
        try Data(Self.article.utf8).write(to: folder.appendingPathComponent("in/deeper/a.txt"))
        try Data("{\"title\": \"Візит\", \"text\": \"Прем'єр-міністр України Денис Шмигаль відвідав Одесу й оглянув порт.\", \"published\": \"2024-04-20\"}\n{\"title\": \"обірвано\n".utf8)
            .write(to: folder.appendingPathComponent("in/feed.jsonl"))
        let database = folder.appendingPathComponent("chronicle.sqlite").path
        let input = folder.appendingPathComponent("in").path

        let first = try runLitopys(["ingest", "--published", "2024-03-12", "--database", database, input])
        #expect(first.status == 3)
        #expect(first.stderr.contains("feed.jsonl:2: malformed JSON"))
        #expect(first.stdout.contains("2 added, 0 already stored"))

        let again = try runLitopys(["ingest", "--published", "2024-03-12", "--database", database, input])
        #expect(again.stdout.contains("0 added, 2 already stored"))

        let quotes = try runLitopys(["query", "quotes", "--database", database, "--words", "партнером", "--json"])
        #expect(quotes.status == 0)
        #expect(quotes.stdout.split(separator: "\n").count == 1)
        #expect(quotes.stdout.contains(#""published":"2024-03-12""#))

        let search = try runLitopys(["query", "search", "--database", database, "Одесу"])
        #expect(search.stdout.hasPrefix("PUBLISHED"))
        #expect(search.stdout.contains("[Одесу]"))
    }

    @Test func queryWithoutADatabaseSaysHowToMakeOne() throws {
        let result = try runLitopys(["query", "entities", "--database", "/nonexistent/chronicle.sqlite"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("no such database. Create it with `litopys ingest"))
    }

    @Test func queryRejectsABadDateWithAHint() throws {
        let result = try runLitopys(["query", "events", "--from", "12.01.2022"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("--from must be a date as YYYY, YYYY-MM or YYYY-MM-DD"))
    }
}

/// `--database postgres://…` as a user meets it without a server, and the queue options' checks.
struct PostgresCommandLineTests {
    @Test func unreachableServerSaysWhereAndWhatToDo() throws {
        let result = try runLitopys(["query", "entities", "--database", "postgres://litopys:secret@127.0.0.1:1/news"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("cannot connect to PostgreSQL at 127.0.0.1:1"))
        #expect(result.stderr.contains("Is the PostgreSQL server running"))
        #expect(result.stderr.contains("--database postgres://USER:PASSWORD@HOST:PORT/DATABASE"))
        #expect(!result.stderr.contains("secret"))
    }

    @Test func queueAndWorkerNeedPostgres() throws {
        let result = try runLitopys(["ingest", "--worker", "--database", "news.sqlite"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("--worker needs a PostgreSQL database"))
    }

    @Test func malformedURLIsExplained() throws {
        let result = try runLitopys(["query", "events", "--database", "postgres://litopys@/news?schema=bad-name"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("Pass the database as postgres://USER:PASSWORD@HOST:PORT/DATABASE"))
    }
}
