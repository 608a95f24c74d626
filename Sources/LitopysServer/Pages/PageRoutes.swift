import Foundation
import HTTPTypes
import Hummingbird
import LitopysStore

/// The HTML pages: a timeline, an entity page with its who-met-whom graph, a document page
/// with its facts highlighted, and the lists of the API as tables with filter forms.
///
/// Every piece of stored text goes through ``HTML/escape(_:)``; every page is sent with a
/// Content-Security-Policy that allows no script at all, as a second line of defence.
struct PageRoutes {
    let store: any ChronicleStore

    static let contentType = "text/html; charset=utf-8"
    /// No scripts, no external resources: the pages need only their inline style.
    static let securityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; base-uri 'none'"
    /// The most events, quotes and partners an entity page shows.
    static let entityPageLimit = 50

    func add(to router: Router<BasicRequestContext>) {
        let store = self.store
        router.get("/") { request, _ -> Response in try await Self.timeline(request, store) }
        router.get("/timeline") { request, _ -> Response in try await Self.timeline(request, store) }
        router.get("/documents") { request, _ -> Response in
            let parameters = QueryParameters(request)
            let page = try parameters.page()
            let query = try parameters.documentQuery(page)
            let (rows, hasNext) = page.cut(try await APIRoutes.answer { () async throws(StoreError) in try await store.documents(query) })
            let table = HTML.table(
                columns: ["Published", "Title", "Source"],
                rows: rows.map { document in
                    [
                        HTML.escape(document.published ?? "?"),
                        HTML.link(HTML.path("/documents/", document.id), document.title ?? "(no title)")
                            + (document.duplicateOf.map { " <span class=\"muted\">(near-duplicate of " + HTML.link(HTML.path("/documents/", $0), "the original") + ")</span>" } ?? ""),
                        HTML.escape(document.source ?? ""),
                    ]
                })
            let form = HTML.form(action: "/documents", fields: [("from", "From", query.from), ("to", "To", query.to)])
            return Self.page("Documents", form + table + HTML.pager(path: "/documents", page: page, hasNext: hasNext, parameters: parameters))
        }
        router.get("/documents/{id}") { _, context -> Response in
            let id = try context.parameters.require("id")
            guard let document = try await APIRoutes.answer({ () async throws(StoreError) in try await store.document(id: id) }) else {
                return Self.notFound("No document with this id", "The chronicle holds no document \(id). See the list of documents.", link: "/documents")
            }
            return Self.page(document.summary.title ?? "(no title)", Self.documentBody(document))
        }
        router.get("/entities") { request, _ -> Response in
            let parameters = QueryParameters(request)
            let page = try parameters.page()
            let query = parameters.entityQuery(page)
            let (rows, hasNext) = page.cut(try await APIRoutes.answer { () async throws(StoreError) in try await store.entities(query) })
            let table = HTML.table(
                columns: ["Type", "Name", "Documents", "Mentions", "Roles", "Also written"],
                rows: rows.map { entity in
                    [
                        HTML.escape(entity.type), HTML.link("/entities/\(entity.id)", entity.name), "\(entity.documents)", "\(entity.mentions)",
                        entity.roles.map { HTML.escape($0.role + ($0.date.map { " (\($0))" } ?? "")) }.joined(separator: "<br>"),
                        HTML.escape(entity.aliases.joined(separator: "; ")),
                    ]
                })
            let form = HTML.form(action: "/entities", fields: [("type", "Type", query.type), ("name", "Name", query.name)])
            return Self.page("Entities", form + table + HTML.pager(path: "/entities", page: page, hasNext: hasNext, parameters: parameters))
        }
        router.get("/entities/{id}") { _, context -> Response in
            let id = try APIRoutes.entityID(context)
            guard let detail = try await APIRoutes.answer({ () async throws(StoreError) in try await store.entity(id: id, limit: Self.entityPageLimit) }) else {
                return Self.notFound("No entity with this id", "The chronicle holds no entity \(id). Find one in the list of entities.", link: "/entities")
            }
            return Self.page(detail.entity.name, Self.entityBody(detail))
        }
        router.get("/events") { request, _ -> Response in
            let parameters = QueryParameters(request)
            let page = try parameters.page()
            let query = try parameters.eventQuery(page)
            let (rows, hasNext) = page.cut(try await APIRoutes.answer { () async throws(StoreError) in try await store.events(query) })
            let table = HTML.table(
                columns: ["Date", "Kind", "Place", "Participants", "Sources"],
                rows: rows.map { event in
                    [
                        HTML.escape(event.date ?? "?"), HTML.escape(event.kind), HTML.escape(event.place ?? ""),
                        Self.participants(event), Self.sources(event),
                    ]
                })
            return Self.page("Events", Self.eventForm("/events", query) + table + HTML.pager(path: "/events", page: page, hasNext: hasNext, parameters: parameters))
        }
        router.get("/quotes") { request, _ -> Response in
            let parameters = QueryParameters(request)
            let page = try parameters.page()
            let query = try parameters.quoteQuery(page)
            let (rows, hasNext) = page.cut(try await APIRoutes.answer { () async throws(StoreError) in try await store.quotes(query) })
            let table = HTML.table(
                columns: ["Published", "Speaker", "Cue", "Quote"],
                rows: rows.map { quote in
                    [
                        HTML.escape(quote.published ?? "?"), Self.speaker(quote), HTML.escape(quote.cue),
                        HTML.link(HTML.path("/documents/", quote.document), quote.text),
                    ]
                })
            let form = HTML.form(action: "/quotes", fields: [("speaker", "Speaker", query.speaker), ("words", "Words", query.words)])
            return Self.page("Quotes", form + table + HTML.pager(path: "/quotes", page: page, hasNext: hasNext, parameters: parameters))
        }
        router.get("/search") { request, _ -> Response in
            let parameters = QueryParameters(request)
            let page = try parameters.page(defaultLimit: 20)
            var query = try parameters.searchQuery(page)
            query?.marks = ("\u{E000}", "\u{E001}")
            var body = HTML.form(action: "/search", fields: [("q", "Words", query?.words)])
            if let query {
                let (rows, hasNext) = page.cut(try await APIRoutes.answer { () async throws(StoreError) in try await store.search(query) })
                body += HTML.table(
                    columns: ["Published", "Title", "Match"],
                    rows: rows.map { hit in
                        // Matches come between private-use marks; escape first, then mark.
                        let snippet = HTML.escape(hit.snippet)
                            .replacingOccurrences(of: "\u{E000}", with: "<mark>").replacingOccurrences(of: "\u{E001}", with: "</mark>")
                        return [HTML.escape(hit.published ?? "?"), HTML.link(HTML.path("/documents/", hit.document), hit.title ?? "(no title)"), snippet]
                    })
                body += HTML.pager(path: "/search", page: page, hasNext: hasNext, parameters: parameters)
            }
            return Self.page("Search", body)
        }
    }

