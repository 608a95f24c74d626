/// A stretch of a document's text to highlight: code-point offsets into the text, `end`
/// exclusive, as the store keeps them.
struct Highlight: Hashable {
    /// Start offset (code points).
    var start: Int
    /// End offset (exclusive).
    var end: Int
    /// The CSS classes of its `<span>` (plain words; escaped anyway).
    var classes: String
    /// The tooltip (plain text).
    var title: String
}

/// Renders a document's text as HTML with ``Highlight``s as `<span>` elements.
///
/// Every piece of text between two span boundaries is escaped on its own, so markup in the
/// article stays text. Spans may nest (a name inside a quote), touch, or cross (a quote that
/// ends inside a name): the output is always well nested, because a span that must close
/// while spans opened after it are still open closes them too and reopens them after it.
///
/// ```swift
/// DocumentMarkup.html(text: "«Так», – сказав Умєров.", highlights: [Highlight(start: 15, end: 21, classes: "m pers", title: "Рустем Умєров")])
/// // «Так», – сказав <span class="m pers" title="Рустем Умєров">Умєров</span>.
/// ```
///
/// - Complexity: O(*n* + *h* log *h* + *h* · *d*) for *n* code points, *h* highlights and
///   nesting depth *d*.
enum DocumentMarkup {
    static func html(text: String, highlights: [Highlight]) -> String {
        let scalars = Array(text.unicodeScalars)
        let count = scalars.count
        // Clamp to the text, drop empty spans; outer (longer) spans first at the same start.
        // Equal ranges keep the order given (the index breaks ties).
        let spans = highlights.enumerated().compactMap { index, highlight -> (index: Int, span: Highlight)? in
            var clamped = highlight
            clamped.start = max(0, min(highlight.start, count))
            clamped.end = max(0, min(highlight.end, count))
            return clamped.start < clamped.end ? (index, clamped) : nil
        }.sorted { ($0.span.start, -$0.span.end, $0.index) < ($1.span.start, -$1.span.end, $1.index) }.map(\.span)
        var boundaries = Set([0, count])
        for span in spans {
            boundaries.insert(span.start)
            boundaries.insert(span.end)
        }
        let points = boundaries.sorted()

        func open(_ span: Highlight) -> String {
            "<span class=\"\(HTML.escape(span.classes))\" title=\"\(HTML.escape(span.title))\">"
        }

        var html = ""
        html.reserveCapacity(text.utf8.count * 2)
        var stack: [Int] = []  // indexes into `spans`, outermost first
        var nextSpan = 0
        for (index, point) in points.enumerated() {
            // Close the spans that end here, and whatever opened after them.
            if let lowest = stack.firstIndex(where: { spans[$0].end == point }) {
                let closed = stack[lowest...]
                html += String(repeating: "</span>", count: closed.count)
                let reopened = closed.filter { spans[$0].end != point }
                stack.removeSubrange(lowest...)
                for span in reopened {
                    html += open(spans[span])
                    stack.append(span)
                }
            }
            while nextSpan < spans.count, spans[nextSpan].start == point {
                html += open(spans[nextSpan])
                stack.append(nextSpan)
                nextSpan += 1
            }
            if index + 1 < points.count {
                var piece = String.UnicodeScalarView()
                piece.append(contentsOf: scalars[point..<points[index + 1]])
                html += HTML.escape(String(piece))
            }
        }
        return html
    }
}
