import LitopysText

/// A short readable account of one analysed article, for a person at a terminal.
struct Summary {
    let document: Document
    let location: String

    var text: String {
        var lines: [String] = []
        lines.append("── \(location)")
        lines.append(document.title.map { "Title:       \($0)" } ?? "Title:       (none)")
        if let published = document.published { lines.append("Published:   \(published)") }
        if let attribution = document.attribution { lines.append("Source:      \(attribution)") }
        lines.append("Body:        \(document.sentenceCount) sentences, \(document.tokenCount) tokens, \(document.scalars.count) characters")
        if !document.sections.isEmpty {
            lines.append("Sections:")
            for section in document.sections { lines.append("  • \(section.heading)") }
        }
        if !document.removed.isEmpty {
            lines.append("Removed:")
            for piece in document.removed { lines.append("  [\(piece.kind)] \(piece.text)") }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
