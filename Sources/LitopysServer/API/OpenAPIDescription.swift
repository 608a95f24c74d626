import Foundation

/// The OpenAPI 3 description of every route the server answers, served at
/// `/api/openapi.json`.
///
/// Written by hand as data (``operations``), one entry per route with its parameters, and
/// turned into JSON by ``json``; a test checks that every route registered on the router
/// has an entry, so the description cannot fall behind the code.
enum OpenAPIDescription {
    /// One parameter of a route.
    struct Parameter {
        /// Where it goes.
        enum Location: String { case query, path }

        var name: String
        var location: Location
        /// `string` or `integer`.
        var type: String
        var description: String
        /// A regular expression the value must match, when there is one.
        var pattern: String? = nil
        var minimum: Int? = nil
        var maximum: Int? = nil
    }

    /// One route: a GET of `path` (`{name}` marks a path parameter, as Hummingbird writes it).
    struct Operation {
        var path: String
        var summary: String
        var parameters: [Parameter]
        /// `application/json` for the API, `text/html` for the pages.
        var contentType: String
        /// Whether an unknown id answers 404.
        var canBeMissing = false
        /// Whether it is a list with `limit`, `offset` and a `Link` header.
        var isList = false
    }

    static let datePattern = #"^\d{4}(-\d{2}(-\d{2})?)?$"#

    static let limit = Parameter(
        name: "limit", location: .query, type: "integer",
        description: "Rows on one page. The default is \(PageRequest.defaultLimit).", minimum: 1, maximum: PageRequest.maxLimit)
    static let offset = Parameter(
        name: "offset", location: .query, type: "integer",
        description: "Rows to skip: the rows of the pages before this one. The default is 0. The `Link` header names the next and previous pages.",
        minimum: 0, maximum: PageRequest.maxOffset)
    static let from = Parameter(name: "from", location: .query, type: "string", description: "The earliest date, YYYY, YYYY-MM or YYYY-MM-DD.", pattern: datePattern)
    static let to = Parameter(name: "to", location: .query, type: "string", description: "The latest date; a year or month includes all of it.", pattern: datePattern)
    static let type = Parameter(name: "type", location: .query, type: "string", description: "The NER-UK type: PERS, ORG, LOC, …")
    static let name = Parameter(name: "name", location: .query, type: "string", description: "Part of the canonical name or of a form an article used, any case.")
    static let kind = Parameter(name: "kind", location: .query, type: "string", description: "The event kind: meeting, visit, call, agreement, …")
    static let participant = Parameter(name: "participant", location: .query, type: "string", description: "Part of a participant's name or alias, any case.")
    static let entity = Parameter(name: "entity", location: .query, type: "string", description: "The older name of `participant`.")
    static let place = Parameter(name: "place", location: .query, type: "string", description: "Part of the place's name or alias, any case.")
    static let speaker = Parameter(name: "speaker", location: .query, type: "string", description: "Part of the speaker's name or alias, any case.")
    static let words = Parameter(name: "words", location: .query, type: "string", description: "Words the quote contains; `word*` matches a prefix.")
    static let q = Parameter(name: "q", location: .query, type: "string", description: "Words the document contains (all of them); `word*` matches a prefix.")
    static let entityID = Parameter(name: "id", location: .path, type: "integer", description: "The entity's chronicle-wide id.", minimum: 1)
    static let documentID = Parameter(name: "id", location: .path, type: "string", description: "The document's content hash.")

    static let eventFilters = [kind, participant, entity, place, from, to, limit, offset]

