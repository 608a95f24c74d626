/// Lemma and tag accuracy of a ``MorphologyTagger`` on gold sentences.
public struct MorphScore: Sendable, CustomStringConvertible {
    /// What was measured, e.g. "BrUK held-out".
    public var name: String
    /// Tokens, and tokens with at least one letter.
    public var tokens = 0, wordTokens = 0
    /// Tokens whose lemma is right (case-insensitive, one apostrophe), overall and among words.
    public var lemmaCorrect = 0, wordLemmaCorrect = 0
    /// Tokens whose tag is right (BrUK: the reading that matches the gold tag; UD: UPOS).
    public var tagCorrect = 0
    /// Lemma errors as `word gold → ours`, with their counts.
    public var lemmaErrors: [String: Int] = [:]

    /// Lemma accuracy over all tokens.
    public var lemmaAccuracy: Double { tokens > 0 ? Double(lemmaCorrect) / Double(tokens) : 0 }
    /// Lemma accuracy over word tokens.
    public var wordLemmaAccuracy: Double { wordTokens > 0 ? Double(wordLemmaCorrect) / Double(wordTokens) : 0 }
    /// Tag accuracy over all tokens.
    public var tagAccuracy: Double { tokens > 0 ? Double(tagCorrect) / Double(tokens) : 0 }

    /// A one-line summary for logs and the command line.
    public var description: String {
        func f(_ x: Double) -> String { String(Int((x * 10000).rounded())).withDecimalPoint }
        return "\(name): \(tokens) tokens; lemma \(f(lemmaAccuracy)) (words only \(f(wordLemmaAccuracy)), \(wordTokens) words); tag \(f(tagAccuracy))"
    }
}

extension String {
    /// "9876" → "0.9876".
    fileprivate var withDecimalPoint: String {
        let padded = String(repeating: "0", count: max(0, 5 - count)) + self
        return padded.dropLast(4) + "." + padded.suffix(4)
    }
}

extension MorphologyTagger {
    /// Scores the tagger on BrUK sentences (gold VESUM tags).
    public func evaluateBruk(_ sentences: [[GoldToken]], name: String = "BrUK held-out") -> MorphScore {
        evaluate(sentences, name: name) { token, _, chosen, entry, pool in
            let gold = TaggerTrainer.gold(token, entry: entry, pool: pool)
            return gold >= 0
                ? pool.candidates[gold].tagID == pool.candidates[chosen].tagID : token.tag == "punct" && pool.reading(chosen).partOfSpeech == "PNCT"
        }
    }

    /// Scores the tagger on CoNLL-U sentences (gold UPOS as the tag).
    public func evaluateUD(_ sentences: [[GoldToken]], name: String = "UD dev") -> MorphScore {
        evaluate(sentences, name: name) { token, position, chosen, _, pool in
            let capitalised = token.word.first?.isUppercase ?? false
            return UniversalPOS.tag(for: pool.reading(chosen), capitalised: capitalised && position > 0) == token.tag
        }
    }

    /// Tags `sentences` and counts lemma and tag agreement; `tagRight` judges a token's tag
    /// from the token, its position in the sentence, the chosen and first candidates, and the pool.
    private func evaluate(
        _ sentences: [[GoldToken]], name: String,
        tagRight: (GoldToken, Int, Int, Int, CandidatePool) -> Bool
    ) -> MorphScore {
        var score = MorphScore(name: name)
        var pool = CandidatePool(analyzer: analyzer)
        for sentence in sentences {
            let entries = ContiguousArray(sentence.map { Int32(pool.entry(for: $0.word)) })
            let chosen = choose(entries: entries, pool: pool)
            for (i, token) in sentence.enumerated() {
                let c = Int(chosen[i])
                let lemmaRight = TaggerTrainer.normalizeLemma(pool.lemma(c)) == TaggerTrainer.normalizeLemma(token.lemma)
                score.tokens += 1
                if lemmaRight { score.lemmaCorrect += 1 } else { score.lemmaErrors["\(token.word) \(token.lemma) → \(pool.lemma(c))", default: 0] += 1 }
                if token.word.contains(where: { $0.isLetter }) {
                    score.wordTokens += 1
                    if lemmaRight { score.wordLemmaCorrect += 1 }
                }
                if tagRight(token, i, c, Int(entries[i]), pool) { score.tagCorrect += 1 }
            }
        }
        return score
    }
}
