import Foundation

/// Character-level normalisation of scraped Ukrainian text, as small named rules.
///
/// Each rule fixes one common defect of web text and can be switched off in ``rules``:
/// - ``Rule/lineBreaks``: `\r\n`, `\r`, U+2028/2029 become `\n`.
/// - ``Rule/invisibles``: soft hyphens, zero-width spaces and joiners (outside emoji), BOM,
///   direction marks and other control characters are dropped.
/// - ``Rule/spaces``: NBSP, thin and other fixed-width spaces and tabs become a space.
/// - ``Rule/composition``: decomposed letters are composed (NFC): `и` + U+0306 → `й`,
///   `і` + U+0308 → `ї`.
/// - ``Rule/apostrophes``: `ʼ ’ ‘ ` ´ ′` between letters become `'`.
/// - ``Rule/dashes``: a free-standing hyphen, figure dash, em dash, bar or minus becomes `–`;
///   U+2010/2011 hyphens inside words become `-`.
/// - ``Rule/quotes``: `„ “ ” ‟` and straight `"` become `«` and `»` by position.
/// - ``Rule/homoglyphs``: Latin letters that look Cyrillic (`a c e i o p x y`, `A B C E H I K M O P T X`)
///   inside a Cyrillic word become Cyrillic.
///
/// ```swift
/// TextNormalizer().normalize("Мʼясо\u{00A0}— це „їжа“")  // "М'ясо – це «їжа»"
/// ```
///
/// - Complexity: O(n), one pass plus one pass over words that mix scripts.
public struct TextNormalizer: Sendable {
    /// One normalisation rule.
    public enum Rule: String, Sendable, CaseIterable {
        case lineBreaks, invisibles, spaces, composition, apostrophes, dashes, quotes, homoglyphs
    }

    /// The rules to apply. The default is all of them.
    public var rules: Set<Rule> = Set(Rule.allCases)

    /// Makes a normaliser with every rule on.
    public init() {}

    /// Makes a normaliser with only `rules` on.
    public init(rules: Set<Rule>) {
        self.rules = rules
    }

    /// The normalised text.
    public func normalize(_ text: String) -> String {
        String(scalars: normalizeScalars(text))
    }

    /// The normalised code points of `text`.
    public func normalizeScalars(_ text: String) -> ContiguousArray<Unicode.Scalar> {
        normalizeScalars(Self.decode(text))
    }

