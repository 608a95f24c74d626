/// Turns a raw scraped ``Article`` into a ``Document`` with clean body text.
///
/// Requires nothing. Sets ``Document/text``, ``Document/title``, ``Document/attribution``,
/// ``Document/sections`` and ``Document/removed``. Runs, in order:
/// 1. ``TextNormalizer`` over the whole text.
/// 2. The headline: the first line when ``Article/hasHeadline``.
/// 3. Credit lines (``CreditLabel``): `Джерело: …` becomes the attribution, `Фото: …` a
///    removed credit. A label alone on its line takes its value from the next line, split
///    where a scraper glued the value to the body (`твітер Єнса СтолтенбергаУ Брюсселі…`).
/// 4. Inserts (``InsertRule``): `Читайте також …`, `До теми …`, `Новини партнерів` are removed
///    with their kind; a bare `Читайте також:` takes the linked headline after it too.
/// 5. Glue repair inside lines: `безпеки.Після` → `безпеки. Після`, `слово`+`У` → `слово У`.
/// 6. Dash attributions on their own line (`– написав генсек Альянсу.`) join the quote above.
/// 7. Subheadings: short lines that start with a capital and end without punctuation, followed
///    by body text, become ``Section``s (their text stays in the body as its own line).
///
/// Nothing of the body is lost: every line that leaves the body is in ``Document/removed``.
///
/// ```swift
/// let document = ArticleCleaner().clean(Article(text: raw, hasHeadline: true, published: "2022-01-12"))
/// ```
public struct ArticleCleaner: Sendable {
    /// The character normaliser. The default applies every rule.
    public var normalizer = TextNormalizer()
    /// Inserts to remove. The default is ``InsertRule/standard``.
    public var inserts = InsertRule.standard
    /// Credit labels. The default is ``CreditLabel/standard``.
    public var credits = CreditLabel.standard
    /// The longest line, in code points, that can be a subheading. The default is 120.
    public var maxHeadingLength = 120
    /// The longest line, in code points, that can be a removed insert. The default is 300.
    public var maxInsertLength = 300

    /// Makes a cleaner with the default settings.
    public init() {}

    /// Cleans one article.
    public func clean(_ article: Article) -> Document {
        var lines = Self.lines(of: normalizer.normalizeScalars(article.text.unicodeScalars))
        var title = article.title.map { Self.trimmed(normalizer.normalize($0)) }
        if title?.isEmpty == true { title = nil }
        var index = 0
        if article.hasHeadline && !lines.isEmpty {
            if title == nil { title = lines[0] }
            index = 1
        }
        var attribution: String?
        var removed: [RemovedPiece] = []
        var body: [String] = []
        while index < lines.count {
            let line = lines[index]
            index += 1
            if let credit = creditLabel(of: line) {
                var value = credit.value
                var piece = line
                if value.isEmpty && index < lines.count {
                    let next = lines[index]
                    if let glue = Self.gluePoint(in: next, strict: false) {
                        value = Self.trimmed(String(next.unicodeScalars.prefix(glue)))
                        lines[index] = Self.trimmed(String(next.unicodeScalars.dropFirst(glue)))
                        piece += " " + value
                    } else if next.unicodeScalars.count <= 80 && !Self.endsSentence(next) {
                        value = next
                        piece += " " + next
                        index += 1
                    }
                }
                if credit.label.isAttribution && attribution == nil && !value.isEmpty { attribution = value }
                removed.append(RemovedPiece(kind: credit.label.isAttribution ? "attribution" : "credit", text: piece))
                continue
            }
            if line.unicodeScalars.count <= maxInsertLength,
                let rule = InsertRule.match(line.prefix(40).lowercased()[...], in: inserts)
            {
                var piece = line
                // A bare label (`Читайте також:`) announces the linked headline on the next line.
                let labelOnly = line.hasSuffix(":") && line.unicodeScalars.count <= 30
                if labelOnly && index < lines.count && lines[index].unicodeScalars.count <= maxHeadingLength && !Self.endsSentence(lines[index]) {
                    piece += " " + lines[index]
                    index += 1
                }
                removed.append(RemovedPiece(kind: rule.kind, text: piece))
                continue
            }
            let repaired = Self.repairGlue(line)
            if let last = body.last, Self.continuesAttribution(repaired, after: last) {
                body[body.count - 1] = last + " " + repaired
            } else {
                body.append(repaired)
            }
        }
        var sections: [Section] = []
        var text = ""
        var offset = 0
        for (i, paragraph) in body.enumerated() {
            if i > 0 {
                text += "\n"
                offset += 1
            }
            if i + 1 < body.count && isHeading(paragraph) && !isHeading(body[i + 1])
                && !Self.continuesAttribution(body[i + 1], after: paragraph)
            {
                sections.append(Section(heading: paragraph, start: offset))
            }
            text += paragraph
            offset += paragraph.unicodeScalars.count
        }
        return Document(
            text: text, title: title, attribution: attribution, published: article.published,
            sections: sections, removed: removed)
    }

