import Foundation

/// A table of text for a person at a terminal: columns padded to their widest cell.
///
/// ```
/// TYPE  NAME             DOCS
/// PERS  Єнс Столтенберг  2
/// ```
struct TextTable {
    /// The column headings.
    let columns: [String]
    /// The rows, each with one cell per column.
    private(set) var rows: [[String]] = []

    init(columns: [String]) {
        self.columns = columns
    }

    /// Adds a row; missing cells are empty.
    mutating func add(_ cells: [String]) {
        rows.append((0..<columns.count).map { $0 < cells.count ? cells[$0] : "" })
    }

    /// The table, one line per row after the heading, or a note when there are no rows.
    ///
    /// Widths count characters, so Cyrillic lines up as Latin does; the last column is not padded.
    func render() -> String {
        guard !rows.isEmpty else { return "(nothing found)\n" }
        let all = [columns] + rows
        let widths = columns.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        var text = ""
        for row in all {
            var line = ""
            for (column, cell) in row.enumerated() {
                line += cell
                if column < row.count - 1 { line += String(repeating: " ", count: widths[column] - cell.count + 2) }
            }
            while line.hasSuffix(" ") { line.removeLast() }
            text += line + "\n"
        }
        return text
    }

    /// `text` cut to `limit` characters with an ellipsis, on one line.
    static func shorten(_ text: String, to limit: Int) -> String {
        let line = text.replacingOccurrences(of: "\n", with: " ")
        return line.count > limit ? String(line.prefix(limit - 1)) + "…" : line
    }
}
