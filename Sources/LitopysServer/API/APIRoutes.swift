import Hummingbird
import LitopysStore

/// The JSON API: each route answers a JSON array (or object) in the form of ``LitopysStore/ChronicleJSON``.
struct APIRoutes {
    let store: any ChronicleStore

    static let contentType = "application/json; charset=utf-8"

    func add(to router: Router<BasicRequestContext>) {
        let store = self.store
        router.get("/api/statistics") { _, _ -> Response in
            .text(ChronicleJSON.json(try await Self.answer { () async throws(StoreError) in try await store.statistics() }), contentType: Self.contentType)
        }
        router.get("/api/entities") { request, _ -> Response in
            let query = try QueryParameters(request).entityQuery
            let rows = try await Self.answer { () async throws(StoreError) in try await store.entities(query) }
            return .text(ChronicleJSON.array(rows, ChronicleJSON.json), contentType: Self.contentType)
        }
        router.get("/api/events") { request, _ -> Response in
            let query = try QueryParameters(request).eventQuery
            let rows = try await Self.answer { () async throws(StoreError) in try await store.events(query) }
            return .text(ChronicleJSON.array(rows, ChronicleJSON.json), contentType: Self.contentType)
        }
        router.get("/api/quotes") { request, _ -> Response in
            let query = try QueryParameters(request).quoteQuery
            let rows = try await Self.answer { () async throws(StoreError) in try await store.quotes(query) }
            return .text(ChronicleJSON.array(rows, ChronicleJSON.json), contentType: Self.contentType)
        }
        router.get("/api/search") { request, _ -> Response in
            guard let query = try QueryParameters(request).searchQuery else {
                throw HTTPError(.badRequest, message: "q is missing: pass the words to find, e.g. /api/search?q=переговори.")
            }
            let rows = try await Self.answer { () async throws(StoreError) in try await store.search(query) }
            return .text(ChronicleJSON.array(rows, ChronicleJSON.json), contentType: Self.contentType)
        }
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
