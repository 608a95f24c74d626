import Hummingbird
import LitopysStore
import NIOCore

/// The chronicle over HTTP: a JSON API under `/api` and escaped HTML pages for people.
///
/// | path | what |
/// |---|---|
/// | `GET /api/statistics` | counts of documents, entities, events, quotes |
/// | `GET /api/entities?type=&name=&limit=` | ``LitopysStore/EntityQuery`` |
/// | `GET /api/events?kind=&entity=&place=&from=&to=&limit=` | ``LitopysStore/EventQuery`` |
/// | `GET /api/quotes?speaker=&words=&from=&to=&limit=` | ``LitopysStore/QuoteQuery`` |
/// | `GET /api/search?q=&from=&to=&limit=` | ``LitopysStore/SearchQuery`` |
/// | `GET /`, `/entities`, `/events`, `/quotes`, `/search` | the same as HTML pages with filter forms |
///
/// A bad parameter answers 400 with a message that names it; a store failure answers 500.
///
/// ```swift
/// let server = ChronicleServer(store: try SQLiteChronicleStore(path: "litopys.sqlite"))
/// try await server.run(ServerConfiguration())
/// ```
public struct ChronicleServer: Sendable {
    /// The chronicle it serves.
    public let store: any ChronicleStore

    /// Makes a server over `store`.
    public init(store: any ChronicleStore) {
        self.store = store
    }

    /// The router with every route, for an application or an in-process test.
    public func router() -> Router<BasicRequestContext> {
        let router = Router()
        APIRoutes(store: store).add(to: router)
        PageRoutes(store: store).add(to: router)
        return router
    }

    /// Serves until the process gets SIGINT or SIGTERM, then shuts down gracefully.
    public func run(_ configuration: ServerConfiguration) async throws {
        try await application(configuration).runService()
    }

    /// The application, bound as `configuration` says.
    public func application(_ configuration: ServerConfiguration) -> some ApplicationProtocol {
        Application(
            router: router(),
            configuration: ApplicationConfiguration(
                address: .hostname(configuration.host, port: configuration.port), serverName: "litopys"))
    }
}

extension StoreError {
    /// The HTTP error for this store error: 400 for a bad query, 500 otherwise.
    var httpError: HTTPError {
        code == .invalidQuery
            ? HTTPError(.badRequest, message: message)
            : HTTPError(.internalServerError, message: "the chronicle could not answer: \(message)")
    }
}

extension Response {
    /// A 200 response with `text` as the body in `contentType`.
    static func text(_ text: String, contentType: String) -> Response {
        Response(
            status: .ok, headers: [.contentType: contentType],
            body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}
