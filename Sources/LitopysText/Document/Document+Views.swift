/// What a token is, decided by the tokenizer from its characters.
public enum TokenKind: UInt8, Sendable, Codable {
    /// Letters, with inner apostrophes and hyphens (`м'ясо`, `будь-якої`).
    case word
    /// Digits, with inner separators (`7,08`, `12.01.2022`, `14:00`, `1 000`).
    case number
    /// One punctuation mark or a run of the same (`...`, `?!`).
    case punctuation
    /// Any other symbol (`%`, `$`, `№`, `+`).
    case symbol
    /// A web address.
    case url
    /// An e-mail address.
    case email
    /// A social-media handle (`@NATO`).
    case handle
    /// A hashtag (`#StandWithUkraine`).
    case hashtag
    /// An emoji, including joined sequences and modifiers.
    case emoji
}

/// A view of one token of a ``Document``, by index.
public struct Token: Sendable {
    /// The document-wide index of the token.
    public let index: Int
    /// Start code-point offset in the cleaned text.
    public let start: Int
    /// End code-point offset (exclusive).
    public let end: Int
    /// The token's kind.
    public let kind: TokenKind
    /// The token's text.
    public let text: String
}

/// A view of one sentence of a ``Document``, by index.
public struct Sentence: Sendable {
    /// The index of the sentence.
    public let index: Int
    /// The tokens of the sentence, as document-wide token indices.
    public let tokens: Range<Int>
    /// Start code-point offset in the cleaned text.
    public let start: Int
    /// End code-point offset (exclusive).
    public let end: Int
}

extension Document {
    /// The token at `index`.
    ///
    /// - Complexity: O(length of the token), for its text.
    public func token(_ index: Int) -> Token {
        let start = Int(tokenStarts[index])
        let end = Int(tokenEnds[index])
        return Token(index: index, start: start, end: end, kind: tokenKinds[index], text: text(from: start, to: end))
    }

    /// The text of token `index`.
    public func tokenText(_ index: Int) -> String {
        text(from: Int(tokenStarts[index]), to: Int(tokenEnds[index]))
    }

    /// All tokens, in order.
    public var tokens: [Token] { (0..<tokenCount).map(token) }

    /// The sentence at `index`.
    public func sentence(_ index: Int) -> Sentence {
        let first = Int(sentenceBounds[index])
        let last = Int(sentenceBounds[index + 1])
        let start = first < last ? Int(tokenStarts[first]) : 0
        let end = first < last ? Int(tokenEnds[last - 1]) : 0
        return Sentence(index: index, tokens: first..<last, start: start, end: end)
    }

    /// All sentences, in order.
    public var sentences: [Sentence] { (0..<sentenceCount).map(sentence) }

    /// The index of the sentence that holds token `tokenIndex`.
    ///
    /// - Complexity: O(log sentenceCount).
    public func sentenceIndex(ofToken tokenIndex: Int) -> Int {
        var low = 0
        var high = sentenceCount
        while low + 1 < high {
            let mid = (low + high) / 2
            if Int(sentenceBounds[mid]) <= tokenIndex { low = mid } else { high = mid }
        }
        return low
    }
}
