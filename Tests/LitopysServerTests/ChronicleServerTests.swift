import Foundation
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
            quotes: [QuoteRecord(speaker: "e1", kind: "direct", cue: "заявив", text: "Польща <b>надійний</b> партнер & друг", start: 49, end: 85)])
        _ = try await store.add(record)
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
                #expect(String(buffer: response.body) == #"{"documents":1,"nearDuplicates":0,"entities":2,"events":1,"quotes":1}"#)
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

    @Test func bindsToLoopbackByDefault() {
        #expect(ServerConfiguration().host == "127.0.0.1")
    }
}
