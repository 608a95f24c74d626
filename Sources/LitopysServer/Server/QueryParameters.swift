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

    /// `limit` and `offset`: which page of a list; see ``PageRequest``.
    func page(defaultLimit: Int = PageRequest.defaultLimit) throws -> PageRequest {
        var page = PageRequest(limit: defaultLimit, offset: 0)
        if let raw = string("limit") {
            guard let value = Int(raw), (1...PageRequest.maxLimit).contains(value) else {
                throw HTTPError(.badRequest, message: "limit must be a number from 1 to \(PageRequest.maxLimit) (got \"\(raw)\"). Page through longer lists with offset.")
            }
            page.limit = value
        }
        if let raw = string("offset") {
            guard let value = Int(raw), (0...PageRequest.maxOffset).contains(value) else {
                throw HTTPError(.badRequest, message: "offset must be a number from 0 to \(PageRequest.maxOffset) (got \"\(raw)\"). Narrow the list with its filters instead.")
            }
            page.offset = value
        }
        return page
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

    /// The entity filter, `type` and `name`, one row more than the page asks for (see ``PageRequest/probe``).
    func entityQuery(_ page: PageRequest) -> EntityQuery {
        EntityQuery(type: string("type"), name: string("name"), limit: page.probe, offset: page.offset)
    }

    /// The event filter: `kind`, `participant` (or its older name `entity`), `place`, `from`, `to`.
    func eventQuery(_ page: PageRequest) throws -> EventQuery {
        EventQuery(
            kind: string("kind"), entity: string("participant") ?? string("entity"), place: string("place"),
            from: try date("from"), to: try date("to"), limit: page.probe, offset: page.offset)
    }

    /// The quote filter: `speaker`, `words`, `from`, `to`.
    func quoteQuery(_ page: PageRequest) throws -> QuoteQuery {
        QuoteQuery(
            speaker: string("speaker"), words: string("words"), from: try date("from"), to: try date("to"),
            limit: page.probe, offset: page.offset)
    }

    /// The document filter: `from`, `to`.
    func documentQuery(_ page: PageRequest) throws -> DocumentQuery {
        DocumentQuery(from: try date("from"), to: try date("to"), limit: page.probe, offset: page.offset)
    }

    /// The search, or nil when `q` is absent.
    func searchQuery(_ page: PageRequest) throws -> SearchQuery? {
        guard let words = string("q") else { return nil }
        return SearchQuery(words: words, from: try date("from"), to: try date("to"), limit: page.probe, offset: page.offset)
    }

    /// The query string of this request with `offset` replaced (or removed when 0), for
    /// the links to the previous and next pages.
    func queryString(offset: Int) -> String {
        var pairs: [String] = []
        for (name, value) in parameters where name != "offset" {
            pairs.append(Self.encode(String(name)) + "=" + Self.encode(String(value)))
        }
        if offset > 0 { pairs.append("offset=\(offset)") }
        return pairs.isEmpty ? "" : "?" + pairs.joined(separator: "&")
    }

    /// `text` percent-encoded for a query component (`&`, `=`, `+`, `#` included).
    static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }
}

/// One page of a list: every list route takes `limit` (1…``maxLimit``, default
/// ``defaultLimit``) and `offset` (rows to skip, 0…``maxOffset``).
///
/// A route asks the store for ``probe`` rows, one more than the page, so that it knows
/// whether a next page exists without counting; the API answers with a `Link` header
/// (`rel="next"`, `rel="prev"`), the pages with links.
struct PageRequest: Hashable {
    /// The most rows one page may hold.
    static let maxLimit = 200
    /// The rows a page holds when `limit` is absent.
    static let defaultLimit = 50
    /// The most rows a request may skip: deeper pages cost a scan; filters narrow a list better.
    static let maxOffset = 100_000

    /// Rows on this page.
    var limit: Int
    /// Rows before this page.
    var offset: Int

    /// The rows to ask the store for: one more than ``limit``.
    var probe: Int { limit + 1 }

    /// The first `limit` of `rows` and whether there were more.
    func cut<T>(_ rows: [T]) -> (rows: [T], hasNext: Bool) {
        (Array(rows.prefix(limit)), rows.count > limit)
    }

    /// The offset of the previous page, nil on the first.
    var previousOffset: Int? { offset > 0 ? max(0, offset - limit) : nil }
}
