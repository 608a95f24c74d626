/// The tagger's feature templates and label atoms, as named data.
///
/// A candidate reading is scored by `Σ weight[hash(feature, atom)]` over the token's
/// context features (``FeatureTemplate``) and the candidate's label atoms (``LabelAtom``).
/// Atoms split a tag into parts (its part of speech, its case, …) so that what is learnt for
/// one tag carries over to tags that share those parts; the `lemma` atom separates readings
/// with the same tag and different lemmas.
enum FeatureTemplate: String, CaseIterable, Sendable {
    /// Always on: the prior of each atom.
    case bias
    /// The lowercased word.
    case word
    /// Its last two and three letters.
    case suffix2, suffix3
    /// The previous and next lowercased words.
    case previousWord, nextWord
    /// The tag chosen for the previous token, and its part of speech with case.
    case previousTag, previousPOSCase
    /// The parts of speech chosen for the two previous tokens.
    case previousTwoPOS
    /// The set of parts of speech and cases the next token can have.
    case nextClass
    /// The word's capitalisation, and whether it starts the sentence.
    case shape
    /// The previous word with this word.
    case wordPair

    /// Atoms this template is combined with.
    var atoms: [LabelAtom] {
        switch self {
        case .bias: return LabelAtom.allCases
        case .word: return [.tag, .posCase, .lemma]
        case .wordPair: return [.tag, .lemma]
        default: return [.tag, .pos, .posCase, .posNumberGender]
        }
    }
}

/// The parts of a candidate reading that features are combined with.
enum LabelAtom: Int, CaseIterable, Sendable {
    /// The full tag.
    case tag
    /// The part of speech.
    case pos
    /// The part of speech with the case.
    case posCase
    /// The part of speech with number and gender.
    case posNumberGender
    /// The lemma.
    case lemma
}

/// 64-bit hashing for features (FNV-1a, then a final mix).
enum FeatureHash {
    @inline(__always)
    static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    @inline(__always)
    static func combine(_ a: UInt64, _ b: UInt64) -> UInt64 { mix(a ^ (b &* 0x100_0000_01B3) ^ (b >> 7)) }

    /// FNV-1a of `bytes`, seeded with `seed`.
    @inline(__always)
    static func bytes<C: Collection>(_ bytes: C, seed: UInt64) -> UInt64 where C.Element == UInt8 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325 ^ seed
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01B3 }
        return mix(h)
    }

    /// Hash of a string.
    static func string(_ text: String, seed: UInt64 = 0) -> UInt64 { bytes(text.utf8, seed: seed) }
}
