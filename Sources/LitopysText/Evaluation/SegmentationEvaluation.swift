import Foundation

/// Measures sentence and token boundaries against a CoNLL-U treebank.
///
/// The text is rebuilt from the `# text` lines: sentences of one paragraph joined by a
/// space, paragraphs (`# newpar`, `# newdoc`) by a line break. Gold tokens are located in
/// that text in order; multiword tokens count once, by their surface form.
public struct SegmentationEvaluation: Sendable {
    /// The rebuilt text.
    public let text: String
    /// Gold sentences as code-point ranges of ``text``.
    public let goldSentences: [Range<Int>]
    /// Gold tokens as code-point ranges of ``text``.
    public let goldTokens: [Range<Int>]

    /// Precision, recall and F1 of one kind of boundary.
    public struct Score: Sendable, Equatable {
        /// Items both found and gold.
        public var matched: Int
        /// Items found.
        public var found: Int
        /// Gold items.
        public var gold: Int
        /// matched / found.
        public var precision: Double { found == 0 ? 0 : Double(matched) / Double(found) }
        /// matched / gold.
        public var recall: Double { gold == 0 ? 0 : Double(matched) / Double(gold) }
        /// Harmonic mean of precision and recall.
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

        /// Scores found ranges against gold ranges by exact match.
        public init(found: [Range<Int>], gold: [Range<Int>]) {
            let goldSet = Set(gold.map { [$0.lowerBound, $0.upperBound] })
            matched = found.reduce(0) { $0 + (goldSet.contains([$1.lowerBound, $1.upperBound]) ? 1 : 0) }
            self.found = found.count
            self.gold = gold.count
        }
    }

    /// Reads a CoNLL-U file.
    ///
    /// - Throws: ``TextError`` when the file cannot be read or has no `# text` lines.
    public init(conlluAt path: String) throws {
        guard let data = FileManager.default.contents(atPath: path), let content = String(data: data, encoding: .utf8) else {
            throw TextError(code: .unreadableFile, message: "Cannot read the CoNLL-U file \(path). Check the path; the UD dev set is at ../shared/corpora/ud-uk-iu/uk_iu-ud-dev.conllu.")
        }
        try self.init(conllu: content, name: path)
    }

    /// Parses CoNLL-U text; `name` appears in errors.
    public init(conllu: String, name: String = "input") throws {
        var scalars = ContiguousArray<Unicode.Scalar>()
        var sentences: [Range<Int>] = []
        var tokens: [Range<Int>] = []
        var newParagraph = true
        var sentenceStart = 0
        var skipUntil = 0
        var cursor = 0
        for line in conllu.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("# newpar") || line.hasPrefix("# newdoc") {
                newParagraph = true
            } else if line.hasPrefix("# text = ") {
                if !scalars.isEmpty { scalars.append(newParagraph ? "\n" : " ") }
                newParagraph = false
                sentenceStart = scalars.count
                scalars.append(contentsOf: line.dropFirst(9).unicodeScalars)
                sentences.append(sentenceStart..<scalars.count)
                cursor = sentenceStart
                skipUntil = 0
            } else if let tab = line.firstIndex(of: "\t") {
                let id = line[..<tab]
                let columns = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
                guard columns.count >= 2 else { continue }
                let form = columns[1]
                if let dash = id.firstIndex(of: "-") {
                    skipUntil = Int(id[id.index(after: dash)...]) ?? 0
                } else if id.contains(".") {
                    continue
                } else if let number = Int(id), number <= skipUntil {
                    continue
                }
                if let range = Self.locate(form.unicodeScalars, in: scalars, from: cursor) {
                    tokens.append(range)
                    cursor = range.upperBound
                }
            }
        }
        guard !sentences.isEmpty else {
            throw TextError(code: .malformedInput, message: "\(name) has no `# text =` lines; it is not a CoNLL-U file with sentence texts.")
        }
        text = String(String.UnicodeScalarView(scalars))
        goldSentences = sentences
        goldTokens = tokens
    }

    private static func locate(
        _ form: Substring.UnicodeScalarView, in text: ContiguousArray<Unicode.Scalar>, from start: Int
    ) -> Range<Int>? {
        let formScalars = Array(form)
        guard !formScalars.isEmpty else { return nil }
        var i = start
        let limit = min(text.count, start + 200)
        while i + formScalars.count <= limit {
            if text[i] == formScalars[0] && Array(text[i..<(i + formScalars.count)]) == formScalars {
                return i..<(i + formScalars.count)
            }
            i += 1
        }
        return nil
    }

    /// Segments ``text`` with `segmenter` and scores sentences and tokens.
    public func score(with segmenter: Segmenter = Segmenter()) -> (sentences: Score, tokens: Score) {
        var document = Document(text: text)
        segmenter.segment(&document)
        let foundTokens = (0..<document.tokenCount).map { Int(document.tokenStarts[$0])..<Int(document.tokenEnds[$0]) }
        let foundSentences = document.sentences.map { $0.start..<$0.end }
        return (Score(found: foundSentences, gold: goldSentences), Score(found: foundTokens, gold: goldTokens))
    }
}
