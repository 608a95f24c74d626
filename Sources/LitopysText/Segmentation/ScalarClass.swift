/// Fast character classes for the hot loops of cleaning and segmentation.
///
/// ASCII, Latin-1 and Cyrillic are decided by ranges; everything else falls back to the
/// Unicode properties, which are correct but slower.
extension Unicode.Scalar {
    /// Whether the scalar is a letter (any script), or a combining mark that belongs to one.
    @inlinable var isLetterLike: Bool {
        let v = value
        if v < 0x80 { return (v | 0x20) &- 0x61 < 26 }
        if v >= 0x0400 && v <= 0x04FF { return v < 0x0482 || v > 0x0489 }
        if v >= 0x0300 && v <= 0x036F { return true }  // combining accents, stress marks
        if v >= 0xC0 && v <= 0x24F { return v != 0xD7 && v != 0xF7 }
        if v < 0xC0 { return v == 0xAA || v == 0xB5 || v == 0xBA }  // « » NBSP ° § and the like
        if v >= 0x2000 && v <= 0x2BFF { return false }  // dashes, quotes, currency, arrows, symbols
        return properties.isAlphabetic
    }

    /// Whether the scalar is an ASCII digit.
    @inlinable var isDigit: Bool { value &- 0x30 < 10 }

    /// Whether the scalar is a Cyrillic letter.
    @inlinable var isCyrillic: Bool { value >= 0x0400 && value <= 0x04FF && (value < 0x0482 || value > 0x0489) }

    /// Whether the scalar is an uppercase letter.
    @inlinable var isUppercaseLetter: Bool {
        let v = value
        if v < 0x80 { return v &- 0x41 < 26 }
        if v >= 0x0400 && v <= 0x042F { return true }
        if v >= 0x0430 && v <= 0x045F { return false }
        if v >= 0x0460 && v <= 0x04FF { return v & 1 == 0 }
        if v < 0xC0 || (v >= 0x2000 && v <= 0x2BFF) { return false }
        return properties.isUppercase
    }

    /// Whether the scalar is a lowercase letter.
    @inlinable var isLowercaseLetter: Bool {
        let v = value
        if v < 0x80 { return v &- 0x61 < 26 }
        if v >= 0x0430 && v <= 0x045F { return true }
        if v >= 0x0400 && v <= 0x042F { return false }
        if v >= 0x0460 && v <= 0x04FF { return v & 1 == 1 }
        if v < 0xC0 { return v == 0xAA || v == 0xB5 || v == 0xBA }
        if v >= 0x2000 && v <= 0x2BFF { return false }
        return properties.isLowercase
    }

    /// Whether the scalar is horizontal or vertical white space.
    @inlinable var isSpace: Bool {
        let v = value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        return v == 0xA0 || v == 0x1680 || (v >= 0x2000 && v <= 0x200A) || v == 0x2028 || v == 0x2029
            || v == 0x202F || v == 0x205F || v == 0x3000 || v == 0x85
    }

    /// Whether the scalar is a dash or hyphen of any kind.
    @inlinable var isDash: Bool {
        let v = value
        return v == 0x2D || (v >= 0x2010 && v <= 0x2015) || v == 0x2212
    }

    /// Whether the scalar is an apostrophe as used inside Ukrainian words (after normalisation).
    @inlinable var isApostrophe: Bool { value == 0x27 }

    /// Whether the scalar starts or is part of an emoji.
    @inlinable var isEmojiLike: Bool {
        let v = value
        if v < 0x2100 { return false }
        if v >= 0x1F000 && v <= 0x1FAFF { return true }
        if v >= 0x2600 && v <= 0x27BF { return true }
        return properties.isEmojiPresentation
    }

    /// Whether the scalar only modifies or joins emoji (ZWJ, variation selectors, skin tones).
    @inlinable var isEmojiModifier: Bool {
        let v = value
        return v == 0x200D || v == 0xFE0F || v == 0xFE0E || (v >= 0x1F3FB && v <= 0x1F3FF) || v == 0x20E3
            || (v >= 0xE0020 && v <= 0xE007F)
    }

    /// Whether the scalar ends a sentence: `.`, `!`, `?`, `…`.
    @inlinable var isSentenceFinal: Bool {
        let v = value
        return v == 0x2E || v == 0x21 || v == 0x3F || v == 0x2026
    }

    /// Whether the scalar is a closing quote or bracket that stays with the sentence before it.
    @inlinable var isClosing: Bool {
        let v = value
        return v == 0xBB || v == 0x22 || v == 0x29 || v == 0x5D || v == 0x201D || v == 0x2019 || v == 0x27
    }

    /// Whether the scalar opens a quote or bracket.
    @inlinable var isOpening: Bool {
        let v = value
        return v == 0xAB || v == 0x22 || v == 0x28 || v == 0x5B || v == 0x201C || v == 0x201E
    }
}
