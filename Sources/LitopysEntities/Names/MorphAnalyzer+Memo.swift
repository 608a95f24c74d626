import Foundation
import LitopysMorph
import LitopysText

extension MorphAnalyzer {
    /// The readings of `word`, as ``MorphAnalyzer/analyze(_:)`` gives them, remembered for
    /// the process: name normalisation, gender cues and coreference ask about the same
    /// names over and over, across mentions and across documents.
    func readings(_ word: String) -> [MorphAnalysis] {
        AnalysisMemo.readings(word, analyzer: self)
    }
}

/// Readings of words already analysed, for the process: (dictionary, word) → readings.
enum AnalysisMemo {
    /// Words kept before the memo starts over (about 1 KB each).
    static let limit = 100_000

    static let shared = SharedMemo<(dictionary: ObjectIdentifier, word: String), [MorphAnalysis]>(limit: limit) {
        $0.dictionary == $1.dictionary && $0.word.utf8.elementsEqual($1.word.utf8)
    }

    static func readings(_ word: String, analyzer: MorphAnalyzer) -> [MorphAnalysis] {
        let dictionary = ObjectIdentifier(analyzer.dictionary)
        let hash = word.utf8Hash ^ UInt64(UInt(bitPattern: dictionary.hashValue))
        return shared.value(for: (dictionary, word), hash: hash) { analyzer.analyze(word) }
    }
}
