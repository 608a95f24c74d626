/// Allocation-free helpers over code points: case folding, character classes and stable
/// 64-bit hashes. Feature extraction runs these on every token, so none of them builds a
/// `String`.
///
/// Hashes are FNV-1a over folded code points followed by a final mix; they are stable
/// across runs and platforms (unlike `Hasher`), because the model file stores them.
enum ScalarText {
    /// FNV-1a offset basis.
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
    /// FNV-1a prime.
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// Lower case for Latin, Cyrillic and Ukrainian letters; other code points unchanged.
    /// Apostrophe variants fold to U+0027, so `м’ясо` and `м'ясо` hash alike.
    @inline(__always)
    static func fold(_ v: UInt32) -> UInt32 {
        switch v {
        case 0x41...0x5A: return v + 0x20
        case 0x410...0x42F: return v + 0x20
        case 0x400...0x40F: return v + 0x50
        case 0x490: return 0x491
        case 0x2019, 0x02BC, 0x2018, 0x60, 0xB4: return 0x27
        default: return v
        }
    }

    /// Whether a code point is an upper-case letter (Latin, Cyrillic, or any Unicode
    /// upper case as a slower fallback).
    @inline(__always)
    static func isUpper(_ v: UInt32) -> Bool {
        switch v {
        case 0x41...0x5A, 0x400...0x42F, 0x490: return true
        case 0x61...0x7A, 0x430...0x45F, 0x491, 0...0x40: return false
        default: return Unicode.Scalar(v)?.properties.isUppercase ?? false
        }
    }

    /// Whether a code point is a letter (Latin, Cyrillic, or any Unicode alphabetic).
    @inline(__always)
    static func isLetter(_ v: UInt32) -> Bool {
        switch v {
        case 0x41...0x5A, 0x61...0x7A, 0x400...0x45F, 0x490, 0x491: return true
        case 0...0x40: return false
        default: return Unicode.Scalar(v)?.properties.isAlphabetic ?? false
        }
    }

    /// Whether a code point is an ASCII digit.
    @inline(__always)
    static func isDigit(_ v: UInt32) -> Bool { v >= 0x30 && v <= 0x39 }

    /// Whether a code point is a Cyrillic letter.
    @inline(__always)
    static func isCyrillic(_ v: UInt32) -> Bool { (v >= 0x400 && v <= 0x4FF) }

    /// One FNV-1a step.
    @inline(__always)
    static func step(_ h: UInt64, _ v: UInt32) -> UInt64 { (h ^ UInt64(v)) &* prime }

    /// A final avalanche so that nearby hashes spread over the whole word.
    @inline(__always)
    static func finish(_ h: UInt64) -> UInt64 {
        var x = h
        x ^= x >> 33
        x = x &* 0xff51_afd7_ed55_8ccd
        x ^= x >> 33
        x = x &* 0xc4ce_b9fe_1a85_ec53
        x ^= x >> 33
        return x
    }

    /// Combines hash `h` with `value`, order-sensitive.
    @inline(__always)
    static func combine(_ h: UInt64, _ value: UInt64) -> UInt64 {
        finish((h ^ value) &* 0x9E37_79B9_7F4A_7C15 &+ 0x632B_E59B_D9B4_E019)
    }

    /// Hash of a short ASCII tag such as `"B-LOC"` or `"NOUN"`; used for symbolic atoms.
    static func hash(_ string: String) -> UInt64 {
        var h = seed
        for s in string.unicodeScalars { h = step(h, fold(s.value)) }
        return finish(h)
    }

    /// Hash of the folded code points `scalars[range]`, tagged with `salt` so that, say,
    /// a suffix and a whole word with the same letters hash differently.
    @inline(__always)
    static func hash(_ scalars: UnsafeBufferPointer<UInt32>, _ range: Range<Int>, salt: UInt32) -> UInt64 {
        var h = step(seed, salt)
        for i in range { h = step(h, fold(scalars[i])) }
        return finish(h)
    }
}
