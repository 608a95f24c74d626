import Foundation

/// Lists of known names — countries, regions, organisations, media — matched against a
/// sentence by stems, so that inflected forms match too (`у Женеві` ↔ `Женева`).
///
/// Entries come from the commented data files in `Resources/Gazetteers/` (see
/// ``Gazetteer/bundled()``). The tagger uses matches as features, not as decisions.
///
/// ```swift
/// let gazetteer = try Gazetteer(source: "@type LOC\nЖенева\n")
/// ```
struct Gazetteer: Sendable {
    /// One multi-word entry: the stems of its tokens and its type.
    struct Entry: Sendable, Hashable {
        /// Stem hashes of its tokens. Shape: `[tokenCount]`.
        var stems: [UInt64]
        /// The entity type, an NER-UK label such as `LOC`.
        var type: String
        /// The name as written in the data file.
        var name: String
        /// Per token, the stem hash with the vowel alternation of a closed syllable undone
        /// (`дім` → `дом`, as in `Білому домі`), or 0 where there is none. Shape: `[tokenCount]`.
        var alternateStems: [UInt64] = []
    }

    /// Entries by the stem of their first token, longest first.
    private(set) var entriesByFirstStem: [UInt64: [Entry]] = [:]
    /// The number of entries.
    private(set) var count = 0

    /// An empty gazetteer.
    init() {}

    /// Reads entries from the text of a data file.
    ///
    /// Format: `#` starts a comment; `@type LOC` sets the type of the following lines;
    /// every other non-empty line is one name in the nominative.
    init(source: String) throws {
        try add(source: source, origin: "<text>")
    }

    /// Adds the entries of one data file.
    mutating func add(source: String, origin: String) throws {
        var type: String?
        for (number, rawLine) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = Substring(rawLine)
            if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            if trimmed.hasPrefix("@type ") {
                type = String(trimmed.dropFirst(6)).trimmingCharacters(in: .whitespaces)
                continue
            }
            guard let type else {
                throw EntitiesError(
                    code: .badData, message: "\(origin):\(number + 1): a name before any `@type` line.")
            }
            add(name: trimmed, type: type)
        }
    }

    /// Adds one name.
    mutating func add(name: String, type: String) {
        let words = NameTokenizer.words(of: name)
        let values = ContiguousArray(name.unicodeScalars.map(\.value))
        let stems = values.withUnsafeBufferPointer { buffer in
            words.map { Stemmer.stemHash(buffer, $0) }
        }
        guard !stems.isEmpty else { return }
        let alternates = words.map { Self.alternateStem(Array(values[$0])) }
        add(Entry(stems: stems, type: type, name: name, alternateStems: alternates))
    }

    /// Adds one entry, unless it is there already.
    private mutating func add(_ entry: Entry) {
        guard let first = entry.stems.first else { return }
        var list = entriesByFirstStem[first, default: []]
        if list.contains(entry) { return }
        list.append(entry)
        list.sort { $0.stems.count > $1.stems.count }
        entriesByFirstStem[first] = list
        count += 1
    }

    /// The stem hash of `word` with `і` of its last, closed syllable read as `о` (`дім` →
    /// `дом`, `Ріг` → `Рог`): the vowel of the nominative that the other cases do not have. 0
    /// when the word has no such syllable.
    static func alternateStem(_ word: [UInt32]) -> UInt64 {
        let vowels: Set<UInt32> = Set("аеєиіїоуюяАЕЄИІЇОУЮЯ".unicodeScalars.map(\.value))
        guard let last = word.lastIndex(where: { vowels.contains($0) }), last + 1 < word.count, last > 0,
            ScalarText.fold(word[last]) == 0x456, word[(last + 1)...].allSatisfy(ScalarText.isLetter)
        else { return 0 }
        var changed = word
        changed[last] = 0x43E
        return changed.withUnsafeBufferPointer { Stemmer.stemHash($0, 0..<$0.count) }
    }

    /// The entries whose first word has stem hash `stem`, longest first.
    func entries(startingWith stem: UInt64) -> [Entry]? { entriesByFirstStem[stem] }

    /// The longest entry that matches the tokens whose stem hashes start at `stems[index]`
    /// and stay within `limit`. A token also matches by `lemmaStems[token]` (0: none), the
    /// stem of its lemma, where the stem of the word differs (`Києва`, lemma `Київ`).
    ///
    /// - Complexity: O(entries sharing the first stem × entry length).
    ///
    /// With `alternation`, a token after the first also matches by the entry's
    /// ``Entry/alternateStems`` (`Білому домі` ↔ `Білий дім`). The tagger's features do not use
    /// it (its model was trained without); the rules after it do.
    func longestMatch(
        _ stems: UnsafeBufferPointer<UInt64>, lemmaStems: ContiguousArray<UInt64>? = nil, at index: Int, limit: Int,
        alternation: Bool = false
    ) -> Entry? {
        let lemmaStem = lemmaStems.map { $0[index] } ?? 0
        let byWord = entriesByFirstStem[stems[index]]
        let byLemma = lemmaStem != 0 && lemmaStem != stems[index] ? entriesByFirstStem[lemmaStem] : nil
        guard byWord != nil || byLemma != nil else { return nil }
        var best: Entry?
        for candidates in [byWord, byLemma] {
            guard let candidates else { continue }
            for entry in candidates where index + entry.stems.count <= limit {
                if let best, best.stems.count >= entry.stems.count { break }
                var ok = true
                for (k, s) in entry.stems.enumerated() where stems[index + k] != s && (lemmaStems?[index + k] ?? 0) != s
                    && !(alternation && k > 0 && entry.alternateStems[k] != 0 && entry.alternateStems[k] == stems[index + k])
                {
                    ok = false
                    break
                }
                if ok {
                    best = entry
                    break
                }
            }
        }
        return best
    }
}