    // MARK: Pages

    /// The timeline: events by date, grouped by month, each with its participants (linked
    /// to their pages) and the documents that report it.
    static func timeline(_ request: Request, _ store: any ChronicleStore) async throws -> Response {
        let parameters = QueryParameters(request)
        let page = try parameters.page()
        let query = try parameters.eventQuery(page)
        let statistics = try await APIRoutes.answer { () async throws(StoreError) in try await store.statistics() }
        let (events, hasNext) = page.cut(try await APIRoutes.answer { () async throws(StoreError) in try await store.events(query) })
        var body = """
            <p class="muted">\(statistics.documents) documents (\(statistics.nearDuplicates) near-duplicates), \(statistics.entities) entities, \
            \(statistics.events) events, \(statistics.quotes) quotes.</p>
            \(eventForm(request.uri.path, query))
            """
        if events.isEmpty { body += "<p>No events.</p>" }
        var month: String?
        for event in events {
            let key = event.date.map { String($0.prefix(7)) } ?? "undated"
            if key != month {
                if month != nil { body += "</ul>\n" }
                body += "<h2 class=\"month\">\(HTML.escape(monthTitle(key)))</h2>\n<ul class=\"timeline\">\n"
                month = key
            }
            let place = event.place.map { " in " + HTML.escape($0) } ?? ""
            body += """
                <li class="event"><span class="kind">\(HTML.escape(event.kind))</span> <b>\(HTML.escape(event.date ?? "?"))</b>\(place): \
                \(participants(event))<br><span class="muted">Sources:</span> \(sources(event))</li>

                """
        }
        if month != nil { body += "</ul>\n" }
        body += HTML.pager(path: request.uri.path, page: page, hasNext: hasNext, parameters: parameters)
        return Self.page("Timeline", body)
    }

