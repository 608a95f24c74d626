import Foundation

/// The VESUM dictionary as packaged by `pymorphy3-dicts-uk`, read natively.
///
/// Files (all in one folder, see ``DictionaryLocation``):
/// - `words.dawg`: word form → (paradigm id, form index) pairs, memory-mapped;
/// - `paradigms.array`: per paradigm, `[suffix ids | tag ids | prefix ids]`, each `formCount` long;
/// - `suffixes.json`, `gramtab-opencorpora-int.json`, `grammemes.json`, `meta.json`;
/// - `prediction-suffixes-N.dawg`: word ending → (count, paradigm, form) for the guesser.
///
/// A value is immutable and cheap to share between threads.
public final class VesumDictionary: Sendable {
    /// The folder the files were read from.
    public let directory: String
    let words: DAWG
    /// Guesser DAWGs, one per paradigm prefix. Shape: `[prefixes.count]`.
    let predictions: [DAWG]
    /// All paradigms back to back. Shape: `[sum of 3 × formCount]`.
    let paradigmData: ContiguousArray<UInt16>
    /// Start of each paradigm in ``paradigmData``. Shape: `[paradigmCount + 1]`.
    let paradigmStarts: ContiguousArray<Int32>
    /// Suffixes as UTF-8. Shape: `[suffixCount]`.
    let suffixes: ContiguousArray<[UInt8]>
    /// Paradigm prefixes (`""`, `най`, `якнай`, `щонай`) as UTF-8.
    let prefixes: [[UInt8]]
    /// The suffixes, then the prefixes, as UTF-8 back to back: building a lemma reads affixes
    /// from here without touching (and reference counting) one array per affix.
    let affixBytes: ContiguousArray<UInt8>
    /// Start of each suffix in ``affixBytes``, then of each prefix, then the end.
    /// Shape: `[suffixCount + prefixCount + 1]`.
    let affixStarts: ContiguousArray<Int32>
    /// The tag table.
    let tags: TagTable
    /// Supplementary readings (`Resources/lexicon.tsv`) by normalised word: (lemma, tag id).
    let lexicon: [String: [(lemma: String, tagID: Int)]]
    /// Hashes of the lexicon's words' UTF-8, so most words are ruled out without a `String`.
    let lexiconHashes: HashIndex