extension Gazetteer {
    /// The gazetteers committed with the module, from `Resources/Gazetteers/*.txt`.
    static func bundled() throws -> Gazetteer {
        var gazetteer = Gazetteer()
        for url in try ResourceFiles.urls(in: "Gazetteers", extension: "txt") {
            let text = try String(contentsOf: url, encoding: .utf8)
            try gazetteer.add(source: text, origin: url.lastPathComponent)
        }
        return gazetteer
    }

    /// This gazetteer with the names of `Resources/listed-names.txt` added: names the span
    /// rules and the name normaliser know but the tagger's features do not, so that adding
    /// one needs no retraining and `litopys train ner` still reproduces the bundled model.
    func addingListedNames() -> Gazetteer {
        var merged = self
        for entries in Self.listedNames.entriesByFirstStem.values {
            for entry in entries { merged.add(entry) }
        }
        return merged
    }

    /// The names of `Resources/listed-names.txt`, loaded once; empty (with a warning on
    /// standard error) when the file is unreadable.
    static let listedNames: Gazetteer = {
        do {
            guard let url = ResourceFiles.url("listed-names.txt") else { return Gazetteer() }
            var gazetteer = Gazetteer()
            try gazetteer.add(source: try String(contentsOf: url, encoding: .utf8), origin: url.lastPathComponent)
            return gazetteer
        } catch {
            FileHandle.standardError.write(Data("warning: listed names not loaded: \(error)\n".utf8))
            return Gazetteer()
        }
    }()

    /// The bundled gazetteer, loaded once; empty (with a warning on standard error) when
    /// the data files are unreadable.
    static let shared: Gazetteer = {
        do { return try bundled() } catch {
            FileHandle.standardError.write(Data("warning: gazetteers not loaded: \(error)\n".utf8))
            return Gazetteer()
        }
    }()
}

/// Splits a name from a data file into word ranges the way the segmenter splits text:
/// runs of letters and digits (with inner apostrophes and hyphens), and single marks.
enum NameTokenizer {
    /// Code-point ranges of the words of `text`.
    static func words(of text: String) -> [Range<Int>] {
        let v = Array(text.unicodeScalars.map(\.value))
        var result: [Range<Int>] = []
        var i = 0
        func isWordChar(_ x: UInt32) -> Bool { ScalarText.isLetter(x) || ScalarText.isDigit(x) }
        while i < v.count {
            let c = v[i]
            if c == 0x20 || c == 0x09 || c == 0xA0 { i += 1; continue }
            if isWordChar(c) {
                var j = i + 1
                while j < v.count {
                    if isWordChar(v[j]) { j += 1; continue }
                    let inner = v[j] == 0x2D || v[j] == 0x27 || v[j] == 0x2019 || v[j] == 0x02BC
                    if inner && j + 1 < v.count && isWordChar(v[j + 1]) { j += 2; continue }
                    break
                }
                result.append(i..<j)
                i = j
            } else {
                result.append(i..<(i + 1))
                i += 1
            }
        }
        return result
    }
}
