import HTTPTypes
import Hummingbird
import LitopysStore

/// The JSON API: each route answers a JSON array (or object) in the form of ``LitopysStore/ChronicleJSON``.
///
/// Lists are paged with `limit` and `offset` (see ``PageRequest``) and stay plain arrays;
/// the `Link` header names the next and previous pages.
struct APIRoutes {
    let store: any ChronicleStore

    static let contentType = "application/json; charset=utf-8"

    /// How many events, quotes and co-participants an entity's answer holds unless `limit`
    /// asks for more (up to ``PageRequest/maxLimit``); the lists by participant and speaker
    /// page through the rest.
    static let entityDetailLimit = 25

    func add(to router: Router<BasicRequestContext>) {
        let store = self.store
        router.get("/api/statistics") { _, _ -> Response in
            .text(ChronicleJSON.json(try await Self.answer { () async throws(StoreError) in try await store.statistics() }), contentType: Self.contentType)
        }
        router.get("/api/openapi.json") { _, _ -> Response in
            .text(OpenAPIDescription.document, contentType: Self.contentType)
        }
        router.get("/api/documents") { request, _ -> Response in
            let parameters = QueryParameters(request)
            let page = try parameters.page()
            let query = try parameters.documentQuery(page)
            let rows = try await Self.answer { () async throws(StoreError) in try await store.documents(query) }
            return Self.list(rows, page: page, parameters: parameters, request: request, render: ChronicleJSON.json)
        }
        router.get("/api/documents/{id}") { request, context -> Response in
            let id = try context.parameters.require("id")
            guard let document = try await Self.answer({ () async throws(StoreError) in try await store.document(id: id) }) else {
                throw HTTPError(.notFound, message: "no document with id \(id). List them at /api/documents.")
            }
            return .text(ChronicleJSON.json(document), contentType: Self.contentType)
        }
        router.get("/api/entities") { request, _ -> Response in
            let parameters = QueryParameters(request)
            let page = try parameters.page()
            let query = parameters.entityQuery(page)
            let rows = try await Self.answer { () async throws(StoreError) in try await store.entities(query) }
            return Self.list(rows, page: page, parameters: parameters, request: request, render: ChronicleJSON.json)
        }
        router.get("/api/entities/{id}") { request, context -> Response in
            let id = try Self.entityID(context)
            let limit = try QueryParameters(request).page(defaultLimit: Self.entityDetailLimit).limit
            guard let detail = try await Self.answer({ () async throws(StoreError) in try await store.entity(id: id, limit: limit) }) else {
                throw HTTPError(.notFound, message: "no entity with id \(id). Find entities at /api/entities?name=.")
            }
            return .text(ChronicleJSON.json(detail), contentType: Self.contentType)
        }
        router.get("/api/events") { request, _ -> Response in
            let parameters = QueryParameters(request)
            let page = try parameters.page()
            let query = try parameters.eventQuery(page)
            let rows = try await Self.answer { () async throws(StoreError) in try await store.events(query) }
            return Self.list(rows, page: page, parameters: parameters, request: request, render: ChronicleJSON.json)
        }
        router.get("/api/quotes") { request, _ -> Response in
            let parameters = QueryParameters(request)
            let page = try parameters.page()
            let query = try parameters.quoteQuery(page)
            let rows = try await Self.answer { () async throws(StoreError) in try await store.quotes(query) }
            return Self.list(rows, page: page, parameters: parameters, request: request, render: ChronicleJSON.json)
        }
        router.get("/api/search") { request, _ -> Response in
            let parameters = QueryParameters(request)
            let page = try parameters.page(defaultLimit: 20)
            guard let query = try parameters.searchQuery(page) else {
                throw HTTPError(.badRequest, message: "q is missing: pass the words to find, e.g. /api/search?q=переговори.")
            }
            let rows = try await Self.answer { () async throws(StoreError) in try await store.search(query) }
            return Self.list(rows, page: page, parameters: parameters, request: request, render: ChronicleJSON.json)
        }
    }

    /// The `{id}` of an entity route: a positive integer, else 400.
    static func entityID(_ context: BasicRequestContext) throws -> Int64 {
        let raw = try context.parameters.require("id")
        guard let id = Int64(raw), id > 0 else {
            throw HTTPError(.badRequest, message: "an entity id is a positive whole number (got \"\(raw)\"), as in /entities/12.")
        }
        return id
    }

    /// One page of `rows` (asked for with ``PageRequest/probe``) as a JSON array, with a
    /// `Link` header to the next and previous pages.
    static func list<T>(_ rows: [T], page: PageRequest, parameters: QueryParameters, request: Request, render: (T) -> String) -> Response {
        let (shown, hasNext) = page.cut(rows)
        var response = Response.text(ChronicleJSON.array(shown, render), contentType: contentType)
        var links: [String] = []
        if hasNext { links.append("<\(request.uri.path)\(parameters.queryString(offset: page.offset + page.limit))>; rel=\"next\"") }
        if let previous = page.previousOffset { links.append("<\(request.uri.path)\(parameters.queryString(offset: previous))>; rel=\"prev\"") }
        if !links.isEmpty, let name = HTTPField.Name.link { response.headers[name] = links.joined(separator: ", ") }
        return response
    }

    /// Runs a store call, turning its error into the HTTP error that fits.
    static func answer<T>(_ body: () async throws(StoreError) -> T) async throws(HTTPError) -> T {
        do {
            return try await body()
        } catch {
            throw error.httpError
        }
    }
}

extension HTTPField.Name {
    /// `Link` (RFC 8288): where the next and previous pages of a list are.
    static let link = HTTPField.Name("Link")
}
