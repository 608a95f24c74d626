/// A word prepared for lookup: lowercased, apostrophes unified to `'`, stress marks and other
/// combining accents removed, as UTF-8; plus the word's shape and capitalisation.
struct LookupKey: Sendable {
    /// What the characters of a word are.
    enum Shape: Sendable {
        /// Cyrillic letters, with apostrophes and hyphens.
        case cyrillic
        /// Latin letters (with digits, apostrophes, hyphens).
        case latin
        /// Digits with separators.
        case number
        /// Only punctuation.
        case punctuation
        /// Symbols, or symbols mixed with punctuation.
        case symbol
        /// Letters of several scripts, or letters with digits.
        case mixed
    }

    /// How the original word was capitalised.
    enum Casing: Sendable {
        /// All letters lowercase (or no letters).
        case lower
        /// First letter uppercase, some later letter lowercase (or a single capital).
        case title
        /// Two or more letters, all uppercase.
        case upper
        /// Anything else (`iPhone`, `МакДональдс`).
        case mixed
    }

    /// The normalised word, UTF-8.
    var bytes: [UInt8]
    var shape: Shape
    var casing: Casing

    init(_ word: String) {
        self.init(scalars: word.unicodeScalars, capacity: word.utf8.count)
    }

    /// Prepares the word made of `scalars`; `capacity` is a guess of its UTF-8 length.
    init<S: Sequence<Unicode.Scalar>>(scalars word: S, capacity: Int) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(capacity)
        self.init(scalars: word, reusing: &bytes)
    }

    /// Prepares the word made of `scalars`, building its bytes in `storage` (emptied first,
    /// its capacity kept), which it then holds: a caller that hands back the key's bytes
    /// for the next word allocates nothing once the storage is large enough.
    init<S: Sequence<Unicode.Scalar>>(scalars word: S, reusing storage: inout [UInt8]) {
        var bytes: [UInt8] = []
        swap(&bytes, &storage)
        bytes.removeAll(keepingCapacity: true)
        var cyrillic = 0
        var latin = 0
        var digits = 0
        var punctuation = 0
        var symbols = 0
        var letters = 0
        var uppers = 0
        var firstUpper = false
        for scalar in word {
            var s = scalar
            // Lowercase Ukrainian letters, the bulk of any text: no property lookups.
            if (0x0430...0x045F).contains(scalar.value) || scalar.value == 0x0491 {
                letters += 1
                cyrillic += 1
                LookupKey.appendUTF8(scalar, to: &bytes)
                continue
            }
            switch s.value {
            case 0x0300...0x036F: continue  // combining accents, including the stress mark U+0301
            case 0x02BC, 0x2019, 0x0060, 0x2018, 0x2032, 0x00B4: s = "'"
            case 0x2010, 0x2011: s = "-"
            default: break
            }
            let v = s.value
            var lower = s
            if v >= 0x0410 && v <= 0x042F {
                lower = Unicode.Scalar(v + 0x20) ?? s
            } else if v >= 0x0400 && v <= 0x040F {
                lower = Unicode.Scalar(v + 0x50) ?? s
            } else if v == 0x0490 {
                lower = "\u{0491}"
            } else if v >= 0x41 && v <= 0x5A {
                lower = Unicode.Scalar(v + 0x20) ?? s
            } else if v >= 0x80 && s.properties.isUppercase {
                lower = s.properties.lowercaseMapping.unicodeScalars.first ?? s
            }
            let isLetter: Bool
            if v < 0x80 {
                isLetter = (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
            } else {
                isLetter = v >= 0x0400 && v <= 0x04FF || s.properties.isAlphabetic
            }
            if isLetter {
                if letters == 0 { firstUpper = lower != s }
                letters += 1
                if lower != s { uppers += 1 }
                if v >= 0x0400 && v <= 0x052F { cyrillic += 1 } else if v < 0x0250 { latin += 1 } else { cyrillic += 1 }
            } else if v >= 0x30 && v <= 0x39 || (v >= 0x80 && s.properties.numericType != nil) {
                digits += 1
            } else if s == "'" || s == "-" {
                // Inner apostrophes and hyphens belong to words.
            } else if s.properties.generalCategory.isPunctuation {
                punctuation += 1
            } else {
                symbols += 1
            }
            LookupKey.appendUTF8(lower, to: &bytes)
        }
        self.bytes = bytes
        if letters == 0 {
            if digits > 0 {
                shape = .number
            } else if symbols > 0 {
                shape = .symbol
            } else {
                shape = .punctuation
            }
        } else if cyrillic > 0 && latin == 0 && digits == 0 {
            shape = .cyrillic
        } else if latin > 0 && cyrillic == 0 {
            shape = .latin
        } else {
            shape = .mixed
        }
        if uppers == 0 {
            casing = .lower
        } else if firstUpper && (uppers == 1) && (letters == 1 || uppers < letters) {
            casing = .title
        } else if uppers == letters && letters > 1 {
            casing = .upper
        } else {
            casing = .mixed
        }
    }
}

extension LookupKey {
    /// Appends the UTF-8 encoding of `scalar` without allocating.
    @inline(__always)
    static func appendUTF8(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        let v = scalar.value
        if v < 0x80 {
            bytes.append(UInt8(v))
        } else if v < 0x800 {
            bytes.append(UInt8(0xC0 | (v >> 6)))
            bytes.append(UInt8(0x80 | (v & 0x3F)))
        } else if v < 0x10000 {
            bytes.append(UInt8(0xE0 | (v >> 12)))
            bytes.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            bytes.append(UInt8(0x80 | (v & 0x3F)))
        } else {
            bytes.append(UInt8(0xF0 | (v >> 18)))
            bytes.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
            bytes.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            bytes.append(UInt8(0x80 | (v & 0x3F)))
        }
    }
}

extension Unicode.GeneralCategory {
    var isPunctuation: Bool {
        switch self {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
            .finalPunctuation, .otherPunctuation:
            return true
        default:
            return false
        }
    }
}
