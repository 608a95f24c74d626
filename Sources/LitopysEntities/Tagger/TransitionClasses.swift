/// A coarse class of every token that the label transitions into it depend on.
///
/// Plain transitions score label pairs alone, so `I-ORG → I-ORG` costs the same before a
/// comma, a genitive noun or a verb. With one transition matrix per class of the token
/// entered, the tagger learns where names go on (`Міністерства регіонального розвитку` +
/// `, будівництва`) and where they stop. Classes: punctuation by kind, numbers, capitalised
/// and all-capital words, and lower-case words by part of speech and whether they can be
/// genitive (from the morphology stage; without it, one class). (Nine prepositions and
/// conjunctions with classes of their own were tried: ten-fold F1 0.8131 against 0.8136.)
enum TransitionClasses {
    /// The number of classes.
    static let count = 24

    /// The class of each token of `input`. Shape: `[tokenCount]`.
    static func classes(of input: TaggingInput) -> ContiguousArray<UInt8> {
        var result = ContiguousArray<UInt8>(repeating: 0, count: input.tokenCount)
        let morphology = input.morphology.count == input.tokenCount ? input.morphology : nil
        input.scalars.withUnsafeBufferPointer { text in
            for t in 0..<input.tokenCount {
                let start = Int(input.starts[t])
                let end = Int(input.ends[t])
                let v = text[start]
                if ScalarText.isDigit(v) {
                    result[t] = 9
                } else if ScalarText.isLetter(v) {
                    if ScalarText.isUpper(v) {
                        var allCapitals = end - start >= 2
                        for i in (start + 1)..<end where ScalarText.isLetter(text[i]) && !ScalarText.isUpper(text[i]) {
                            allCapitals = false
                            break
                        }
                        result[t] = allCapitals ? 11 : 10
                    } else {
                        result[t] = 12 + (morphology.map { min($0[t].transitionGroup, 11) } ?? 10)
                    }
                } else {
                    result[t] = punctuationClass(v)
                }
            }
        }
        return result
    }

    /// Classes 1–8: comma, opening quote, closing quote, dash, full stop, opening bracket,
    /// closing bracket, other.
    private static func punctuationClass(_ v: UInt32) -> UInt8 {
        switch v {
        case 0x2C: return 1
        case 0xAB, 0x201C, 0x201E: return 2
        case 0xBB, 0x201D: return 3
        case 0x2D, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015: return 4
        case 0x2E: return 5
        case 0x28, 0x5B: return 6
        case 0x29, 0x5D: return 7
        default: return 8
        }
    }
}
