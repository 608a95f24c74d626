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
        self.init(
            keys: entries.map { Self.key(of: $0.word) }, values: entries.map { UInt32($0.fine) << 16 | UInt32($0.coarse) },
            fineCount: fineCount, coarseCount: coarseCount, fingerprint: fingerprint)
    }

    /// Classes by word key (``key(of:)``), each value `fine << 16 | coarse`.
    private init(keys: [UInt64], values: [UInt32], fineCount: Int, coarseCount: Int, fingerprint: String) {
        table = FeatureTable(keys: keys, values: values)
        fineAtoms = ContiguousArray((0...fineCount).map { ScalarText.hash("cluster:\($0)") })
        coarseAtoms = ContiguousArray((0...coarseCount).map { ScalarText.hash("coarse:\($0)") })
        self.fingerprint = fingerprint
        wordCount = keys.count
    }

    /// Reads the text of a clusters file.
    ///
    /// Format: `#` starts a comment line; every other line is `word<TAB>fine<TAB>coarse`
    /// with class numbers from 0. The bytes are read in place, without a string per line:
    /// the file is loaded with every tagger.
    init(source: String, origin: String) throws {
        var source = source
        var keys: [UInt64] = []
        var values: [UInt32] = []
        var fineCount = 0
        var coarseCount = 0
        var print = ScalarText.seed
        let badLine: Int? = source.withUTF8 { bytes in
            var lineNumber = 0
            var i = 0
            while i < bytes.count {
                lineNumber += 1
                var end = i
                while end < bytes.count && bytes[end] != 0x0A { end += 1 }
                defer { i = end + 1 }
                if end == i || bytes[i] == UInt8(ascii: "#") { continue }
                for b in bytes[i..<end] { print = ScalarText.step(print, UInt32(b)) }
                print = ScalarText.step(print, 10)
                // The word: its folded code points hashed as the tagger hashes a token.
                var h = ScalarText.step(ScalarText.seed, 1)
                var j = i
                while j < end && bytes[j] != 0x09 {
                    let lead = UInt32(bytes[j])
                    var v = lead
                    var length = 1
                    if lead >= 0xF0 { v = lead & 0x07; length = 4 } else if lead >= 0xE0 { v = lead & 0x0F; length = 3 } else if lead >= 0xC0 { v = lead & 0x1F; length = 2 }
                    guard j + length <= end else { return lineNumber }
                    for k in 1..<length { v = v << 6 | UInt32(bytes[j + k] & 0x3F) }
                    h = ScalarText.step(h, ScalarText.fold(v))
                    j += length
                }
                // Two numbers after tabs.
                func number(_ start: inout Int) -> Int? {
                    guard start < end, bytes[start] == 0x09 else { return nil }
                    start += 1
                    var value = 0
                    var digits = 0
                    while start < end, bytes[start] >= 0x30, bytes[start] <= 0x39, digits < 6 {
                        value = value * 10 + Int(bytes[start] - 0x30)
                        digits += 1
                        start += 1
                    }
                    return digits > 0 ? value : nil
                }
                guard j > i, let fine = number(&j), let coarse = number(&j), j == end, fine < 65_536, coarse < 65_536 else {
                    return lineNumber
                }
                keys.append(ScalarText.finish(h))
                values.append(UInt32(fine) << 16 | UInt32(coarse))
                fineCount = max(fineCount, fine + 1)
                coarseCount = max(coarseCount, coarse + 1)
            }
            return nil
        }
        if let badLine {
            throw EntitiesError(
                code: .badData,
                message: "\(origin):\(badLine): expected `word<TAB>fine class<TAB>coarse class`. Rebuild the file with `litopys train clusters`.")
        }
        self.init(
            keys: keys, values: values, fineCount: fineCount, coarseCount: coarseCount,
            fingerprint: String(ScalarText.finish(print), radix: 16))
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
    static let shared: WordClusters = load("clusters.txt")

    /// The bundled classes of lemmas (`Resources/lemma-clusters.txt`, made by `litopys train
    /// clusters --lemmas`), loaded once: every form of a word shares its lemma's class, so
    /// `Львова` and `Львові` carry one class where the word classes may split them. The lemma
    /// is the first reading's, so a capitalised word the dictionary also knows as a surname
    /// reads as one (`Харкові` → `харко`), which tells the tagger it may be a person; preferring
    /// a reading that is not a personal name made cleaner classes of places but scored lower
    /// over ten folds (0.8307 against 0.8335).
    static let sharedLemmas: WordClusters = load("lemma-clusters.txt")

    /// The classes in resource file `name`; none (with a warning on standard error) when it is unreadable.
    private static func load(_ name: String) -> WordClusters {
        do {
            guard let url = ResourceFiles.url(name) else {
                throw EntitiesError(code: .badData, message: "The LitopysEntities resource bundle is missing.")
            }
            return try WordClusters(source: String(contentsOf: url, encoding: .utf8), origin: url.path)
        } catch {
            let reason = (error as? EntitiesError)?.message ?? (error as NSError).localizedDescription
            FileHandle.standardError.write(
                Data("warning: Resources/\(name) not loaded (\(reason)); the tagger runs without those word classes. Rebuild litopys, or run `litopys train clusters\(name.hasPrefix("lemma") ? " --lemmas" : "")`.\n".utf8))
            return WordClusters()
        }
    }
}
