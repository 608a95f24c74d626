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

    /// A whole page: `title` (plain text) and `body` (already HTML).
    static func page(title: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="uk"><head><meta charset="utf-8"><title>\(escape(title)) — Літопис</title>
        <style>body{font-family:sans-serif;margin:2em;max-width:72em}table{border-collapse:collapse}
        td,th{border-bottom:1px solid #ddd;padding:.3em .6em;text-align:left;vertical-align:top}
        nav a{margin-right:1em}mark{background:#ff6}</style></head>
        <body><nav><a href="/">Літопис</a><a href="/entities">Entities</a><a href="/events">Events</a>
        <a href="/quotes">Quotes</a><a href="/search">Search</a></nav>
        <h1>\(escape(title))</h1>
        \(body)
        </body></html>
        """
    }

    /// A GET form with one text field per `(name, label, value)`.
    static func form(action: String, fields: [(name: String, label: String, value: String?)]) -> String {
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
