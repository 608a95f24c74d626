import Foundation
import Hummingbird
import LitopysStore

/// Turns URL query parameters into store queries, rejecting bad values with 400 and a
/// message that names the parameter.
struct QueryParameters {
    let parameters: Parameters

    init(_ request: Request) {
        parameters = request.uri.queryParameters
    }

    /// A non-empty string parameter.
    func string(_ name: String) -> String? {
        parameters.get(name).flatMap { $0.isEmpty ? nil : $0 }
    }

    /// `limit`, 1…1000. The default is `fallback`.
    func limit(default fallback: Int) throws -> Int {
        guard let raw = string("limit") else { return fallback }
        guard let value = Int(raw), (1...1000).contains(value) else {
            throw HTTPError(.badRequest, message: "limit must be a number from 1 to 1000 (got \"\(raw)\").")
        }
        return value
    }

    /// A date parameter: YYYY, YYYY-MM or YYYY-MM-DD.
    func date(_ name: String) throws -> String? {
        guard let raw = string(name) else { return nil }
        let shape = raw.range(of: #"^\d{4}(-\d{2}(-\d{2})?)?$"#, options: .regularExpression)
        guard shape != nil else {
            throw HTTPError(.badRequest, message: "\(name) must be a date as YYYY, YYYY-MM or YYYY-MM-DD (got \"\(raw)\").")
        }
        return raw
    }

    var entityQuery: EntityQuery {
        get throws { EntityQuery(type: string("type"), name: string("name"), limit: try limit(default: 50)) }
    }

    var eventQuery: EventQuery {
        get throws {
            EventQuery(
                kind: string("kind"), entity: string("entity"), place: string("place"), from: try date("from"),
                to: try date("to"), limit: try limit(default: 50))
        }
    }

    var quoteQuery: QuoteQuery {
        get throws {
            QuoteQuery(speaker: string("speaker"), words: string("words"), from: try date("from"), to: try date("to"), limit: try limit(default: 50))
        }
    }

    /// The search, or nil when `q` is absent.
    var searchQuery: SearchQuery? {
        get throws {
            guard let words = string("q") else { return nil }
            return SearchQuery(words: words, from: try date("from"), to: try date("to"), limit: try limit(default: 20))
        }
    }
}
