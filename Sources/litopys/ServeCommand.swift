import ArgumentParser
import Foundation
import LitopysServer
import LitopysStore

/// `litopys serve`: the chronicle as a JSON API and web pages.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the chronicle database over HTTP: a JSON API under /api and web pages.",
        discussion: """
            Listens on 127.0.0.1 (this machine only) unless --host says otherwise. Pages: / \
            and /timeline (events by month), /entities/ID (roles, events, quotes, who-met-whom \
            graph), /documents/ID (the text with its facts highlighted), /documents, /entities, \
            /events, /quotes, /search. API: /api/statistics, /api/documents, /api/documents/ID, \
            /api/entities?type=&name=, /api/entities/ID, /api/events?kind=&participant=&place=&from=&to=, \
            /api/quotes?speaker=&words=, /api/search?q=, and /api/openapi.json describing them \
            all. Every list takes limit= (1-200) and offset=; the Link header names the next page.

            --database takes an SQLite file (the default, litopys.sqlite) or a PostgreSQL URL, \
            postgres://USER:PASSWORD@HOST:PORT/DATABASE.

            Example:
              litopys serve --database news.sqlite --port 8080
              litopys serve --database postgres://litopys:secret@db.local/news
              curl 'http://127.0.0.1:8080/api/events?kind=meeting&place=Брюссель'
            """
    )

    @Option(help: "The chronicle: an SQLite file, or postgres://USER:PASSWORD@HOST:PORT/DATABASE. The default is litopys.sqlite in the current folder.")
    var database = ChronicleDatabase.defaultArgument

    @Option(help: "The address to listen on. The default is 127.0.0.1; 0.0.0.0 serves every network the machine is on.")
    var host = "127.0.0.1"

    @Option(help: "The TCP port. The default is 8080.")
    var port = 8080

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("--port must be from 1 to 65535 (got \(port)).") }
    }

    func run() async throws {
        let location: ChronicleDatabase
        let store: any ChronicleStore
        do {
            location = try ChronicleDatabase(database)
            store = try await location.open(mustExist: true)
        } catch {
            printError(error.description)
            throw ExitCode(1)
        }
        var configuration = ServerConfiguration()
        configuration.host = host
        configuration.port = port
        print("Serving \(location) on http://\(host):\(port)/ (Ctrl-C stops)")
        try await ChronicleServer(store: store).run(configuration)
    }
}