    /// Every route, API and pages.
    static let operations: [Operation] = [
        Operation(path: "/api/statistics", summary: "Counts of documents, near-duplicates, entities, events and quotes.", parameters: [], contentType: json),
        Operation(path: "/api/documents", summary: "Documents, newest first, without their text.", parameters: [from, to, limit, offset], contentType: json, isList: true),
        Operation(
            path: "/api/documents/{id}", summary: "One document: its text and its mentions, events and quotes, with code-point offsets into the text.",
            parameters: [documentID], contentType: json, canBeMissing: true),
        Operation(path: "/api/entities", summary: "Entities, the most mentioned first.", parameters: [type, name, limit, offset], contentType: json, isList: true),
        Operation(
            path: "/api/entities/{id}",
            summary: "One entity: aliases, roles over time, its latest events and quotes and its co-participants (entities sharing its events, with counts), `limit` of each (default 25).",
            parameters: [entityID, limit], contentType: json, canBeMissing: true),
        Operation(path: "/api/events", summary: "Events by date, undated last.", parameters: eventFilters, contentType: json, isList: true),
        Operation(path: "/api/quotes", summary: "Quotes, newest document first.", parameters: [speaker, words, from, to, limit, offset], contentType: json, isList: true),
        Operation(path: "/api/search", summary: "Full-text search over documents, best match first.", parameters: [q, from, to, limit, offset], contentType: json, isList: true),
        Operation(path: "/api/openapi.json", summary: "This description.", parameters: [], contentType: json),
        Operation(path: "/", summary: "Page: the timeline of events, grouped by month.", parameters: eventFilters, contentType: html, isList: true),
        Operation(path: "/timeline", summary: "Page: the timeline of events, grouped by month.", parameters: eventFilters, contentType: html, isList: true),
        Operation(path: "/documents", summary: "Page: documents, newest first.", parameters: [from, to, limit, offset], contentType: html, isList: true),
        Operation(path: "/documents/{id}", summary: "Page: a document with its entities, dates and quotes highlighted.", parameters: [documentID], contentType: html, canBeMissing: true),
        Operation(path: "/entities", summary: "Page: entities.", parameters: [type, name, limit, offset], contentType: html, isList: true),
        Operation(
            path: "/entities/{id}", summary: "Page: an entity's roles, events, quotes and who-met-whom graph.", parameters: [entityID], contentType: html,
            canBeMissing: true),
        Operation(path: "/events", summary: "Page: events as a table.", parameters: eventFilters, contentType: html, isList: true),
        Operation(path: "/quotes", summary: "Page: quotes.", parameters: [speaker, words, from, to, limit, offset], contentType: html, isList: true),
        Operation(path: "/search", summary: "Page: full-text search.", parameters: [q, from, to, limit, offset], contentType: html, isList: true),
    ]

    static let json = "application/json"
    static let html = "text/html"

    /// The description as OpenAPI 3.0 JSON.
    static let document: String = {
        var paths: [String: Any] = [:]
        for operation in operations {
            var responses: [String: Any] = [
                "200": ["description": "OK", "content": [operation.contentType: [:] as [String: Any]]] as [String: Any],
                "400": ["description": "A bad parameter; the body says which and why."],
            ]
            if operation.canBeMissing { responses["404"] = ["description": "No such id."] }
            if operation.isList {
                responses["200"] = [
                    "description": "One page of the list.",
                    "headers": ["Link": ["description": "The next and previous pages (rel=\"next\", rel=\"prev\").", "schema": ["type": "string"]]],
                    "content": [operation.contentType: [:] as [String: Any]],
                ] as [String: Any]
            }
            let parameters: [[String: Any]] = operation.parameters.map { parameter in
                var schema: [String: Any] = ["type": parameter.type]
                if let pattern = parameter.pattern { schema["pattern"] = pattern }
                if let minimum = parameter.minimum { schema["minimum"] = minimum }
                if let maximum = parameter.maximum { schema["maximum"] = maximum }
                return [
                    "name": parameter.name, "in": parameter.location.rawValue, "required": parameter.location == .path,
                    "description": parameter.description, "schema": schema,
                ]
            }
            paths[operation.path] = [
                "get": [
                    "summary": operation.summary, "parameters": parameters, "responses": responses,
                    "tags": [operation.path.hasPrefix("/api/") ? "api" : "pages"],
                ] as [String: Any]
            ]
        }
        let root: [String: Any] = [
            "openapi": "3.0.3",
            "info": [
                "title": "Litopys chronicle", "version": "1",
                "description": "Documents, entities, events and quotes merged from Ukrainian news. Lists take limit (1–\(PageRequest.maxLimit)) and offset; request bodies are not accepted beyond a small limit.",
            ],
            "paths": paths,
        ]
        let data = (try? JSONSerialization.data(withJSONObject: root, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }()
}
