/// Turns words typed by a person into a safe `to_tsquery('simple', …)` expression: the
/// PostgreSQL counterpart of `FTS5Query`, with the same meaning.
///
/// Every word becomes its runs of letters and digits, joined as a phrase (`<->`), so that
/// tsquery operators and quotes in the input are never syntax; a trailing `*` keeps its
/// meaning (prefix: `переговор*` finds `переговорів`). All words must match. Case is left
/// to the server, which folds the query as it folded the text.
///
/// ```swift
/// PostgresTextQuery.expression(for: "Косіняк-Камиш діалог*")  // "(Косіняк <-> Камиш) & (діалог:*)"
/// ```
enum PostgresTextQuery {
    /// The tsquery text, or nil when `words` holds no letter or digit.
    static func expression(for words: String) -> String? {
        var terms: [String] = []
        for raw in words.split(whereSeparator: { $0.isWhitespace }) {
            let runs = raw.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
            guard !runs.isEmpty else { continue }
            let phrase = runs.joined(separator: " <-> ") + (raw.hasSuffix("*") ? ":*" : "")
            terms.append("(\(phrase))")
        }
        return terms.isEmpty ? nil : terms.joined(separator: " & ")
    }
}
