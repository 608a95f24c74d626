@testable import LitopysServer
import Testing

/// Highlighting a text from code-point offsets: escaping, nesting, touching and crossing spans.
struct DocumentMarkupTests {
    static func span(_ start: Int, _ end: Int, _ name: String) -> Highlight {
        Highlight(start: start, end: end, classes: name, title: name)
    }

    @Test(arguments: [
        // No spans: the text, escaped.
        ("a<b>&c", [], "a&lt;b&gt;&amp;c"),
        // One span around markup.
        ("x<i>y", [span(1, 4, "m")], #"x<span class="m" title="m">&lt;i&gt;</span>y"#),
        // Nested: a name inside a quote.
        ("«Так, Іване»", [span(0, 12, "q"), span(6, 11, "m")],
         #"<span class="q" title="q">«Так, <span class="m" title="m">Іване</span>»</span>"#),
        // Touching spans.
        ("abcd", [span(0, 2, "a"), span(2, 4, "b")], #"<span class="a" title="a">ab</span><span class="b" title="b">cd</span>"#),
        // Crossing spans: the inner one is closed and reopened, so the markup stays nested.
        ("abcdef", [span(0, 4, "a"), span(2, 6, "b")],
         #"<span class="a" title="a">ab<span class="b" title="b">cd</span></span><span class="b" title="b">ef</span>"#),
        // Same range twice, offsets past the end clamped, empty spans dropped.
        ("ab", [span(0, 2, "a"), span(0, 2, "b"), span(1, 9, "c"), span(1, 1, "d")],
         #"<span class="a" title="a"><span class="b" title="b">a<span class="c" title="c">b</span></span></span>"#),
        // Offsets count code points: an emoji is one, a combining accent is one.
        ("😀 і́мя", [span(2, 6, "m")], #"😀 <span class="m" title="m">і́мя</span>"#),
    ] as [(String, [Highlight], String)])
    func rendersWellNestedEscapedHTML(text: String, highlights: [Highlight], expected: String) {
        #expect(DocumentMarkup.html(text: text, highlights: highlights) == expected)
    }

    @Test func titlesAndClassesAreEscaped() {
        let html = DocumentMarkup.html(text: "ab", highlights: [Highlight(start: 0, end: 1, classes: "x\"><script>", title: "<&>")])
        #expect(html == #"<span class="x&quot;&gt;&lt;script&gt;" title="&lt;&amp;&gt;">a</span>b"#)
    }
}
