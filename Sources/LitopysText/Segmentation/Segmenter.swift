/// Splits a cleaned ``Document`` into tokens and sentences.
///
/// Requires: ``Document/scalars``. Sets: ``Document/tokenStarts``, ``Document/tokenEnds``,
/// ``Document/tokenKinds`` and ``Document/sentenceBounds``.
///
/// A sentence ends at a line break (unless it falls inside a short `«…»` quote), and at
/// final punctuation (`.`, `!`, `?`, `…`, with the closing quotes and brackets after it) when
/// what follows opens a sentence: a capital letter, a digit, an opening quote, or a dash
/// before a capital. Abbreviations
/// (``Abbreviations``) and initials (`В. Зеленський`) do not end sentences, nor does direct
/// speech followed by its attribution (`«Прийдемо!» – сказав він.`).
///
/// ```swift
/// var document = Document(text: "Засідання почалося о 14:00. Його відкрив генсек.")
/// Segmenter().segment(&document)
/// document.sentenceCount  // 2
/// ```
///
/// - Complexity: O(n) in the length of the text.
public struct Segmenter: Sendable {
    /// The tokenizer. The default is ``Tokenizer/init()``.
    public var tokenizer = Tokenizer()
    /// Abbreviations that do not end sentences. The default is ``Abbreviations/ukrainian``.
    public var abbreviations = Abbreviations.ukrainian

    /// Makes a segmenter with the default settings.
    public init() {}

    /// Tokenizes `document` and splits it into sentences.
    public func segment(_ document: inout Document) {
        var starts = ContiguousArray<Int32>()
        var ends = ContiguousArray<Int32>()
        var kinds = ContiguousArray<TokenKind>()
        let expected = document.scalars.count / 5 + 16
        starts.reserveCapacity(expected)
        ends.reserveCapacity(expected)
        kinds.reserveCapacity(expected)
        var bounds = ContiguousArray<Int32>()
        document.scalars.withUnsafeBufferPointer { text in
            tokenizer.tokenize(text, starts: &starts, ends: &ends, kinds: &kinds)
            bounds = sentenceBounds(text, starts: starts, ends: ends, kinds: kinds)
        }
        document.setSegmentation(starts: starts, ends: ends, kinds: kinds, sentenceBounds: bounds)
    }

    /// The first token of each sentence, then the token count.
    func sentenceBounds(
        _ text: UnsafeBufferPointer<Unicode.Scalar>,
        starts: ContiguousArray<Int32>, ends: ContiguousArray<Int32>, kinds: ContiguousArray<TokenKind>
    ) -> ContiguousArray<Int32> {
        let count = starts.count
        var bounds: ContiguousArray<Int32> = [0]
        guard count > 0 else { return bounds }
        var t = 0
        while t < count - 1 {
            let next = t + 1
            if hasLineBreak(text, from: Int(ends[t]), to: Int(starts[next])) {
                if !isInsideShortQuote(text, before: t, starts: starts, ends: ends) { bounds.append(Int32(next)) }
            } else if kinds[t] == .punctuation && text[Int(starts[t])].isSentenceFinal {
                // Closing quotes and brackets right after the point stay with the sentence.
                var last = t
                while last + 1 < count && ends[last] == starts[last + 1] && text[Int(starts[last + 1])].isClosing
                    && kinds[last + 1] == .punctuation && !isOpeningQuote(text, at: last + 1, starts: starts, ends: ends)
                {
                    last += 1
                }
                if last + 1 < count && endsSentence(text, final: t, after: last, starts: starts, ends: ends, kinds: kinds) {
                    bounds.append(Int32(last + 1))
                }
                t = last
            }
            t += 1
        }
        bounds.append(Int32(count))
        return bounds
    }

    /// Whether a straight `"` at token `index` opens a quote (space before, none after).
    private func isOpeningQuote(
        _ text: UnsafeBufferPointer<Unicode.Scalar>, at index: Int, starts: ContiguousArray<Int32>, ends: ContiguousArray<Int32>
    ) -> Bool {
        let position = Int(starts[index])
        guard text[position].value == 0x22 else { return false }
        return position + 1 < text.count && !text[position + 1].isSpace && (position == 0 || text[position - 1].isSpace)
    }