    /// An entity: names, roles over time, the who-met-whom graph, events and quotes.
    static func entityBody(_ detail: StoredEntityDetail) -> String {
        let entity = detail.entity
        var body = "<p>\(HTML.escape(entity.type))"
        if let gender = entity.gender { body += ", \(HTML.escape(gender))" }
        body += " · mentioned \(entity.mentions) times in \(entity.documents) documents</p>\n"
        if !entity.aliases.isEmpty {
            body += "<p><span class=\"muted\">Also written:</span> \(HTML.escape(entity.aliases.joined(separator: "; ")))</p>\n"
        }
        body += "<h2>Roles over time</h2>\n"
        body += HTML.table(
            columns: ["From", "To", "Role", "Documents"],
            rows: detail.roleHistory.map { period in
                [HTML.escape(period.first ?? "?"), HTML.escape(period.last ?? "?"), HTML.escape(period.role), "\(period.documents)"]
            })
        body += "<h2>Who met whom</h2>\n"
        if let svg = CoParticipantGraph.svg(entity: entity, partners: detail.coParticipants) {
            body += svg + "\n"
            body += HTML.table(
                columns: ["Entity", "Type", "Shared events"],
                rows: detail.coParticipants.map { partner in
                    [HTML.link("/entities/\(partner.entity)", partner.name), HTML.escape(partner.type), "\(partner.sharedEvents)"]
                })
        } else {
            body += "<p>No events shared with anyone yet.</p>\n"
        }
        body += "<h2>Events</h2>\n"
        body += HTML.table(
            columns: ["Date", "Kind", "Place", "Participants", "Sources"],
            rows: detail.events.map { event in
                [HTML.escape(event.date ?? "?"), HTML.escape(event.kind), HTML.escape(event.place ?? ""), participants(event), sources(event)]
            })
        if detail.events.count >= entityPageLimit {
            body += "<p>" + HTML.link("/timeline?participant=" + QueryParameters.encode(entity.name), "All events on the timeline") + "</p>\n"
        }
        body += "<h2>Quotes</h2>\n"
        body += HTML.table(
            columns: ["Published", "Cue", "Quote"],
            rows: detail.quotes.map { quote in
                [HTML.escape(quote.published ?? "?"), HTML.escape(quote.cue), HTML.link(HTML.path("/documents/", quote.document), quote.text)]
            })
        return body
    }

    /// A document: its fields, its text with mentions, dates and quotes highlighted (and a
    /// legend), then its entities, events and quotes.
    static func documentBody(_ document: StoredDocument) -> String {
        let summary = document.summary
        var body = "<p class=\"muted\">Published \(HTML.escape(summary.published ?? "?"))"
        if let source = summary.source { body += " · \(HTML.escape(source))" }
        if let url = summary.url {
            // Only web addresses become links: a `javascript:` url stays text.
            let lowered = url.lowercased()
            body += lowered.hasPrefix("https://") || lowered.hasPrefix("http://")
                ? " · <a href=\"\(HTML.escape(url))\" rel=\"noreferrer nofollow\">original</a>" : " · \(HTML.escape(url))"
        }
        if let original = summary.duplicateOf {
            body += " · near-duplicate of " + HTML.link(HTML.path("/documents/", original), "the original")
        }
        body += "</p>\n"
        body += """
            <p class="legend">Highlighted: <span class="m pers">person</span><span class="m org">organisation</span>\
            <span class="m loc">place</span><span class="m other">other name</span><span class="d date">date or time</span>\
            <span class="q">quote</span></p>

            """
        var highlights = document.mentions.map { mention in
            Highlight(start: mention.start, end: mention.end, classes: highlightClasses(mention.type), title: "\(mention.name) (\(mention.type))")
        }
        highlights += document.quotes.map { quote in
            Highlight(start: quote.start, end: quote.end, classes: "q", title: "Quote (\(quote.kind)) of \(quote.speaker ?? "an unnamed speaker")")
        }
        body += "<div class=\"article\">" + DocumentMarkup.html(text: document.text, highlights: highlights) + "</div>\n"

        var seen = Set<Int64>()
        let entities = document.mentions.filter { seen.insert($0.entity).inserted }
        body += "<h2>Entities</h2>\n"
        body += HTML.table(
            columns: ["Type", "Name", "As written"],
            rows: entities.map { mention in
                let forms = Set(document.mentions.filter { $0.entity == mention.entity }.map(\.text)).sorted()
                return [HTML.escape(mention.type), HTML.link("/entities/\(mention.entity)", mention.name), HTML.escape(forms.joined(separator: "; "))]
            })
        body += "<h2>Events</h2>\n"
        body += HTML.table(
            columns: ["Date", "Kind", "Place", "Participants", "Reported as"],
            rows: document.events.map { event in
                let wording = event.sources.first { $0.document == summary.id }?.text ?? ""
                return [HTML.escape(event.date ?? "?"), HTML.escape(event.kind), HTML.escape(event.place ?? ""), participants(event), HTML.escape(wording)]
            })
        body += "<h2>Quotes</h2>\n"
        body += HTML.table(
            columns: ["Speaker", "Cue", "Quote"],
            rows: document.quotes.map { quote in [speaker(quote), HTML.escape(quote.cue), HTML.escape(quote.text)] })
        return body
    }

