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
///
/// - Complexity: O(n) in the length of the text; work is done on code points, and strings are
///   made only for the pieces that leave the body.
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

    typealias Scalars = ContiguousArray<Unicode.Scalar>
    typealias Piece = ArraySlice<Unicode.Scalar>

    /// Cleans one article.
    public func clean(_ article: Article) -> Document {
        let source = normalizer.normalizeScalars(article.text)
        var lines: [Piece] = Self.lines(of: source)
        var title = article.title.map { Self.string(Self.trimmed(normalizer.normalizeScalars($0)[...])) }
        if title?.isEmpty == true { title = nil }
        var index = 0
        if article.hasHeadline && !lines.isEmpty {
            if title == nil { title = Self.string(lines[0]) }
            index = 1
        }
        var attribution: String?
        var removed: [RemovedPiece] = []
        var out = Scalars()
        out.reserveCapacity(source.count + 64)
        var paragraphs: [Range<Int>] = []
        while index < lines.count {
            let line = lines[index]
            index += 1
            let opening = Self.lowercasedOpening(line)
            if let (credit, valueStart) = creditLabel(opening: opening, line: line) {
                var value = Self.string(Self.trimmed(line[valueStart...]))
                var piece = Self.string(line)
                // `Джерело: Офіс ПрезидентаПрезидент Володимир Зеленський …`: the body is glued on.
                if !value.isEmpty, let glue = Self.gluePoint(in: line[valueStart...], strict: false) {
                    value = Self.string(Self.trimmed(line[valueStart..<glue]))
                    piece = Self.string(Self.trimmed(line[..<glue]))
                    lines.insert(Self.trimmed(line[glue...]), at: index)
                }
                if value.isEmpty && index < lines.count {
                    let next = lines[index]
                    if let glue = Self.gluePoint(in: next, strict: false) {
                        value = Self.string(Self.trimmed(next[..<glue]))
                        lines[index] = Self.trimmed(next[glue...])
                        piece += " " + value
                    } else if next.count <= 80 && !Self.endsSentence(next) {
                        value = Self.string(next)
                        piece += " " + value
                        index += 1
                    }
                }
                if credit.isAttribution && attribution == nil && !value.isEmpty { attribution = value }
                removed.append(RemovedPiece(kind: credit.isAttribution ? "attribution" : "credit", text: piece))
                continue
            }
            if line.count <= maxInsertLength, let rule = InsertRule.match(opening, in: inserts) {
                var piece = Self.string(line)
                // A bare label (`Читайте також:`, `Новини партнерів`) announces the linked headline on the next line.
                let bare = line.last == ":" || rule.openingScalars.contains { $0.count == opening.count }
                if bare && line.count <= 30 && index < lines.count && lines[index].count <= maxHeadingLength
                    && !Self.endsSentence(lines[index])
                {
                    piece += " " + Self.string(lines[index])
                    index += 1
                }
                removed.append(RemovedPiece(kind: rule.kind, text: piece))
                continue
            }
            if let last = paragraphs.last, Self.continuesAttribution(line, after: out[last]) {
                out.append(" ")
                Self.appendRepairingGlue(line, to: &out)
                paragraphs[paragraphs.count - 1] = last.lowerBound..<out.count
            } else {
                if !paragraphs.isEmpty { out.append("\n") }
                let start = out.count
                Self.appendRepairingGlue(line, to: &out)
                paragraphs.append(start..<out.count)
            }
        }
        var sections: [Section] = []
        for (i, range) in paragraphs.enumerated() where i + 1 < paragraphs.count {
            let paragraph = out[range]
            let next = out[paragraphs[i + 1]]
            if isHeading(paragraph) && !isHeading(next) && !Self.continuesAttribution(next, after: paragraph) {
                sections.append(Section(heading: Self.string(paragraph), start: range.lowerBound))
            }
        }
        return Document(
            scalars: out, title: title, attribution: attribution, published: article.published,
            sections: sections, removed: removed)
    }

    /// The credit label that opens a line, and where its value starts.
    func creditLabel(opening: [UInt32], line: Piece) -> (CreditLabel, Int)? {
        for credit in credits where opening.starts(with: credit.scalars) {
            var i = line.startIndex + credit.scalars.count
            while i < line.endIndex && line[i] == " " { i += 1 }
            if i < line.endIndex && (line[i] == ":" || line[i] == "\u{FF1A}") { return (credit, i + 1) }
            if i == line.endIndex && !credit.isAttribution { return (credit, i) }
        }
        return nil
    }

    /// Whether a line could be a subheading.
    func isHeading(_ line: Piece) -> Bool {
        guard let first = line.first, let last = line.last, line.count >= 3, line.count <= maxHeadingLength else {
            return false
        }
        guard first.isUppercaseLetter || first.isDigit || first.value == 0xAB else { return false }
        switch last.value {
        case 0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x2026, 0x2013, 0x2D, 0x28, 0xBB, 0x22: return false
        case 0x3F: if line.count > 80 { return false }
        default: break
        }
        var words = 1
        var previous: Unicode.Scalar = " "
        for c in line {
            if c == " " {
                words += 1
                // Two sentences on one line are body text, not a heading.
                if previous.isSentenceFinal { return false }
            }
            previous = c
        }
        return words <= 16
    }

    /// Whether `line` is a dash attribution (`– написав він.`) that belongs to the quote in `previous`.
    static func continuesAttribution(_ line: Piece, after previous: Piece) -> Bool {
        guard line.count >= 3, let end = previous.last else { return false }
        let s = line.startIndex
        guard line[s].isDash, line[s + 1] == " ", line[s + 2].isLowercaseLetter else { return false }
        return end.value == 0x2C || end.value == 0x21 || end.value == 0x3F || end.value == 0x2026 || end.value == 0xBB
    }

    /// Where a scraper glued two pieces of text (`СтолтенбергаУ Брюсселі`): the index of the
    /// capital that starts the second piece. `strict` accepts only a one-letter word there
    /// (`…аУ Брюсселі`), which no real word has; otherwise a capitalised word also counts.
    static func gluePoint(in line: Piece, strict: Bool) -> Int? {
        var wordLength = 0
        var i = line.startIndex
        while i < line.endIndex {
            let c = line[i]
            defer { i += 1 }
            guard c.isLetterLike else { wordLength = 0; continue }
            if wordLength >= 3 && c.isCyrillic && c.isUppercaseLetter && line[i - 1].isCyrillic && line[i - 1].isLowercaseLetter {
                var j = i + 1
                var allLower = true
                while j < line.endIndex && line[j].isLetterLike {
                    if !line[j].isLowercaseLetter { allLower = false }
                    j += 1
                }
                let single = j == i + 1 && j < line.endIndex && line[j] == " "
                if single || (!strict && allLower && j - i >= 2) { return i }
            }
            wordLength += 1
        }
        return nil
    }

    /// Appends `line`, with a space put into glued sentence ends (`безпеки.Після`) and before
    /// glued one-letter words (`СтолтенбергаУ Брюсселі`).
    static func appendRepairingGlue(_ piece: Piece, to out: inout Scalars) {
        piece.withUnsafeBufferPointer { line in appendRepairingGlue(line, to: &out) }
    }

    static func appendRepairingGlue(_ line: UnsafeBufferPointer<Unicode.Scalar>, to out: inout Scalars) {
        let s = 0
        let e = line.count
        var wordLength = 0
        for i in s..<e {
            let c = line[i]
            if c.isLetterLike {
                if wordLength >= 3 && c.isUppercaseLetter && c.isCyrillic && line[i - 1].isCyrillic && line[i - 1].isLowercaseLetter
                    && i + 1 < e && line[i + 1] == " "
                {
                    out.append(" ")
                    wordLength = 0
                }
                wordLength += 1
            } else {
                wordLength = 0
            }
            out.append(c)
            if c.isSentenceFinal && i >= s + 2 && i + 2 < e && line[i - 1].isCyrillic && line[i - 1].isLowercaseLetter
                && line[i - 2].isLetterLike && line[i + 1].isCyrillic && line[i + 1].isUppercaseLetter && line[i + 2].isLowercaseLetter
            {
                out.append(" ")
            }
        }
    }

    static func endsSentence(_ line: Piece) -> Bool {
        guard let last = line.last else { return false }
        return last.isSentenceFinal || last.value == 0x3A
    }

    /// The first 40 code points of `line`, lowercased, for matching labels and inserts.
    static func lowercasedOpening(_ line: Piece) -> [UInt32] {
        var opening: [UInt32] = []
        opening.reserveCapacity(40)
        for c in line.prefix(40) {
            let v = c.value
            if v &- 0x41 < 26 || (v >= 0x410 && v <= 0x42F) { opening.append(v + 0x20) }
            else if v >= 0x400 && v <= 0x40F { opening.append(v + 0x50) }
            else if v == 0x490 { opening.append(0x491) }
            else if v == 0x2019 || v == 0x2BC { opening.append(0x27) }
            else { opening.append(v) }
        }
        return opening
    }

    /// The non-empty lines, trimmed.
    static func lines(of scalars: Scalars) -> [Piece] {
        var lines: [Piece] = []
        var start = 0
        for i in 0...scalars.count where i == scalars.count || scalars[i] == "\n" {
            let line = trimmed(scalars[start..<i])
            if !line.isEmpty { lines.append(line) }
            start = i + 1
        }
        return lines
    }

    static func trimmed(_ piece: Piece) -> Piece {
        var s = piece.startIndex
        var e = piece.endIndex
        while s < e && piece[s].isSpace { s += 1 }
        while e > s && piece[e - 1].isSpace { e -= 1 }
        return piece[s..<e]
    }

    static func string(_ piece: Piece) -> String {
        String(scalars: piece)
    }
}
