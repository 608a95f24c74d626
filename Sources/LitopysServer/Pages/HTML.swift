/// Builds the HTML pages: every piece of stored text goes through ``escape(_:)``.
enum HTML {
    /// `text` with `& < > " '` replaced by entities, safe in element content and quoted attributes.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }

    /// The style of every page: small, inline (no external asset), and the colours of the
    /// highlights and of the graph.
    static let style = """
        body{font-family:sans-serif;margin:2em;max-width:72em;color:#222}table{border-collapse:collapse}
        td,th{border-bottom:1px solid #ddd;padding:.3em .6em;text-align:left;vertical-align:top}
        nav a{margin-right:1em}mark{background:#ff6}a{color:#1a55a8}
        .pager{margin:1em 0}.pager a{margin-right:1em}.muted{color:#777}
        h2.month{border-bottom:2px solid #ccc;margin-top:1.5em}ul.timeline{list-style:none;padding-left:0}
        ul.timeline li{margin:.5em 0}.kind{display:inline-block;min-width:6em;font-weight:bold}
        .article{white-space:pre-wrap;line-height:1.6;max-width:48em}
        .m,.d,.q{border-radius:3px;padding:0 1px}.pers{background:#cfe3ff}.org{background:#d9f2d0}
        .loc{background:#ffe2bf}.other{background:#eee}.date{background:#f6d7f5}.q{border-bottom:2px solid #c60}
        .legend span{margin-right:1em;padding:0 .3em}
        svg.graph{border:1px solid #ddd;background:#fcfcfc;max-width:100%;height:auto}
        svg .edge{stroke:#7a8fb8;stroke-linecap:round;opacity:.8}svg .node{fill:#1a55a8}svg .node.centre{fill:#c33}
        svg text{font-size:12px;fill:#222;paint-order:stroke;stroke:#fcfcfc;stroke-width:4px}svg text.centre{font-weight:bold}
        """

    /// A whole page: `title` (plain text) and `body` (already HTML).
    static func page(title: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="uk"><head><meta charset="utf-8"><title>\(escape(title)) — Літопис</title>
        <style>\(style)</style></head>
        <body><nav><a href="/timeline">Timeline</a><a href="/documents">Documents</a><a href="/entities">Entities</a>
        <a href="/events">Events</a><a href="/quotes">Quotes</a><a href="/search">Search</a></nav>
        <h1>\(escape(title))</h1>
        \(body)
        </body></html>
        """
    }

    /// Links to the previous and next pages of a list, keeping the other parameters.
    static func pager(path: String, page: PageRequest, hasNext: Bool, parameters: QueryParameters) -> String {
        var links: [String] = []
        if let previous = page.previousOffset {
            links.append("<a rel=\"prev\" href=\"\(escape(path + parameters.queryString(offset: previous)))\">← Previous</a>")
        }
        if hasNext {
            links.append("<a rel=\"next\" href=\"\(escape(path + parameters.queryString(offset: page.offset + page.limit)))\">Next →</a>")
        }
        return links.isEmpty ? "" : "<p class=\"pager\">" + links.joined(separator: " ") + "</p>"
    }

    /// A link to `href` (a path of this site) with `text` (plain text).
    static func link(_ href: String, _ text: String) -> String {
        "<a href=\"\(escape(href))\">\(escape(text))</a>"
    }

    /// `path` with `value` percent-encoded as its last segment (`/documents/` + id).
    static func path(_ path: String, _ value: String) -> String {
        path + QueryParameters.encode(value)
    }

    /// A GET form with one text field per `(name, label, value)`.
    static func form(action: String, fields: [(name: String, label: String, value: String?)]) -> String {
        // `limit` is kept so that a new filter pages as the old one did.
        let inputs = fields.map { field in
            "<label>\(escape(field.label)) <input name=\"\(escape(field.name))\" value=\"\(escape(field.value ?? ""))\"></label>"
        }
        return "<form method=\"get\" action=\"\(escape(action))\">" + inputs.joined(separator: " ") + " <button>Find</button></form>"
    }

    /// A table; cells are HTML already (escape them first).
    static func table(columns: [String], rows: [[String]]) -> String {
        guard !rows.isEmpty else { return "<p>Nothing found.</p>" }
        let head = "<tr>" + columns.map { "<th>\(escape($0))</th>" }.joined() + "</tr>"
        let body = rows.map { "<tr>" + $0.map { "<td>\($0)</td>" }.joined() + "</tr>" }.joined(separator: "\n")
        return "<table>\n\(head)\n\(body)\n</table>"
    }
}
