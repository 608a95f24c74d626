/// Splits cleaned text into tokens: words, numbers, punctuation, URLs, e-mails, handles,
/// hashtags and emoji, as code-point offsets.
///
/// Conventions follow Ukrainian treebank practice: inner apostrophes and hyphens stay in the
/// word (`м'ясо`, `будь-якої`, `2017-го`), an abbreviation point is its own token (`р` `.`),
/// runs of final punctuation are one token (`...`, `?!`).
///
/// - Complexity: O(n) in the number of code points, with no allocation per token.
public struct Tokenizer: Sendable {
    /// Makes a tokenizer.
    public init() {}

    /// Token boundaries and kinds, appended to the given arrays.
    func tokenize(
        _ text: UnsafeBufferPointer<Unicode.Scalar>,
        starts: inout ContiguousArray<Int32>, ends: inout ContiguousArray<Int32>, kinds: inout ContiguousArray<TokenKind>
    ) {
        let n = text.count
        var i = 0
        @inline(__always) func emit(_ start: Int, _ end: Int, _ kind: TokenKind) {
            starts.append(Int32(start))
            ends.append(Int32(end))
            kinds.append(kind)
        }
        while i < n {
            let c = text[i]
            if c.isSpace || c.value < 0x20 {
                i += 1
                continue
            }
            let start = i
            if c.isLetterLike {
                i = Self.wordEnd(text, from: i)
                // Only a word followed by `:` (a scheme) or `.` (a domain) can start a URL.
                if i + 1 < n && (text[i].value == 0x3A || text[i].value == 0x2E) && text[i + 1].value < 0x80,
                    let end = Self.urlEnd(text, from: start)
                {
                    emit(start, end, .url)
                    i = end
                    continue
                }
                if i < n && text[i].value == 0x40, let end = Self.emailEnd(text, at: i) {  // name@host
                    emit(start, end, .email)
                    i = end
                    continue
                }
                emit(start, i, .word)
            } else if c.isDigit {
                i = Self.numberEnd(text, from: i)
                emit(start, i, .number)
            } else if (c.value == 0x40 || c.value == 0x23) && i + 1 < n && (text[i + 1].isLetterLike || text[i + 1].isDigit || text[i + 1].value == 0x5F) {
                var j = i + 1
                while j < n && (text[j].isLetterLike || text[j].isDigit || text[j].value == 0x5F) { j += 1 }
                emit(start, j, c.value == 0x40 ? .handle : .hashtag)
                i = j
            } else if c.isSentenceFinal {
                var j = i + 1
                while j < n && text[j].isSentenceFinal { j += 1 }
                emit(start, j, .punctuation)
                i = j
            } else if c.value >= 0x1F1E6 && c.value <= 0x1F1FF {
                // A flag is a pair of regional indicators.
                let end = i + 1 < n && text[i + 1].value >= 0x1F1E6 && text[i + 1].value <= 0x1F1FF ? i + 2 : i + 1
                emit(start, end, .emoji)
                i = end
            } else if c.isEmojiLike {
                var j = i + 1
                while j < n && (text[j].isEmojiModifier || (text[j - 1].value == 0x200D && text[j].isEmojiLike)) { j += 1 }
                emit(start, j, .emoji)
                i = j
            } else if c.value == 0x3A || c.value == 0x3B, i + 1 < n, text[i + 1].value == 0x29 || text[i + 1].value == 0x28 {
                emit(start, i + 2, .emoji)  // :) ;( emoticons
                i += 2
            } else {
                emit(start, i + 1, Self.isPunctuation(c) ? .punctuation : .symbol)
                i += 1
            }
        }
    }

    /// The end of a word starting at `i`: letters and digits, joined by inner apostrophes,
    /// hyphens and stress marks.
    @inline(__always)
    static func wordEnd(_ text: UnsafeBufferPointer<Unicode.Scalar>, from start: Int) -> Int {
        let n = text.count
        var i = start + 1
        while i < n {
            let c = text[i]
            if c.isLetterLike || c.isDigit { i += 1; continue }
            if i + 1 < n, text[i - 1].isLetterLike || text[i - 1].isDigit {
                let next = text[i + 1]
                if isWordApostrophe(c) && next.isLetterLike && text[i - 1].isLetterLike { i += 2; continue }
                if (c.value == 0x2D || c.value == 0x2010 || c.value == 0x2011) && (next.isLetterLike || next.isDigit) { i += 2; continue }
            }
            break
        }
        return i
    }

