import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import LitopysServer
import LitopysStore
import Testing

/// The HTTP API and pages, in process, over a store filled with hand-made records (no
/// pipeline, so no dictionary needed).
struct ChronicleServerTests {
    static func store() async throws -> any ChronicleStore {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("litopys-server-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let store = try SQLiteChronicleStore(path: folder.appendingPathComponent("chronicle.sqlite").path)
        let text = "Міністр Рустем Умєров провів зустріч у Варшаві. «Польща <b>надійний</b> партнер & друг», – заявив Умєров."
        let record = DocumentRecord(
            id: "doc1", title: "Зустріч у <Варшаві>", published: "2024-03-12", url: nil, source: nil, origin: "test",
            text: text,
            entities: [
                EntityRecord(localID: "e1", type: "PERS", name: "Рустем Умєров", mentions: [MentionRecord(start: 8, end: 21, text: "Рустем Умєров")]),
                EntityRecord(localID: "e2", type: "LOC", name: "Варшава", mentions: [MentionRecord(start: 39, end: 46, text: "Варшаві")]),
            ],
            events: [EventRecord(kind: "meeting", trigger: "зустріч", text: "зустріч", date: "2024-03-12", place: "e2", participants: [ParticipantRecord(entity: "e1", role: "participant")])],
            quotes: [QuoteRecord(speaker: "e1", kind: "direct", cue: "заявив", text: "Польща <b>надійний</b> партнер & друг", start: 49, end: 86)])
        _ = try await store.add(record)
        // An article with markup in it, and a meeting of two people (one of them the minister).
        let hostile = "Текст <script>alert(1)</script> і Олена Мар'ян зустрілася з Рустемом Умєровим 20 березня."
        _ = try await store.add(DocumentRecord(
            id: "doc2", title: "<script>alert(1)</script>", published: "2024-03-13", url: "javascript:alert(2)", source: nil, origin: "test",
            text: hostile,
            entities: [
                EntityRecord(localID: "e1", type: "PERS", name: "Олена Мар'ян", mentions: [MentionRecord(start: 34, end: 46, text: "Олена Мар'ян")]),
                EntityRecord(localID: "e2", type: "PERS", name: "Рустем Умєров", mentions: [MentionRecord(start: 60, end: 77, text: "Рустемом Умєровим")]),
                EntityRecord(localID: "e3", type: "DATE", name: "20 березня", mentions: [MentionRecord(start: 78, end: 88, text: "20 березня")]),
            ],
            events: [
                EventRecord(
                    kind: "meeting", trigger: "зустрілася", text: "зустрілася з Рустемом Умєровим", date: "2024-03-20",
                    participants: [ParticipantRecord(entity: "e1", role: "participant"), ParticipantRecord(entity: "e2", role: "participant")])
            ]))
        return store
    }

    static func application() async throws -> some ApplicationProtocol {
        Application(router: ChronicleServer(store: try await store()).router())
    }

    @Test func apiAnswersJSONWithNulls() async throws {
        try await Self.application().test(.router) { client in
            try await client.execute(uri: "/api/events?kind=meeting&place=%D0%92%D0%B0%D1%80%D1%88", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/json; charset=utf-8")
                let body = String(buffer: response.body)
                #expect(body.hasPrefix("[{\"id\":"))
                #expect(body.contains("\"place\":\"Варшава\""))
                #expect(body.contains("\"status\":null"))
            }
            try await client.execute(uri: "/api/quotes?words=%D0%BF%D0%B0%D1%80%D1%82%D0%BD%D0%B5%D1%80", method: .get) { response in
                #expect(String(buffer: response.body).contains("\"speaker\":\"Рустем Умєров\""))
            }
            try await client.execute(uri: "/api/statistics", method: .get) { response in
                #expect(String(buffer: response.body) == #"{"documents":2,"nearDuplicates":0,"entities":4,"events":2,"quotes":1}"#)
            }
        }
    }

    @Test func badParametersAnswer400WithTheReason() async throws {
        try await Self.application().test(.router) { client in
            try await client.execute(uri: "/api/events?from=12.03.2024", method: .get) { response in
                #expect(response.status == .badRequest)
                #expect(String(buffer: response.body).contains("from must be a date"))
            }
            try await client.execute(uri: "/api/search", method: .get) { response in
                #expect(response.status == .badRequest)
            }
            try await client.execute(uri: "/api/entities?limit=0", method: .get) { response in
                #expect(response.status == .badRequest)
            }
        }
    }

    @Test func pagesEscapeStoredText() async throws {
        try await Self.application().test(.router) { client in
            try await client.execute(uri: "/quotes", method: .get) { response in
                #expect(response.status == .ok)
                let page = String(buffer: response.body)
                #expect(page.contains("Польща &lt;b&gt;надійний&lt;/b&gt; партнер &amp; друг"))
                #expect(!page.contains("<b>надійний"))
            }
            try await client.execute(uri: "/search?q=%D0%BF%D0%B0%D1%80%D1%82%D0%BD%D0%B5%D1%80", method: .get) { response in
                let page = String(buffer: response.body)
                #expect(page.contains("Зустріч у &lt;Варшаві&gt;"))
                #expect(page.contains("<mark>партнер</mark>"))
            }
        }
    }

    /// The body of a response as JSON.
    static func json(_ response: TestResponse) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8))
    }

    /// The id of the entity named `name`, through the API.
    static func entityID(_ name: String, _ client: some TestClientProtocol) async throws -> Int {
        let encoded = try #require(name.addingPercentEncoding(withAllowedCharacters: .alphanumerics))
        return try await client.execute(uri: "/api/entities?name=\(encoded)", method: .get) { response in
            let rows = try #require(try Self.json(response) as? [[String: Any]])
            return try #require(rows.first?["id"] as? Int)
        }
    }

    @Test func documentsAreListedPagedAndShownWithTheirFacts() async throws {
        try await Self.application().test(.router) { client in
            try await client.execute(uri: "/api/documents", method: .get) { response in
                let rows = try #require(try Self.json(response) as? [[String: Any]])
                #expect(rows.map { $0["id"] as? String } == ["doc2", "doc1"])
                #expect(rows.first?["text"] == nil)
                #expect(response.headers[HTTPField.Name("Link")!] == nil)
            }
            try await client.execute(uri: "/api/documents?limit=1", method: .get) { response in
                let rows = try #require(try Self.json(response) as? [[String: Any]])
                #expect(rows.map { $0["id"] as? String } == ["doc2"])
                #expect(response.headers[HTTPField.Name("Link")!] == #"</api/documents?limit=1&offset=1>; rel="next""#)
            }
            try await client.execute(uri: "/api/documents?limit=1&offset=1", method: .get) { response in
                let rows = try #require(try Self.json(response) as? [[String: Any]])
                #expect(rows.map { $0["id"] as? String } == ["doc1"])
                #expect(response.headers[HTTPField.Name("Link")!] == #"</api/documents?limit=1>; rel="prev""#)
            }
            try await client.execute(uri: "/api/documents/doc1", method: .get) { response in
                #expect(response.status == .ok)
                let document = try #require(try Self.json(response) as? [String: Any])
                #expect((document["text"] as? String)?.hasPrefix("Міністр Рустем Умєров") == true)
                let mentions = try #require(document["mentions"] as? [[String: Any]])
                #expect(mentions.first?["start"] as? Int == 8)
                #expect(mentions.first?["end"] as? Int == 21)
                #expect(mentions.first?["name"] as? String == "Рустем Умєров")
                let quotes = try #require(document["quotes"] as? [[String: Any]])
                #expect(quotes.first?["start"] as? Int == 49)
                #expect(quotes.first?["end"] as? Int == 86)
                #expect((document["events"] as? [[String: Any]])?.first?["kind"] as? String == "meeting")
            }
            try await client.execute(uri: "/api/documents/nope", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(String(buffer: response.body).contains("no document with id nope"))
            }
        }
    }

    @Test func entityAnswersRolesEventsQuotesAndWhoMetWhom() async throws {
        try await Self.application().test(.router) { client in
            let minister = try await Self.entityID("Умєров", client)
            let other = try await Self.entityID("Мар'ян", client)
            try await client.execute(uri: "/api/entities/\(minister)", method: .get) { response in
                #expect(response.status == .ok)
                let detail = try #require(try Self.json(response) as? [String: Any])
                let entity = try #require(detail["entity"] as? [String: Any])
                #expect(entity["name"] as? String == "Рустем Умєров")
                #expect((entity["aliases"] as? [String])?.contains("Рустемом Умєровим") == true)
                #expect((detail["events"] as? [Any])?.count == 2)
                #expect((detail["quotes"] as? [[String: Any]])?.first?["speakerEntity"] as? Int == minister)
                #expect(detail["roleHistory"] is [Any])
                let partners = try #require(detail["coParticipants"] as? [[String: Any]])
                #expect(partners.count == 1)
                #expect(partners.first?["entity"] as? Int == other)
                #expect(partners.first?["sharedEvents"] as? Int == 1)
            }
            try await client.execute(uri: "/api/entities/\(minister)?limit=1", method: .get) { response in
                let detail = try #require(try Self.json(response) as? [String: Any])
                #expect((detail["events"] as? [Any])?.count == 1, "limit caps the events")
            }
            try await client.execute(uri: "/api/entities/\(minister)?limit=500", method: .get) { response in
                #expect(response.status == .badRequest)
            }
            try await client.execute(uri: "/api/entities/999999", method: .get) { response in
                #expect(response.status == .notFound)
            }
            try await client.execute(uri: "/api/entities/abc", method: .get) { response in
                #expect(response.status == .badRequest)
                #expect(String(buffer: response.body).contains("positive whole number"))
            }
        }
    }

    @Test(arguments: ["/api/entities", "/api/events", "/api/quotes", "/api/documents", "/api/search?q=x", "/timeline", "/entities", "/documents"])
    func listsRefuseOversizedPagesAndBadOffsets(path: String) async throws {
        let separator = path.contains("?") ? "&" : "?"
        try await Self.application().test(.router) { client in
            try await client.execute(uri: path + separator + "limit=201", method: .get) { response in
                #expect(response.status == .badRequest)
                #expect(String(buffer: response.body).contains("limit must be a number from 1 to 200"))
            }
            try await client.execute(uri: path + separator + "limit=200", method: .get) { response in
                #expect(response.status == .ok)
            }
            try await client.execute(uri: path + separator + "offset=-1", method: .get) { response in
                #expect(response.status == .badRequest)
                #expect(String(buffer: response.body).contains("offset must be"))
            }
        }
    }

    @Test func eventsFilterByParticipantAndPage() async throws {
        try await Self.application().test(.router) { client in
            try await client.execute(uri: "/api/events?participant=%D0%BC%D0%B0%D1%80", method: .get) { response in
                let rows = try #require(try Self.json(response) as? [[String: Any]])
                #expect(rows.count == 1)
            }
            try await client.execute(uri: "/api/events?limit=1", method: .get) { response in
                let rows = try #require(try Self.json(response) as? [Any])
                #expect(rows.count == 1)
                #expect(response.headers[HTTPField.Name("Link")!]?.contains("offset=1>; rel=\"next\"") == true)
            }
        }
    }

    @Test func openAPIDescribesEveryRegisteredRoute() async throws {
        let router = ChronicleServer(store: try await Self.store()).router()
        let routes = router.routes.map { (path: $0.path.description, method: $0.method.rawValue.lowercased(), name: $0.description) }
        try await Application(router: router).test(.router) { client in
            try await client.execute(uri: "/api/openapi.json", method: .get) { response in
                #expect(response.status == .ok)
                let description = try #require(try Self.json(response) as? [String: Any])
                #expect((description["openapi"] as? String)?.hasPrefix("3.") == true)
                let paths = try #require(description["paths"] as? [String: [String: Any]])
                #expect(routes.count >= 18)
                for route in routes {
                    let operation = paths[route.path]?[route.method] as? [String: Any]
                    #expect(operation != nil, "\(route.name) is not in /api/openapi.json")
                    // Path parameters are declared too.
                    for component in route.path.split(separator: "/") where component.hasPrefix("{") {
                        let name = String(component.dropFirst().dropLast())
                        let parameters = operation?["parameters"] as? [[String: Any]] ?? []
                        #expect(parameters.contains { $0["name"] as? String == name && $0["in"] as? String == "path" }, "\(route.name): \(name)")
                    }
                }
                // And nothing that is not served.
                let served = Set(routes.map(\.path))
                #expect(Set(paths.keys).subtracting(served).isEmpty)
                // List routes declare limit and offset.
                let events = paths["/api/events"]?["get"] as? [String: Any]
                let names = (events?["parameters"] as? [[String: Any]])?.compactMap { $0["name"] as? String } ?? []
                #expect(Set(names).isSuperset(of: ["limit", "offset", "participant", "kind", "place", "from", "to"]))
            }
        }
    }

    @Test func timelineGroupsEventsByMonthWithLinks() async throws {
        try await Self.application().test(.router) { client in
            for path in ["/", "/timeline"] {
                try await client.execute(uri: path, method: .get) { response in
                    #expect(response.status == .ok)
                    #expect(response.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true)
                    let page = String(buffer: response.body)
                    #expect(page.components(separatedBy: "<h2 class=\"month\">березень 2024</h2>").count == 2)
                    #expect(page.components(separatedBy: "<li class=\"event\">").count == 3)
                    #expect(page.contains("href=\"/documents/doc1\""))
                    #expect(page.contains(#"<a href="/entities/"#))
                    #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
                    #expect(!page.contains("<script>"))
                }
            }
            try await client.execute(uri: "/timeline?limit=1", method: .get) { response in
                #expect(String(buffer: response.body).contains(#"<a rel="next" href="/timeline?limit=1&amp;offset=1">"#))
            }
        }
    }

    @Test func entityPageDrawsWhoMetWhom() async throws {
        try await Self.application().test(.router) { client in
            let minister = try await Self.entityID("Умєров", client)
            let other = try await Self.entityID("Мар'ян", client)
            try await client.execute(uri: "/entities/\(minister)", method: .get) { response in
                #expect(response.status == .ok)
                let page = String(buffer: response.body)
                #expect(page.contains("<svg class=\"graph\""))
                #expect(page.components(separatedBy: "<line class=\"edge\"").count == 2)
                #expect(page.contains("<a href=\"/entities/\(other)\"><circle"))
                #expect(page.contains("Мар&#39;ян"))
                #expect(page.contains("Польща &lt;b&gt;надійний&lt;/b&gt; партнер &amp; друг"))
                #expect(!page.contains("<script"))
            }
            try await client.execute(uri: "/entities/424242", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                #expect(String(buffer: response.body).contains("No entity with this id"))
            }
            try await client.execute(uri: "/entities/-3", method: .get) { response in
                #expect(response.status == .badRequest)
            }
        }
    }

    @Test func documentPageHighlightsFactsAndKeepsMarkupAsText() async throws {
        try await Self.application().test(.router) { client in
            try await client.execute(uri: "/documents/doc1", method: .get) { response in
                let page = String(buffer: response.body)
                #expect(page.contains(#"<span class="m pers" title="Рустем Умєров (PERS)">Рустем Умєров</span>"#))
                #expect(page.contains(#"<span class="m loc" title="Варшава (LOC)">Варшаві</span>"#))
                #expect(page.contains(#"<span class="q" title="Quote (direct) of Рустем Умєров">Польща &lt;b&gt;надійний&lt;/b&gt; партнер &amp; друг</span>"#))
                #expect(page.contains(#"<p class="legend">"#))
            }
            try await client.execute(uri: "/documents/doc2", method: .get) { response in
                let page = String(buffer: response.body)
                #expect(page.contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>"))
                #expect(page.contains("Текст &lt;script&gt;alert(1)&lt;/script&gt; і "))
                #expect(page.contains(#"<span class="d date" title="20 березня (DATE)">20 березня</span>"#))
                #expect(!page.contains("<script"))
                // A url that is not a web address is shown, not linked.
                #expect(page.contains("javascript:alert(2)"))
                #expect(!page.contains("href=\"javascript:"))
            }
            try await client.execute(uri: "/documents/nope", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(String(buffer: response.body).contains("No document with this id"))
            }
        }
    }

    @Test func oversizedRequestBodiesAreRefused() async throws {
        try await Self.application().test(.router) { client in
            let body = ByteBuffer(repeating: UInt8(ascii: "x"), count: 20_000)
            try await client.execute(uri: "/api/statistics", method: .get, body: body) { response in
                #expect(response.status == .contentTooLarge)
            }
            try await client.execute(uri: "/api/statistics", method: .get, body: ByteBuffer(string: "small")) { response in
                #expect(response.status == .ok)
            }
        }
    }

    @Test func bindsToLoopbackByDefault() {
        #expect(ServerConfiguration().host == "127.0.0.1")
    }
}
