/// The dates NER-UK annotates inside a period or a document's name, which a flat tagger
/// cannot output: `2012` and `2014` in `2012-2014 років`, `квітні` and `листопаді 2015 року`
/// in `квітні-листопаді 2015 року`, `28 травня 2015 року` in `рішення ради від 28 травня
/// 2015 року`.
///
/// NER-UK nests them (202 dates in periods, 45 in documents in the training documents), and
/// a reader searching a chronicle for 2014 expects to find the years between which
/// something happened. A period is split at its first range word (`-`, `–`, `—`, `по`,
/// `до`), and each side that names a year, a full numeric date or a month becomes a date. A
/// plural year word at the end (`роки`, `рр.`, `р. р.`) belongs to the whole range and is
/// left out; a singular one (`року`, `р.`) belongs to the last date. On the gold periods of
/// the training documents this finds 181 of the 201 nested dates, with 57 extra ones, most
/// of them in documents that do not annotate nesting.
enum NestedDates {
    /// A date inside a period: the tokens it touches and its exact code-point bounds (a
    /// side of `квітні-листопаді` is part of one token).
    struct Part: Equatable, Sendable {
        /// The tokens the date overlaps.
        var tokens: Range<Int>
        /// First code point.
        var start: Int
        /// Code point after the last one.
        var end: Int
    }

    /// A piece of the period's text: a token, or a side or the hyphen of a hyphenated token.
    private struct Piece {
        var token: Int
        var start: Int
        var end: Int
        var text: [UInt32]
    }

    /// The dates inside the period over `tokens`, in text order; empty when the period is
    /// not a range of dates (`п'ять років`, `2013 року по теперішній час`).
    static func dates(inPeriod tokens: Range<Int>, input: TaggingInput) -> [Part] {
        var pieces: [Piece] = []
        for t in tokens {
            let start = Int(input.starts[t])
            let end = Int(input.ends[t])
            let word = Array(input.scalars[start..<end]).map { ScalarText.fold($0) }
            // `квітні-листопаді`: two months in one token.
            if let hyphen = word.firstIndex(of: 0x2D), hyphen > 0, hyphen < word.count - 1,
                isMonth(Array(word[..<hyphen])), isMonth(Array(word[(hyphen + 1)...]))
            {
                pieces.append(Piece(token: t, start: start, end: start + hyphen, text: Array(word[..<hyphen])))
                pieces.append(Piece(token: t, start: start + hyphen, end: start + hyphen + 1, text: [0x2D]))
                pieces.append(Piece(token: t, start: start + hyphen + 1, end: end, text: Array(word[(hyphen + 1)...])))
            } else {
                pieces.append(Piece(token: t, start: start, end: end, text: word))
            }
        }
        guard let separator = pieces.firstIndex(where: { separators.contains($0.text) }) else { return [] }
        var left = pieces[..<separator]
        var right = pieces[(separator + 1)...]
        while let first = left.first, leadingWords.contains(first.text) { left = left.dropFirst() }
        while let last = left.last, conjunctions.contains(last.text) { left = left.dropLast() }
        while let first = right.first, first.text == on { right = right.dropFirst() }
        // A second range joined to the first (`2006 по 2007 і з 2010 по 2012`) is not this date.
        if let end = right.firstIndex(where: { conjunctions.contains($0.text) || $0.text == comma }) { right = right[..<end] }
        right = right.dropLast(pluralYearWordCount(right.map(\.text)))
        guard !left.isEmpty, !right.isEmpty else { return [] }
        let leftIsDay = left.count == 1 && isDayNumber(left[left.startIndex].text) && right.contains { isMonth($0.text) }
        guard leftIsDay || left.contains(where: { namesDate($0.text) }), right.contains(where: { namesDate($0.text) }) else {
            return []
        }
        return [left, right].map { side in
            let first = side[side.startIndex]
            let last = side[side.index(before: side.endIndex)]
            return Part(tokens: first.token..<(last.token + 1), start: first.start, end: last.end)
        }
    }