    /// Whether a scalar is punctuation (quotes, brackets, dashes, commas) rather than a symbol.
    static func isPunctuation(_ c: Unicode.Scalar) -> Bool {
        switch c.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
            .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return true
        default:
            return false
        }
    }

    /// Apostrophes that may stand inside a Ukrainian word, before or after normalisation.
    @inline(__always)
    static func isWordApostrophe(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return v == 0x27 || v == 0x2019 || v == 0x2BC || v == 0x60 || v == 0xB4 || v == 0x2018
    }

    /// The end of a number starting at `i`: digits with inner `.`, `,`, `:` separators
    /// (`7,08`, `12.01.2022`, `14:00`), thousands groups after a space (`1 000`), and a
    /// hyphenated ending (`2017-го`, `14-річні`).
    @inline(__always)
    static func numberEnd(_ text: UnsafeBufferPointer<Unicode.Scalar>, from start: Int) -> Int {
        let n = text.count
        var i = start
        var groupLength = 0
        while i < n && text[i].isDigit { i += 1; groupLength += 1 }
        while i + 1 < n {
            let c = text[i].value
            if (c == 0x2E || c == 0x2C || c == 0x3A) && text[i + 1].isDigit {
                i += 1
                while i < n && text[i].isDigit { i += 1 }
                groupLength = 4  // no thousands grouping after a decimal part
                continue
            }
            if c == 0x20 && groupLength <= 3 && i + 3 < n + 0 && text[i + 1].isDigit && i + 3 < n
                && text[i + 2].isDigit && text[i + 3].isDigit && (i + 4 == n || !text[i + 4].isDigit)
            {
                i += 4
                groupLength = 3
                continue
            }
            if (c == 0x2D || c == 0x2010 || c == 0x2011) && text[i + 1].isLetterLike {
                return wordEnd(text, from: i + 1)
            }
            break
        }
        if i < n && text[i].isLetterLike && text[i].isCyrillic == false && (i + 1 == n || !text[i + 1].isLetterLike) {
            return i + 1  // 5G, 3D
        }
        return i
    }

    /// The end of a URL starting at `i` (`http://`, `https://`, `www.`, or `name.tld/…`).
    static func urlEnd(_ text: UnsafeBufferPointer<Unicode.Scalar>, from start: Int) -> Int? {
        let n = text.count
        func matches(_ prefix: String, at i: Int) -> Bool {
            var j = i
            for p in prefix.unicodeScalars {
                guard j < n, text[j].value | (text[j].value < 0x80 ? 0x20 : 0) == p.value else { return false }
                j += 1
            }
            return true
        }
        var hasScheme = matches("http://", at: start) || matches("https://", at: start) || matches("www.", at: start)
        if !hasScheme {
            // A bare domain: latin or cyrillic label(s), a dot, a known-looking latin TLD.
            var j = start
            while j < n && (text[j].isLetterLike || text[j].isDigit || text[j].value == 0x2D) { j += 1 }
            guard j + 2 < n, text[j].value == 0x2E else { return nil }
            var k = j + 1
            while k < n && text[k].value < 0x80 && text[k].isLetterLike { k += 1 }
            let tldLength = k - j - 1
            guard tldLength >= 2 && tldLength <= 4, k == n || !text[k].isLetterLike else { return nil }
            let tld = String(String.UnicodeScalarView(text[(j + 1)..<k])).lowercased()
            guard ["com", "ua", "org", "net", "info", "io", "gov", "eu", "ru", "tv", "news", "media"].contains(tld) else { return nil }
            hasScheme = true
        }
        var j = start
        while j < n && !text[j].isSpace && text[j].value != 0xAB && text[j].value != 0xBB && text[j].value != 0x22 { j += 1 }
        while j > start && (text[j - 1].isSentenceFinal || text[j - 1].value == 0x2C || text[j - 1].value == 0x29 || text[j - 1].value == 0x3B || text[j - 1].value == 0x3A) { j -= 1 }
        return j > start ? j : nil
    }

    /// The end of an e-mail address whose `@` is at `at`, or nil when it is not one.
    static func emailEnd(_ text: UnsafeBufferPointer<Unicode.Scalar>, at: Int) -> Int? {
        let n = text.count
        var j = at + 1
        var dots = 0
        while j < n && (text[j].isLetterLike || text[j].isDigit || text[j].value == 0x2D || (text[j].value == 0x2E && j + 1 < n && text[j + 1].isLetterLike)) {
            if text[j].value == 0x2E { dots += 1 }
            j += 1
        }
        return dots > 0 && j > at + 3 ? j : nil
    }
}