    /// Loads the dictionary in `directory`.
    ///
    /// - Throws: ``MorphError`` with code `dictionaryMissing` or `dictionaryCorrupt`, naming
    ///   the file and the fix.
    /// - Complexity: O(size of the JSON and paradigm files); the DAWGs are mapped, not read.
    public init(directory: String) throws(MorphError) {
        self.directory = directory
        func path(_ name: String) -> String { (directory as NSString).appendingPathComponent(name) }
        func json(_ name: String) throws(MorphError) -> Any {
            let file = path(name)
            guard let data = FileManager.default.contents(atPath: file) else {
                throw MorphError(.dictionaryMissing, "Dictionary file \(file) is missing. Run `litopys setup` or set LITOPYS_DATA to a folder with the pymorphy3-dicts-uk data.")
            }
            do {
                return try JSONSerialization.jsonObject(with: data)
            } catch {
                throw MorphError(.dictionaryCorrupt, "Dictionary file \(file) is not valid JSON. Delete it and run `litopys setup` again.", cause: error)
            }
        }
        func corrupt(_ name: String) -> MorphError {
            MorphError(.dictionaryCorrupt, "Dictionary file \(path(name)) has an unexpected layout. Delete \(directory) and run `litopys setup` again.")
        }

        // meta.json: format version and paradigm prefixes.
        var prefixStrings = ["", "най", "якнай", "щонай"]
        if let meta = try json("meta.json") as? [[Any]] {
            for row in meta where row.count == 2 {
                if row[0] as? String == "format_version", let version = row[1] as? String, !version.hasPrefix("2.") {
                    throw MorphError(.dictionaryCorrupt, "Dictionary in \(directory) has format \(version); 2.4 is expected. Run `litopys setup` again.")
                }
                if row[0] as? String == "compile_options", let options = row[1] as? [String: Any],
                    let list = options["paradigm_prefixes"] as? [String]
                {
                    prefixStrings = list
                }
            }
        } else {
            throw corrupt("meta.json")
        }
        prefixes = prefixStrings.map { Array($0.utf8) }

        guard let suffixList = try json("suffixes.json") as? [String] else { throw corrupt("suffixes.json") }
        suffixes = ContiguousArray(suffixList.map { Array($0.utf8) })
        guard let grammemeRows = try json("grammemes.json") as? [[Any]] else { throw corrupt("grammemes.json") }
        guard let tagList = try json("gramtab-opencorpora-int.json") as? [String] else {
            throw corrupt("gramtab-opencorpora-int.json")
        }
        // The supplementary lexicon may use tags the gramtab lacks (`PRED`); they follow its tags.
        let lexiconRows = Self.lexiconRows()
        var allTags = tagList
        var tagIndex: [String: Int] = [:]
        for (i, tag) in tagList.enumerated() where tagIndex[tag] == nil { tagIndex[tag] = i }
        for row in lexiconRows where tagIndex[row.tag] == nil {
            tagIndex[row.tag] = allTags.count
            allTags.append(row.tag)
        }
        var affixBytes = ContiguousArray<UInt8>()
        var affixStarts = ContiguousArray<Int32>()
        for affix in suffixes + prefixes {
            affixStarts.append(Int32(affixBytes.count))
            affixBytes += affix
        }
        affixStarts.append(Int32(affixBytes.count))
        self.affixBytes = affixBytes
        self.affixStarts = affixStarts
        tags = try TagTable(grammemeRows: grammemeRows, tags: allTags, file: path("grammemes.json"))
        var lexicon: [String: [(lemma: String, tagID: Int)]] = [:]
        for row in lexiconRows {
            let key = String(decoding: LookupKey(row.word).bytes, as: UTF8.self)
            lexicon[key, default: []].append((row.lemma, tagIndex[row.tag] ?? 0))
        }
        self.lexicon = lexicon
        var lexiconHashes = HashIndex()
        for hash in Set(lexicon.keys.map { FeatureHash.bytes($0.utf8, seed: 0) }) { _ = lexiconHashes.insert(hash) }
        self.lexiconHashes = lexiconHashes

        // paradigms.array: UInt16 count, then per paradigm UInt16 length and that many UInt16.
        let paradigmFile = try MappedFile(path: path("paradigms.array"))
        var data = ContiguousArray<UInt16>()
        var starts = ContiguousArray<Int32>()
        let raw = paradigmFile.bytes
        func u16(_ offset: Int) -> UInt16 { UInt16(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt16.self)) }
        guard raw.count >= 2 else { throw corrupt("paradigms.array") }
        let paradigmCount = Int(u16(0))
        var offset = 2
        data.reserveCapacity(raw.count / 2)
        starts.reserveCapacity(paradigmCount + 1)
        for _ in 0..<paradigmCount {
            guard offset + 2 <= raw.count else { throw corrupt("paradigms.array") }
            let length = Int(u16(offset))
            offset += 2
            guard length % 3 == 0, offset + 2 * length <= raw.count else { throw corrupt("paradigms.array") }
            starts.append(Int32(data.count))
            for i in 0..<length {
                let value = u16(offset + 2 * i)
                data.append(value)
            }
            offset += 2 * length
        }
        starts.append(Int32(data.count))
        paradigmData = data
        paradigmStarts = starts
        // Every id must point inside its table, so lookups never need to check.
        for p in 0..<paradigmCount {
            let start = Int(starts[p])
            let n = (Int(starts[p + 1]) - start) / 3
            for i in 0..<n {
                guard Int(data[start + i]) < suffixes.count, Int(data[start + n + i]) < tags.names.count,
                    Int(data[start + 2 * n + i]) < prefixes.count
                else { throw corrupt("paradigms.array") }
            }
        }