    /// Whether the line break after token `last` falls inside a short `«…»` quote: a `«`
    /// among the last few tokens of the line that is closed among the first few of the next
    /// (`«Наші гроші.` / `Львів»`). A quoted name is never two sentences.
    private func isInsideShortQuote(
        _ text: UnsafeBufferPointer<Unicode.Scalar>, before last: Int, starts: ContiguousArray<Int32>, ends: ContiguousArray<Int32>
    ) -> Bool {
        let reach = 6
        var t = last
        var opened = false
        while t >= 0 && last - t < reach {
            let c = text[Int(starts[t])].value
            if c == 0xBB { return false }
            if c == 0xAB {
                opened = true
                break
            }
            if t > 0 && hasLineBreak(text, from: Int(ends[t - 1]), to: Int(starts[t])) { break }
            t -= 1
        }
        guard opened else { return false }
        t = last + 1
        while t < starts.count && t - last <= reach {
            let c = text[Int(starts[t])].value
            if c == 0xBB { return true }
            if c == 0xAB { return false }
            if t + 1 < starts.count && hasLineBreak(text, from: Int(ends[t]), to: Int(starts[t + 1])) { return false }
            t += 1
        }
        return false
    }

    private func hasLineBreak(_ text: UnsafeBufferPointer<Unicode.Scalar>, from: Int, to: Int) -> Bool {
        var i = from
        while i < to {
            if text[i].value == 0x0A { return true }
            i += 1
        }
        return false
    }

    /// Whether the final punctuation at token `final` (with closers up to `after`) ends the
    /// sentence, judged by the token after it and the word before it.
    private func endsSentence(
        _ text: UnsafeBufferPointer<Unicode.Scalar>, final: Int, after last: Int,
        starts: ContiguousArray<Int32>, ends: ContiguousArray<Int32>, kinds: ContiguousArray<TokenKind>
    ) -> Bool {
        let next = last + 1
        let first = text[Int(starts[next])]
        let opensSentence: Bool
        if first.isUppercaseLetter || first.isDigit || first.isOpening || kinds[next] == .emoji {
            opensSentence = true
        } else if first.isDash && next + 1 < starts.count {
            let afterDash = text[Int(starts[next + 1])]
            opensSentence = afterDash.isUppercaseLetter || afterDash.isOpening
        } else {
            opensSentence = first.isLetterLike && !first.isLowercaseLetter && !first.isUppercaseLetter
        }
        guard opensSentence else { return false }
        // Only a single point can be an abbreviation point.
        let pointStart = Int(starts[final])
        // Initials in pre-tokenised text, with a space before the point (`Д . Лебедем`).
        if ends[final] - starts[final] == 1 && text[pointStart].value == 0x2E, final > 0, kinds[final - 1] == .word,
            ends[final - 1] - starts[final - 1] == 1, text[Int(starts[final - 1])].isUppercaseLetter,
            first.isUppercaseLetter, starts[final] - ends[final - 1] == 1
        {
            return false
        }
        guard ends[final] - starts[final] == 1 && text[pointStart].value == 0x2E, final > 0,
            ends[final - 1] == starts[final], kinds[final - 1] == .word
        else { return true }
        let wordStart = Int(starts[final - 1])
        let wordEnd = Int(ends[final - 1])
        let word = text[wordStart..<wordEnd]
        // Initials: a lone capital letter before the point, and a capital word after it.
        if word.count == 1 && word[wordStart].isUppercaseLetter && first.isUppercaseLetter {
            return false
        }
        guard word.count <= 6 else { return true }
        let lowered = String(String.UnicodeScalarView(word)).lowercased()
        if abbreviations.prefixes.contains(lowered) {
            return false
        }
        if abbreviations.units.contains(lowered) {
            return first.isUppercaseLetter || first.isOpening
        }
        return true
    }
}