    // MARK: Pieces

    /// The highlight classes of a mention of an entity of NER-UK `type`.
    static func highlightClasses(_ type: String) -> String {
        switch type {
        case "PERS": "m pers"
        case "ORG": "m org"
        case "LOC": "m loc"
        case "DATE", "TIME", "PERIOD": "d date"
        default: "m other"
        }
    }

    /// An event's participants, each linked to its page, with its role unless plain.
    static func participants(_ event: StoredEvent) -> String {
        event.participants.map { participant in
            HTML.link("/entities/\(participant.entity)", participant.name)
                + (participant.role == "participant" ? "" : " (\(HTML.escape(participant.role)))")
        }.joined(separator: ", ")
    }

    /// The documents reporting an event, each linked to its page.
    static func sources(_ event: StoredEvent) -> String {
        event.sources.map { source in
            HTML.link(HTML.path("/documents/", source.document), source.title ?? source.document) + ": " + HTML.escape(source.text)
        }.joined(separator: "<br>")
    }

    /// A quote's speaker, linked to its page when known.
    static func speaker(_ quote: StoredQuote) -> String {
        guard let name = quote.speaker else { return "(unknown)" }
        return quote.speakerID.map { HTML.link("/entities/\($0)", name) } ?? HTML.escape(name)
    }

    /// The filter form of the event lists.
    static func eventForm(_ action: String, _ query: EventQuery) -> String {
        HTML.form(
            action: action,
            fields: [
                ("kind", "Kind", query.kind), ("participant", "Participant", query.entity), ("place", "Place", query.place),
                ("from", "From", query.from), ("to", "To", query.to),
            ])
    }

    /// `2024-03` as `березень 2024`; other keys as they are.
    static func monthTitle(_ key: String) -> String {
        let months = ["січень", "лютий", "березень", "квітень", "травень", "червень", "липень", "серпень", "вересень", "жовтень", "листопад", "грудень"]
        let parts = key.split(separator: "-")
        if parts.count == 2, let month = Int(parts[1]), (1...12).contains(month) { return "\(months[month - 1]) \(parts[0])" }
        return key == "undated" ? "Undated" : key
    }

    /// A page answer with the security policy.
    static func page(_ title: String, _ body: String, status: HTTPResponse.Status = .ok) -> Response {
        var response = Response.text(HTML.page(title: title, body: body), contentType: contentType, status: status)
        response.headers[.contentSecurityPolicy] = securityPolicy
        return response
    }

    /// A 404 page that says what is missing and where to look instead.
    static func notFound(_ title: String, _ message: String, link: String) -> Response {
        page(title, "<p>\(HTML.escape(message))</p><p>\(HTML.link(link, "Go to the list"))</p>", status: .notFound)
    }
}