        words = try DAWG(file: MappedFile(path: path("words.dawg"), hugePages: true))
        var predictions: [DAWG] = []
        for i in 0..<prefixes.count {
            predictions.append(try DAWG(file: MappedFile(path: path("prediction-suffixes-\(i).dawg"))))
        }
        self.predictions = predictions
    }

    /// Rows of the bundled `lexicon.tsv`; none when the resource is absent.
    static func lexiconRows() -> [(word: String, lemma: String, tag: String)] {
        guard let url = Bundle.module.url(forResource: "lexicon", withExtension: "tsv", subdirectory: "Resources")
            ?? Bundle.module.url(forResource: "lexicon", withExtension: "tsv"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { return [] }
        var rows: [(word: String, lemma: String, tag: String)] = []
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t").map { $0.trimmingCharacters(in: .whitespaces) }
            if fields.count >= 3 { rows.append((fields[0], fields[1], fields[2])) }
        }
        return rows
    }

    /// Whether the lowercased UTF-8 `word` may be in the supplementary lexicon (false: it is not).
    @inline(__always) func mayBeInLexicon(_ word: [UInt8]) -> Bool {
        word.count <= 32 && lexiconHashes.count > 0 && lexiconHashes.id(of: FeatureHash.bytes(word, seed: 0)) != nil
    }

    /// The number of paradigms.
    var paradigmCount: Int { paradigmStarts.count - 1 }

    /// The number of forms of paradigm `p`.
    @inline(__always) func formCount(_ p: Int) -> Int { (Int(paradigmStarts[p + 1]) - Int(paradigmStarts[p])) / 3 }

    /// Tag id of form `form` of paradigm `p`.
    @inline(__always) func tagID(_ p: Int, _ form: Int) -> Int {
        let start = Int(paradigmStarts[p])
        return Int(paradigmData[start + formCount(p) + form])
    }

    @inline(__always) func suffix(_ p: Int, _ form: Int) -> [UInt8] {
        suffixes[Int(paradigmData[Int(paradigmStarts[p]) + form])]
    }

    @inline(__always) func prefix(_ p: Int, _ form: Int) -> [UInt8] {
        prefixes[Int(paradigmData[Int(paradigmStarts[p]) + 2 * formCount(p) + form])]
    }

    /// Whether paradigm `p` and form `form` are valid ids.
    @inline(__always) func isValid(_ p: Int, _ form: Int) -> Bool {
        p >= 0 && p < paradigmCount && form >= 0 && form < formCount(p)
    }

    /// The stem of `word` read as form `form` of paradigm `p`, or nil if it does not fit.
    func stem(_ word: ArraySlice<UInt8>, _ p: Int, _ form: Int) -> ArraySlice<UInt8>? {
        let pre = prefix(p, form).count
        let suf = suffix(p, form).count
        guard word.count >= pre + suf else { return nil }
        return word[(word.startIndex + pre)..<(word.endIndex - suf)]
    }

    /// Appends the normal form (lemma) of `word`, read as form `form` of paradigm `p`, to
    /// `out`: the paradigm's first prefix, the stem, its first suffix. When the word does not
    /// fit the form, appends the word itself.
    func appendNormalForm(of word: ArraySlice<UInt8>, _ p: Int, _ form: Int, to out: inout [UInt8]) {
        word.withUnsafeBufferPointer { appendNormalForm(of: $0, p, form, to: &out) }
    }

    /// ``appendNormalForm(of:_:_:to:)`` for a word in a buffer: the tagger's word cache builds
    /// every lemma this way, so it reads the affixes from ``affixBytes`` in place.
    @inline(__always)
    func appendNormalForm(of word: UnsafeBufferPointer<UInt8>, _ p: Int, _ form: Int, to out: inout [UInt8]) {
        let start = Int(paradigmStarts[p])
        let n = (Int(paradigmStarts[p + 1]) - start) / 3
        let suffixCount = suffixes.count
        let formPrefix = suffixCount + Int(paradigmData[start + 2 * n + form])
        let formSuffix = Int(paradigmData[start + form])
        let preLength = Int(affixStarts[formPrefix + 1] - affixStarts[formPrefix])
        let sufLength = Int(affixStarts[formSuffix + 1] - affixStarts[formSuffix])
        guard word.count >= preLength + sufLength else {
            out.append(contentsOf: word)
            return
        }
        let lemmaPrefix = suffixCount + Int(paradigmData[start + 2 * n])
        let lemmaSuffix = Int(paradigmData[start])
        affixBytes.withUnsafeBufferPointer { affixes in
            out.append(contentsOf: UnsafeBufferPointer(rebasing: affixes[Int(affixStarts[lemmaPrefix])..<Int(affixStarts[lemmaPrefix + 1])]))
            out.append(contentsOf: UnsafeBufferPointer(rebasing: word[preLength..<(word.count - sufLength)]))
            out.append(contentsOf: UnsafeBufferPointer(rebasing: affixes[Int(affixStarts[lemmaSuffix])..<Int(affixStarts[lemmaSuffix + 1])]))
        }
    }

    /// Form `target` of the lexeme of which `word` is form `form` of paradigm `p` (UTF-8).
    func form(_ word: ArraySlice<UInt8>, _ p: Int, _ form: Int, to target: Int) -> [UInt8] {
        guard let stem = stem(word, p, form) else { return Array(word) }
        return prefix(p, target) + stem + suffix(p, target)
    }
}
