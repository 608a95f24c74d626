/// Turns words typed by a person into a safe FTS5 match expression.
///
/// Every word becomes a quoted phrase, so FTS5 operators and quotes in the input are plain
/// text; a trailing `*` keeps its meaning (prefix: `переговор*` finds `переговорів`). All
/// words must match.
///
/// ```swift
/// FTS5Query.expression(for: "Столтенберг діалог*")  // "\"столтенберг\" \"діалог\"*"
/// ```
enum FTS5Query {
    /// The match expression, or nil when `words` holds no letter or digit.
    static func expression(for words: String) -> String? {
        var phrases: [String] = []
        for raw in words.split(whereSeparator: { $0.isWhitespace }) {
            let isPrefix = raw.hasSuffix("*")
            let word = raw.filter { $0 != "\"" && $0 != "*" }
            guard word.contains(where: { $0.isLetter || $0.isNumber }) else { continue }
            phrases.append("\"\(word.lowercased())\"" + (isPrefix ? "*" : ""))
        }
        return phrases.isEmpty ? nil : phrases.joined(separator: " ")
    }
}
