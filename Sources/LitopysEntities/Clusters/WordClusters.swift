import Foundation

/// Word classes learned from unlabelled Ukrainian text: words that stand between the same
/// neighbours share a class (`Львові`, `Харкові`, `Донецьку`; `заявив`, `наголосив`), so the
/// tagger can carry what it learned about one word to words it never saw in training.
///
/// Every known word has a fine class and a coarse class that groups fine ones. The table is
/// read from `Resources/clusters.txt`, which `litopys train clusters` writes; words are
/// looked up by the same folded hash as the tagger's `lower` attribute, so a lookup costs
/// one probe and builds no string.
struct WordClusters: Sendable {
    /// Folded-word hash → `fine << 16 | coarse`.
    private let table: FeatureTable
    /// Atom per fine class, then one for unknown words. Shape: `[fineCount + 1]`.
    private let fineAtoms: ContiguousArray<UInt64>
    /// Atom per coarse class, then one for unknown words. Shape: `[coarseCount + 1]`.
    private let coarseAtoms: ContiguousArray<UInt64>
    /// Identifies the table; a model records it, so that a model trained with other classes
    /// is refused instead of reading wrong features.
    let fingerprint: String
    /// The number of words with a class.
    let wordCount: Int

    /// No classes: every word is unknown.
    init() {
        self.init(entries: [], fineCount: 0, coarseCount: 0, fingerprint: "none")
    }

    /// Classes for `entries` (word, fine class, coarse class).
    init(entries: [(word: String, fine: Int, coarse: Int)], fineCount: Int, coarseCount: Int, fingerprint: String) {
        let keys = entries.map { Self.key(of: $0.word) }
        table = FeatureTable(keys: keys, values: entries.map { UInt32($0.fine) << 16 | UInt32($0.coarse) })
        fineAtoms = ContiguousArray((0...fineCount).map { ScalarText.hash("cluster:\($0)") })
        coarseAtoms = ContiguousArray((0...coarseCount).map { ScalarText.hash("coarse:\($0)") })
        self.fingerprint = fingerprint
        wordCount = entries.count
    }

    /// Reads the text of a clusters file.
    ///
    /// Format: `#` starts a comment line; every other line is `word<TAB>fine<TAB>coarse`
    /// with class numbers from 0.
    init(source: String, origin: String) throws {
        var entries: [(word: String, fine: Int, coarse: Int)] = []
        var fineCount = 0
        var coarseCount = 0
        var h = ScalarText.seed
        for (number, line) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 3, !fields[0].isEmpty, let fine = Int(fields[1]), let coarse = Int(fields[2]),
                (0..<65_536).contains(fine), (0..<65_536).contains(coarse)
            else {
                throw EntitiesError(
                    code: .badData,
                    message: "\(origin):\(number + 1): expected `word<TAB>fine class<TAB>coarse class`. Rebuild the file with `litopys train clusters`.")
            }
            entries.append((String(fields[0]), fine, coarse))
            fineCount = max(fineCount, fine + 1)
            coarseCount = max(coarseCount, coarse + 1)
            for s in line.unicodeScalars { h = ScalarText.step(h, s.value) }
            h = ScalarText.step(h, 10)
        }
        self.init(
            entries: entries, fineCount: fineCount, coarseCount: coarseCount,
            fingerprint: String(ScalarText.finish(h), radix: 16))
    }

    /// The folded hash of a word, equal to the tagger's `lower` atom of that word.
    static func key(of word: String) -> UInt64 {
        let values = ContiguousArray(word.unicodeScalars.map(\.value))
        return values.withUnsafeBufferPointer { ScalarText.hash($0, 0..<$0.count, salt: 1) }
    }

    /// The fine and coarse class atoms of the word whose `lower` atom is `key`; words
    /// without a class share an "unknown" atom of each kind.
    @inline(__always)
    func atoms(key: UInt64) -> (fine: UInt64, coarse: UInt64) {
        let row = table.row(key)
        if row < 0 { return (fineAtoms[fineAtoms.count - 1], coarseAtoms[coarseAtoms.count - 1]) }
        return (fineAtoms[row >> 16], coarseAtoms[row & 0xFFFF])
    }

    /// The fine class of `word`, or nil when it has none.
    func fineClass(of word: String) -> Int? {
        let row = table.row(Self.key(of: word))
        return row < 0 ? nil : row >> 16
    }

    /// The bundled classes (`Resources/clusters.txt`), loaded once; none (with a warning on
    /// standard error) when the file is unreadable.
    static let shared: WordClusters = {
        do {
            guard let url = ResourceFiles.url("clusters.txt") else {
                throw EntitiesError(code: .badData, message: "The LitopysEntities resource bundle is missing.")
            }
            return try WordClusters(source: String(contentsOf: url, encoding: .utf8), origin: url.path)
        } catch {
            FileHandle.standardError.write(Data("warning: word clusters not loaded: \(error)\n".utf8))
            return WordClusters()
        }
    }()
}