    /// The code points of `text`, decoded from its UTF-8 in one tight loop.
    static func decode(_ text: String) -> ContiguousArray<Unicode.Scalar> {
        var text = text
        return text.withUTF8 { bytes in
            var out = ContiguousArray<Unicode.Scalar>()
            out.reserveCapacity(bytes.count)
            let n = bytes.count
            var i = 0
            while i < n {
                let b0 = UInt32(bytes[i])
                var v: UInt32
                // The bytes of a Swift string are valid UTF-8, so lengths can be trusted.
                if b0 < 0x80 {
                    v = b0
                    i += 1
                } else if b0 < 0xE0 {
                    v = (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                    i += 2
                } else if b0 < 0xF0 {
                    v = (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                    i += 3
                } else {
                    v = (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                        | UInt32(bytes[i + 3] & 0x3F)
                    i += 4
                }
                out.append(Unicode.Scalar(v) ?? "\u{FFFD}")
            }
            return out
        }
    }

    /// The normalised form of code points `input`.
    public func normalizeScalars(_ input: ContiguousArray<Unicode.Scalar>) -> ContiguousArray<Unicode.Scalar> {
        var out = ContiguousArray<Unicode.Scalar>()
        out.reserveCapacity(input.count + 16)
        let lineBreaks = rules.contains(.lineBreaks)
        let invisibles = rules.contains(.invisibles)
        let spaces = rules.contains(.spaces)
        let composition = rules.contains(.composition)
        var needsFullNFC = false
        var hasLatinInWord = false
        var previous: Unicode.Scalar = " "
        let n = input.count
        var index = 0
        while index < n {
            let c = input[index]
            index += 1
            let v = c.value
            if v < 0x80 && v >= 0x20 && v != 0x7F {
                if (v | 0x20) &- 0x61 < 26 && previous.isCyrillic { hasLatinInWord = true }
                out.append(c)
                previous = c
                continue
            }
            if v >= 0x0400 && v <= 0x04FF {
                out.append(c)
                previous = c
                continue
            }
            if lineBreaks && (v == 0x0D || v == 0x2028 || v == 0x2029 || v == 0x85) {
                if v == 0x0D && index < n && input[index].value == 0x0A { index += 1 }
                out.append("\n")
                previous = "\n"
                continue
            }
            if v == 0x0A { out.append(c); previous = c; continue }
            if spaces && (v == 0x09 || v == 0xA0 || v == 0x2007 || v == 0x202F || (v >= 0x2000 && v <= 0x200A) || v == 0x205F || v == 0x3000 || v == 0x1680) {
                out.append(" ")
                previous = " "
                continue
            }
            if invisibles {
                if v < 0x20 || v == 0x7F || v == 0xAD || v == 0x200B || v == 0x200C || v == 0x200E || v == 0x200F
                    || v == 0x2060 || v == 0xFEFF || (v >= 0x202A && v <= 0x202E) || (v >= 0x2066 && v <= 0x2069)
                {
                    continue
                }
                if v == 0x200D && !(previous.isEmojiLike || previous.isEmojiModifier) { continue }
            }
            if v >= 0x0300 && v <= 0x036F {
                if composition, let composed = Self.compose(previous, c) {
                    out[out.count - 1] = composed
                    previous = composed
                    continue
                }
                if v != 0x0301 { needsFullNFC = true }  // stress marks stay as they are
            }
            if v >= 0xC0 && v <= 0x24F && previous.isCyrillic { hasLatinInWord = true }
            out.append(c)
            previous = c
        }
        if composition && needsFullNFC {
            out = ContiguousArray(String(scalars: out).precomposedStringWithCanonicalMapping.unicodeScalars)
        }
        if rules.contains(.apostrophes) || rules.contains(.dashes) || rules.contains(.quotes) {
            applyContextRules(&out)
        }
        if rules.contains(.homoglyphs) && (hasLatinInWord || Self.mayHaveLatinPrefix(out)) {
            Self.replaceHomoglyphs(&out)
        }
        return out
    }

    /// `и` + breve → `й` and the like: the compositions that matter in Ukrainian text.
    static func compose(_ base: Unicode.Scalar, _ mark: Unicode.Scalar) -> Unicode.Scalar? {
        switch (base.value, mark.value) {
        case (0x0438, 0x0306): return "й"
        case (0x0418, 0x0306): return "Й"
        case (0x0456, 0x0308): return "ї"
        case (0x0406, 0x0308): return "Ї"
        case (0x0443, 0x0306): return "ў"
        case (0x0435, 0x0308): return "ё"
        case (0x0415, 0x0308): return "Ё"
        default: return nil
        }
    }

    /// Apostrophes, dashes and quotes, which depend on the characters around them.
    private func applyContextRules(_ text: inout ContiguousArray<Unicode.Scalar>) {
        let apostrophes = rules.contains(.apostrophes)
        let dashes = rules.contains(.dashes)
        let quotes = rules.contains(.quotes)
        let n = text.count
        var quoteDepth = 0
        for i in 0..<n {
            let c = text[i]
            let v = c.value
            let before: Unicode.Scalar = i > 0 ? text[i - 1] : "\n"
            let after: Unicode.Scalar = i + 1 < n ? text[i + 1] : "\n"
            switch v {
            case 0x2BC, 0x2019, 0x2018, 0x60, 0xB4, 0x2032, 0xFF07:
                if apostrophes && before.isLetterLike && after.isLetterLike { text[i] = "'" }
            case 0x2010, 0x2011:
                if dashes { text[i] = "-" }
            case 0x2D, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212:
                guard dashes else { break }
                let freeBefore = before.isSpace || before.value == 0x0A || i == 0
                let freeAfter = after.isSpace || after.value == 0x0A
                if freeBefore && freeAfter || (v != 0x2D && v != 0x2212 && !(before.isDigit && after.isDigit)) {
                    text[i] = "–"
                } else if v == 0x2212 && after.isDigit {
                    text[i] = "-"
                }
            case 0x201E:
                if quotes { text[i] = "«"; quoteDepth += 1 }
            case 0xAB:
                quoteDepth += 1
            case 0xBB:
                quoteDepth = max(0, quoteDepth - 1)
            case 0x201C, 0x201D, 0x201F, 0x22:
                guard quotes else { break }
                let opens = (before.isSpace || before.value == 0x0A || before.isOpening || before.isDash || i == 0)
                    && !(after.isSpace || after.value == 0x0A)
                let closes = !(before.isSpace || before.value == 0x0A || i == 0)
                if opens && (v != 0x201D) {
                    text[i] = "«"
                    quoteDepth += 1
                } else if closes || quoteDepth > 0 {
                    text[i] = "»"
                    quoteDepth = max(0, quoteDepth - 1)
                }
            default:
                break
            }
        }
    }

    /// Whether a text starts with a Latin letter followed by Cyrillic (`Bолодимир`), which the
    /// first pass does not flag.
    private static func mayHaveLatinPrefix(_ text: ContiguousArray<Unicode.Scalar>) -> Bool {
        for i in 0..<max(0, text.count - 1) where text[i].value < 0x80 && (text[i].value | 0x20) &- 0x61 < 26 && text[i + 1].isCyrillic {
            return true
        }
        return false
    }

    /// Latin letters with a Cyrillic twin, mapped to that twin.
    static let cyrillicTwin: [UInt32: Unicode.Scalar] = [
        0x61: "а", 0x63: "с", 0x65: "е", 0x69: "і", 0x6F: "о", 0x70: "р", 0x78: "х", 0x79: "у",
        0x41: "А", 0x42: "В", 0x43: "С", 0x45: "Е", 0x48: "Н", 0x49: "І", 0x4B: "К", 0x4D: "М",
        0x4F: "О", 0x50: "Р", 0x54: "Т", 0x58: "Х", 0xCF: "Ї", 0xEF: "ї",
    ]

    /// In each word with Cyrillic letters whose Latin letters all have Cyrillic twins, swaps them.
    static func replaceHomoglyphs(_ text: inout ContiguousArray<Unicode.Scalar>) {
        let n = text.count
        var i = 0
        while i < n {
            guard text[i].isLetterLike else { i += 1; continue }
            let start = i
            var cyrillic = 0
            var latin = 0
            var twins = 0
            while i < n && (text[i].isLetterLike || (text[i].value == 0x27 && i + 1 < n && text[i + 1].isLetterLike)) {
                if text[i].isCyrillic { cyrillic += 1 } else if text[i].value < 0x250 && text[i].value != 0x27 {
                    latin += 1
                    if cyrillicTwin[text[i].value] != nil { twins += 1 }
                }
                i += 1
            }
            if cyrillic > 0 && latin > 0 && twins == latin {
                for j in start..<i {
                    if let twin = cyrillicTwin[text[j].value] { text[j] = twin }
                }
            }
        }
    }
}
