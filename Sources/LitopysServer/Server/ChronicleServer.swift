import HTTPTypes
import Hummingbird
import LitopysStore
import NIOCore

/// The chronicle over HTTP: a JSON API under `/api` and escaped HTML pages for people.
///
/// | path | what |
/// |---|---|
/// | `GET /api/statistics` | counts of documents, entities, events, quotes |
/// | `GET /api/documents?from=&to=` | ``LitopysStore/DocumentQuery`` |
/// | `GET /api/documents/{id}` | ``LitopysStore/StoredDocument``: text, mentions, events, quotes with offsets |
/// | `GET /api/entities?type=&name=` | ``LitopysStore/EntityQuery`` |
/// | `GET /api/entities/{id}` | ``LitopysStore/StoredEntityDetail``: roles over time, events, quotes, co-participants |
/// | `GET /api/events?kind=&participant=&place=&from=&to=` | ``LitopysStore/EventQuery`` |
/// | `GET /api/quotes?speaker=&words=&from=&to=` | ``LitopysStore/QuoteQuery`` |
/// | `GET /api/search?q=&from=&to=` | ``LitopysStore/SearchQuery`` |
/// | `GET /api/openapi.json` | the OpenAPI 3 description of every route |
/// | `GET /`, `/timeline` | events by month, linked to participants and sources |
/// | `GET /entities/{id}`, `/documents/{id}` | an entity with its who-met-whom graph; a document with its facts highlighted |
/// | `GET /documents`, `/entities`, `/events`, `/quotes`, `/search` | lists with filter forms |
///
/// Every list takes `limit` (1…200) and `offset` (see ``PageRequest``). A bad parameter
/// answers 400 with a message that names it, an unknown id 404, a request body over
/// ``ServerConfiguration/maxRequestBodySize`` 413, a store failure 500. Pages escape all
/// stored text and forbid scripts with a Content-Security-Policy.
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

    /// The router with every route, for an application or an in-process test; it refuses
    /// request bodies over `configuration`'s limit.
    public func router(_ configuration: ServerConfiguration = ServerConfiguration()) -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: RequestSizeLimit(limit: configuration.maxRequestBodySize))
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
            router: router(configuration),
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
    /// A response (200 unless `status` says otherwise) with `text` as the body in `contentType`.
    static func text(_ text: String, contentType: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: contentType],
            body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}
