import Foundation
import Hummingbird
import LitopysStore

/// The HTML pages: the same queries as the API, as tables with filter forms.
struct PageRoutes {
    let store: any ChronicleStore

    static let contentType = "text/html; charset=utf-8"

    func add(to router: Router<BasicRequestContext>) {
        let store = self.store
        router.get("/") { _, _ -> Response in
            let statistics = try await APIRoutes.answer { () async throws(StoreError) in try await store.statistics() }
            let body = """
                <p>\(statistics.documents) documents (\(statistics.nearDuplicates) near-duplicates), \(statistics.entities) entities, \
                \(statistics.events) events, \(statistics.quotes) quotes.</p>
                \(HTML.form(action: "/search", fields: [("q", "Words", nil)]))
                """
            return .text(HTML.page(title: "Chronicle", body: body), contentType: Self.contentType)
        }
        router.get("/entities") { request, _ -> Response in
            let parameters = QueryParameters(request)
            let query = try parameters.entityQuery
            let rows = try await APIRoutes.answer { () async throws(StoreError) in try await store.entities(query) }
            let table = HTML.table(
                columns: ["Type", "Name", "Documents", "Mentions", "Roles", "Also written"],
                rows: rows.map { entity in
                    [
                        HTML.escape(entity.type), HTML.escape(entity.name), "\(entity.documents)", "\(entity.mentions)",
                        entity.roles.map { HTML.escape($0.role + ($0.date.map { " (\($0))" } ?? "")) }.joined(separator: "<br>"),
                        HTML.escape(entity.aliases.joined(separator: "; ")),
                    ]
                })
            let form = HTML.form(action: "/entities", fields: [("type", "Type", query.type), ("name", "Name", query.name)])
            return .text(HTML.page(title: "Entities", body: form + table), contentType: Self.contentType)
        }
        router.get("/events") { request, _ -> Response in
            let query = try QueryParameters(request).eventQuery
            let rows = try await APIRoutes.answer { () async throws(StoreError) in try await store.events(query) }
            let table = HTML.table(
                columns: ["Date", "Kind", "Place", "Participants", "Sources"],
                rows: rows.map { event in
                    [
                        HTML.escape(event.date ?? "?"), HTML.escape(event.kind), HTML.escape(event.place ?? ""),
                        HTML.escape(event.participants.map { $0.role == "participant" ? $0.name : "\($0.name) (\($0.role))" }.joined(separator: ", ")),
                        event.sources.map { HTML.escape("\($0.title ?? $0.document): \($0.text)") }.joined(separator: "<br>"),
                    ]
                })
            let form = HTML.form(
                action: "/events",
                fields: [("kind", "Kind", query.kind), ("entity", "Participant", query.entity), ("place", "Place", query.place), ("from", "From", query.from), ("to", "To", query.to)])
            return .text(HTML.page(title: "Events", body: form + table), contentType: Self.contentType)
        }
        router.get("/quotes") { request, _ -> Response in
            let query = try QueryParameters(request).quoteQuery
            let rows = try await APIRoutes.answer { () async throws(StoreError) in try await store.quotes(query) }
            let table = HTML.table(
                columns: ["Published", "Speaker", "Cue", "Quote"],
                rows: rows.map { quote in
                    [HTML.escape(quote.published ?? "?"), HTML.escape(quote.speaker ?? "(unknown)"), HTML.escape(quote.cue), HTML.escape(quote.text)]
                })
            let form = HTML.form(action: "/quotes", fields: [("speaker", "Speaker", query.speaker), ("words", "Words", query.words)])
            return .text(HTML.page(title: "Quotes", body: form + table), contentType: Self.contentType)
        }
        router.get("/search") { request, _ -> Response in
            var query = try QueryParameters(request).searchQuery
            query?.marks = ("\u{E000}", "\u{E001}")
            var body = HTML.form(action: "/search", fields: [("q", "Words", query?.words)])
            if let query {
                let rows = try await APIRoutes.answer { () async throws(StoreError) in try await store.search(query) }
                body += HTML.table(
                    columns: ["Published", "Title", "Match"],
                    rows: rows.map { hit in
                        // Matches come between private-use marks; escape first, then mark.
                        let snippet = HTML.escape(hit.snippet)
                            .replacingOccurrences(of: "\u{E000}", with: "<mark>").replacingOccurrences(of: "\u{E001}", with: "</mark>")
                        return [HTML.escape(hit.published ?? "?"), HTML.escape(hit.title ?? "(no title)"), snippet]
                    })
            }
            return .text(HTML.page(title: "Search", body: body), contentType: Self.contentType)
        }
    }
}