    /// The date a document is dated by: `28 травня 2015 року` in `рішення обласної ради від
    /// 28 травня 2015 року`, `10.04.2008` in `розпорядженням Кабміну від 10.04.2008 №610`.
    /// NER-UK annotates it inside the `DOC` span as a `DATE` (45 times in the training
    /// documents). Nil when the document span has no `від` followed by a date.
    static func date(inDocument tokens: Range<Int>, input: TaggingInput) -> Part? {
        func word(_ t: Int) -> [UInt32] {
            Array(input.scalars[Int(input.starts[t])..<Int(input.ends[t])]).map { ScalarText.fold($0) }
        }
        guard let from = tokens.first(where: { word($0) == fromWord }), from + 1 < tokens.upperBound else { return nil }
        var end = from + 1
        var sawNumber = false
        while end < tokens.upperBound {
            let w = word(end)
            if w.first.map(ScalarText.isDigit) == true, w.allSatisfy({ ScalarText.isDigit($0) || $0 == 0x2E }) {
                sawNumber = true
            } else if isMonth(w) || yearWords.contains(w) || (w == point && end > from + 1 && word(end - 1) == year) {
                // part of the date
            } else {
                break
            }
            end += 1
        }
        guard sawNumber, end > from + 1 else { return nil }
        return Part(tokens: (from + 1)..<end, start: Int(input.starts[from + 1]), end: Int(input.ends[end - 1]))
    }

    private static let fromWord: [UInt32] = "від".unicodeScalars.map(\.value)
    private static let yearWords = scalars(["року", "рік", "р"])

    private static func scalars(_ words: [String]) -> Set<[UInt32]> { Set(words.map { $0.unicodeScalars.map(\.value) }) }
    private static let separators = scalars(["-", "–", "—", "по", "до"])
    private static let leadingWords = scalars(["з", "із", "від", "у", "в", "між", "на"])
    private static let conjunctions = scalars(["і", "й", "та"])
    private static let on: [UInt32] = "на".unicodeScalars.map(\.value)
    private static let pluralYearWords = scalars(["роки", "років", "роках", "рр", "pp"])
    private static let year: [UInt32] = [0x440]  // р
    private static let point: [UInt32] = [0x2E]
    private static let comma: [UInt32] = [0x2C]
    /// Every form of the twelve month names, lower case.
    private static let months: Set<[UInt32]> = {
        var forms: [String] = []
        for stem in ["січ", "берез", "квіт", "трав", "черв", "лип", "серп", "верес", "жовт", "груд"] {
            for ending in ["ень", "ня", "ні", "нем", "ню"] { forms.append(stem + ending) }
        }
        forms += ["лютий", "лютого", "лютому", "лютим", "листопад", "листопада", "листопаді", "листопадом", "листопаду"]
        return scalars(forms)
    }()

    /// How many pieces at the end of `words` are a plural year word: `роки`, `рр .`, `р . р .`.
    private static func pluralYearWordCount(_ words: [[UInt32]]) -> Int {
        let n = words.count
        if n >= 4, words[n - 4] == year, words[n - 3] == point, words[n - 2] == year, words[n - 1] == point { return 4 }
        if n >= 3, words[n - 3] == year, words[n - 2] == point, words[n - 1] == year { return 3 }
        if n >= 2, pluralYearWords.contains(words[n - 2]), words[n - 1] == point { return 2 }
        if n >= 1, pluralYearWords.contains(words[n - 1]) { return 1 }
        return 0
    }

    private static func isMonth(_ word: [UInt32]) -> Bool { months.contains(word) }

    /// A year (four digits), a numeric date (`12.02.2018`) or a month name.
    private static func namesDate(_ word: [UInt32]) -> Bool {
        if isMonth(word) { return true }
        if word.count == 4, word.allSatisfy(ScalarText.isDigit) { return true }
        return isNumericDate(word)
    }

    /// Whether `word` is written as a numeric date, `dd.mm.yyyy` (`12.02.2018`).
    static func isNumericDate(_ word: [UInt32]) -> Bool {
        guard word.count == 10, word[2] == 0x2E, word[5] == 0x2E else { return false }
        return word.enumerated().allSatisfy { $0.offset == 2 || $0.offset == 5 || ScalarText.isDigit($0.element) }
    }

    /// A day of the month written as one or two digits.
    private static func isDayNumber(_ word: [UInt32]) -> Bool {
        (1...2).contains(word.count) && word.allSatisfy(ScalarText.isDigit)
    }
}
