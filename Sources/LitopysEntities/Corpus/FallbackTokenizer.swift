/// A small tokenizer and sentence splitter for training text, used when no segmented
/// ``LitopysText/Document`` is at hand.
///
/// Words are runs of letters and digits with inner apostrophes, hyphens and (between
/// digits) `.`/`,`; every other non-space character is its own token. Sentences end at a
/// line break, or after `.`, `!`, `?`, `…` when the next token starts with a capital or a
/// quotation mark.
enum FallbackTokenizer {
    /// Tokens and sentences of `text`.
    static func tokenize(_ text: String) -> TaggingInput {
        let v = ContiguousArray(text.unicodeScalars.map(\.value))
        var starts = ContiguousArray<Int32>()
        var ends = ContiguousArray<Int32>()
        var bounds = ContiguousArray<Int32>([0])
        func isWordChar(_ x: UInt32) -> Bool { ScalarText.isLetter(x) || ScalarText.isDigit(x) }
        var i = 0
        var pendingBreak = false
        while i < v.count {
            let c = v[i]
            if c == 0x0A || c == 0x0D {
                pendingBreak = true
                i += 1
                continue
            }
            if c == 0x20 || c == 0x09 || c == 0xA0 || c == 0x200B || c == 0xFEFF {
                i += 1
                continue
            }
            var j = i + 1
            if isWordChar(c) {
                while j < v.count {
                    if isWordChar(v[j]) { j += 1; continue }
                    let x = v[j]
                    let apostrophe = x == 0x27 || x == 0x2019 || x == 0x02BC
                    let hyphen = x == 0x2D
                    let separator = (x == 0x2E || x == 0x2C) && ScalarText.isDigit(v[j - 1])
                    if j + 1 < v.count && isWordChar(v[j + 1]) && (apostrophe || hyphen) { j += 2; continue }
                    if separator && j + 1 < v.count && ScalarText.isDigit(v[j + 1]) { j += 2; continue }
                    break
                }
            }
            let startsSentence: Bool
            if pendingBreak {
                startsSentence = true
            } else if let last = ends.last {
                let p = v[Int(last) - 1]
                let endMark = p == 0x2E || p == 0x21 || p == 0x3F || p == 0x2026
                let opener = ScalarText.isUpper(c) || c == 0xAB || c == 0x22 || c == 0x201E || c == 0x2014 || c == 0x2013
                startsSentence = endMark && ends.count - 1 >= 0 && opener && Int(last) - Int(starts[starts.count - 1]) == 1
            } else {
                startsSentence = false
            }
            if startsSentence && starts.count > Int(bounds[bounds.count - 1]) { bounds.append(Int32(starts.count)) }
            pendingBreak = false
            starts.append(Int32(i))
            ends.append(Int32(j))
            i = j
        }
        bounds.append(Int32(starts.count))
        if bounds.count >= 2 && bounds[bounds.count - 1] == bounds[bounds.count - 2] && bounds.count > 2 {
            bounds.removeLast()
        }
        return TaggingInput(scalars: v, starts: starts, ends: ends, sentenceBounds: bounds)
    }
}
