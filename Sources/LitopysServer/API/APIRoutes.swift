import Hummingbird
import LitopysStore

/// The JSON API: each route answers a JSON array (or object) in the form of ``LitopysStore/ChronicleJSON``.
struct APIRoutes {
    let store: any ChronicleStore

    static let contentType = "application/json; charset=utf-8"

    func add(to router: Router<BasicRequestContext>) {
        let store = self.store
        router.get("/api/statistics") { _, _ -> Response in
            .text(ChronicleJSON.json(try Self.answer { () throws(StoreError) in try store.statistics() }), contentType: Self.contentType)
        }
        router.get("/api/entities") { request, _ -> Response in
            let query = try QueryParameters(request).entityQuery
            let rows = try Self.answer { () throws(StoreError) in try store.entities(query) }
            return .text(ChronicleJSON.array(rows, ChronicleJSON.json), contentType: Self.contentType)
        }
        router.get("/api/events") { request, _ -> Response in
            let query = try QueryParameters(request).eventQuery
            let rows = try Self.answer { () throws(StoreError) in try store.events(query) }
            return .text(ChronicleJSON.array(rows, ChronicleJSON.json), contentType: Self.contentType)
        }
        router.get("/api/quotes") { request, _ -> Response in
            let query = try QueryParameters(request).quoteQuery
            let rows = try Self.answer { () throws(StoreError) in try store.quotes(query) }
            return .text(ChronicleJSON.array(rows, ChronicleJSON.json), contentType: Self.contentType)
        }
        router.get("/api/search") { request, _ -> Response in
            guard let query = try QueryParameters(request).searchQuery else {
                throw HTTPError(.badRequest, message: "q is missing: pass the words to find, e.g. /api/search?q=переговори.")
            }
            let rows = try Self.answer { () throws(StoreError) in try store.search(query) }
            return .text(ChronicleJSON.array(rows, ChronicleJSON.json), contentType: Self.contentType)
        }
    }

    /// Runs a store call, turning its error into the HTTP error that fits.
    static func answer<T>(_ body: () throws(StoreError) -> T) throws(HTTPError) -> T {
        do {
            return try body()
        } catch {
            throw error.httpError
        }
    }
}