    /// The credit label that opens `line`, and the value after its colon.
    func creditLabel(of line: String) -> (label: CreditLabel, value: String)? {
        let lowered = line.prefix(32).lowercased()
        for credit in credits where lowered.hasPrefix(credit.label) {
            let rest = line.dropFirst(credit.label.count)
            let afterLabel = rest.drop { $0 == " " }
            if afterLabel.first == ":" {
                return (credit, Self.trimmed(String(afterLabel.dropFirst())))
            }
            if afterLabel.isEmpty && !credit.isAttribution { return (credit, "") }
        }
        return nil
    }

    /// Whether `line` could be a subheading.
    func isHeading(_ line: String) -> Bool {
        let scalars = line.unicodeScalars
        guard let first = scalars.first, let last = scalars.last, scalars.count >= 3, scalars.count <= maxHeadingLength else {
            return false
        }
        guard first.isUppercaseLetter || first.isDigit || first.value == 0xAB else { return false }
        switch last.value {
        case 0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x2026, 0x2013, 0x2D, 0x28, 0xBB, 0x22: return false
        case 0x3F: if scalars.count > 80 { return false }
        default: break
        }
        var words = 1
        var previous: Unicode.Scalar = " "
        for c in scalars {
            if c == " " { words += 1 }
            // Two sentences on one line are body text, not a heading.
            if previous.isSentenceFinal && c == " " { return false }
            previous = c
        }
        return words <= 16
    }

    /// Whether `line` is a dash attribution (`– написав він.`) that belongs to the quote in `previous`.
    static func continuesAttribution(_ line: String, after previous: String) -> Bool {
        let scalars = Array(line.unicodeScalars.prefix(3))
        guard scalars.count == 3, scalars[0].isDash, scalars[1] == " ", scalars[2].isLowercaseLetter,
            let end = previous.unicodeScalars.last
        else { return false }
        return end.value == 0x2C || end.value == 0x21 || end.value == 0x3F || end.value == 0x2026 || end.value == 0xBB
    }

    /// Where a scraper glued two pieces of text (`СтолтенбергаУ Брюсселі`): the offset of the
    /// capital that starts the second piece. `strict` accepts only a one-letter word there
    /// (`…аУ Брюсселі`), which no real word has; otherwise a capitalised word also counts.
    static func gluePoint(in line: String, strict: Bool) -> Int? {
        let s = Array(line.unicodeScalars)
        var wordLength = 0
        var i = 0
        while i < s.count {
            let c = s[i]
            defer { i += 1 }
            guard c.isLetterLike else { wordLength = 0; continue }
            if wordLength >= 3 && c.isCyrillic && c.isUppercaseLetter && s[i - 1].isCyrillic && s[i - 1].isLowercaseLetter {
                var j = i + 1
                var allLower = true
                while j < s.count && s[j].isLetterLike {
                    if !s[j].isLowercaseLetter { allLower = false }
                    j += 1
                }
                let single = j == i + 1 && j < s.count && s[j] == " "
                if single || (!strict && allLower && j - i >= 2) { return i }
            }
            wordLength += 1
        }
        return nil
    }

    /// `line` with glued sentence ends and glued one-letter words split by a space.
    static func repairGlue(_ line: String) -> String {
        let s = Array(line.unicodeScalars)
        guard s.count > 4 else { return line }
        var out = String.UnicodeScalarView()
        var changed = false
        for i in 0..<s.count {
            out.append(s[i])
            guard i >= 2, i + 2 < s.count else { continue }
            if s[i].isSentenceFinal && s[i - 1].isCyrillic && s[i - 1].isLowercaseLetter && s[i - 2].isLetterLike
                && s[i + 1].isCyrillic && s[i + 1].isUppercaseLetter && s[i + 2].isLowercaseLetter
            {
                out.append(" ")
                changed = true
            }
        }
        var result = changed ? String(out) : line
        while let glue = gluePoint(in: result, strict: true) {
            var scalars = Array(result.unicodeScalars)
            scalars.insert(" ", at: glue)
            result = String(String.UnicodeScalarView(scalars))
        }
        return result
    }

    static func endsSentence(_ line: String) -> Bool {
        guard let last = line.unicodeScalars.last else { return false }
        return last.isSentenceFinal || last.value == 0x3A
    }

    static func lines(of scalars: ContiguousArray<Unicode.Scalar>) -> [String] {
        var lines: [String] = []
        var start = 0
        for i in 0...scalars.count where i == scalars.count || scalars[i] == "\n" {
            let line = trimmed(scalars[start..<i])
            if !line.isEmpty { lines.append(line) }
            start = i + 1
        }
        return lines
    }

    static func trimmed(_ scalars: some BidirectionalCollection<Unicode.Scalar>) -> String {
        guard let first = scalars.firstIndex(where: { !$0.isSpace }), let last = scalars.lastIndex(where: { !$0.isSpace }) else {
            return ""
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[first...last])
        return String(view)
    }

    static func trimmed(_ string: String) -> String { trimmed(string.unicodeScalars) }
}
