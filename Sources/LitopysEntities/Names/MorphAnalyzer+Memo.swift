import Foundation
import LitopysMorph

extension MorphAnalyzer {
    /// The readings of `word`, as ``MorphAnalyzer/analyze(_:)`` gives them, remembered for
    /// the process: name normalisation, gender cues and coreference ask about the same
    /// names over and over, across mentions and across documents.
    func readings(_ word: String) -> [MorphAnalysis] {
        AnalysisMemo.shared.readings(word, analyzer: self)
    }
}

/// Readings of words already analysed, shared by all threads. A call that finds the memo
/// busy analyses the word itself rather than wait; past ``limit`` words it starts over.
final class AnalysisMemo: @unchecked Sendable {  // state guarded by `lock`
    static let shared = AnalysisMemo()
    /// Words kept before the memo starts over (about 1 KB each).
    static let limit = 100_000

    private let lock = NSLock()
    /// The dictionary the readings came from: a memo serves one dictionary.
    private var dictionary: ObjectIdentifier?
    /// Readings by the hash of the word's UTF-8, with the word to rule out collisions.
    private var entries: [UInt64: (word: String, readings: [MorphAnalysis])] = [:]

    func readings(_ word: String, analyzer: MorphAnalyzer) -> [MorphAnalysis] {
        let key = Self.hash(word)
        let owner = ObjectIdentifier(analyzer.dictionary)
        if lock.try() {
            let found = dictionary == owner ? entries[key] : nil
            lock.unlock()
            if let found, found.word.utf8.elementsEqual(word.utf8) { return found.readings }
        }
        let readings = analyzer.analyze(word)
        if lock.try() {
            if dictionary != owner || entries.count >= Self.limit {
                entries.removeAll(keepingCapacity: true)
                dictionary = owner
            }
            entries[key] = (word, readings)
            lock.unlock()
        }
        return readings
    }

    /// FNV-1a of the UTF-8, mixed (hashing bytes avoids `String`'s Unicode normalisation).
    private static func hash(_ word: String) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in word.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01B3 }
        return h ^ (h >> 29)
    }
}
