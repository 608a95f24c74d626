import Foundation

/// A set of grammemes as a 128-bit mask over the dictionary's grammeme list.
///
/// - Complexity: every operation is O(1).
struct GrammemeSet: Hashable, Sendable {
    var low: UInt64 = 0
    var high: UInt64 = 0

    @inline(__always) func contains(_ index: Int) -> Bool {
        index < 64 ? low & (1 << UInt64(index)) != 0 : high & (1 << UInt64(index - 64)) != 0
    }

    @inline(__always) mutating func insert(_ index: Int) {
        if index < 64 { low |= 1 << UInt64(index) } else if index < 128 { high |= 1 << UInt64(index - 64) }
    }

    @inline(__always) func isSuperset(of other: GrammemeSet) -> Bool {
        low & other.low == other.low && high & other.high == other.high
    }

    @inline(__always) func intersectionCount(_ other: GrammemeSet) -> Int {
        (low & other.low).nonzeroBitCount + (high & other.high).nonzeroBitCount
    }

    @inline(__always) var count: Int { low.nonzeroBitCount + high.nonzeroBitCount }
}

/// The dictionary's tag table (`gramtab-opencorpora-int.json`) with each tag parsed once.
///
/// A tag id is an index into ``names``; every other array is indexed the same way.
/// Grammeme names are OpenCorpora's (`NOUN`, `femn`, `gent`, `Surn`, …); their VESUM
/// aliases (`noun`, `f`, `v_rod`, `lname`, …) are kept for mapping corpus tags.
struct TagTable: Sendable {
    /// Tag strings, e.g. `NOUN,inan,femn sing,gent`. Shape: `[tagCount]`.
    let names: [String]
    /// Grammemes of each tag. Shape: `[tagCount]`.
    let sets: ContiguousArray<GrammemeSet>
    /// Grammeme index of each tag's part of speech, or `-1`. Shape: `[tagCount]`.
    let partOfSpeech: ContiguousArray<Int8>
    /// Grammeme names. Shape: `[grammemeCount]`, at most 128.
    let grammemes: [String]
    /// VESUM alias of each grammeme (`v_rod` for `gent`). Shape: `[grammemeCount]`.
    let aliases: [String]
    /// Parent grammeme of each grammeme (`CAse` for `gent`), or `-1`. Shape: `[grammemeCount]`.
    let parents: [Int]
    /// Grammeme index by name (OpenCorpora name or VESUM alias).
    let index: [String: Int]
    /// Per tag: the grammeme index of its case, number and gender, or -1. Shape: `[tagCount]`.
    let caseOf: ContiguousArray<Int8>
    let numberOf: ContiguousArray<Int8>
    let genderOf: ContiguousArray<Int8>
    /// Per tag: whether it marks a name, surname, patronymic or abbreviation. Shape: `[tagCount]`.
    let isProperName: ContiguousArray<Bool>
    /// The number of tags from the gramtab; the shape tags follow them.
    let dictionaryTagCount: Int
    /// Grammeme names of each tag, split once so that readings share them. Shape: `[tagCount]`.
    let grammemeLists: [[String]]

    /// The grammeme names of tag `id`.
    func grammemeList(_ id: Int) -> [String] {
        id >= 0 && id < grammemeLists.count ? grammemeLists[id] : []
    }

    /// Tags given by shape, after the gramtab's: numbers, Latin words, punctuation, symbols,
    /// and anything else.
    static let shapeTags = ["NUMB", "LATN", "PNCT", "SYMB", "UNKN"]

    /// The tag id of a shape tag (`NUMB`, `LATN`, `PNCT`, `SYMB`, `UNKN`).
    func shapeTag(_ name: String) -> Int {
        dictionaryTagCount + (TagTable.shapeTags.firstIndex(of: name) ?? (TagTable.shapeTags.count - 1))
    }

    /// The part-of-speech name of tag `id`: an OpenCorpora POS (`NOUN`), a shape tag name, or `X`.
    func partOfSpeechName(_ id: Int) -> String {
        guard id >= 0, id < names.count else { return "X" }
        let pos = Int(partOfSpeech[id])
        if pos >= 0 { return grammemes[pos] }
        return id >= dictionaryTagCount ? names[id] : "X"
    }

    /// Builds the table from the parsed JSON of `grammemes.json` and the gramtab.
    init(grammemeRows: [[Any]], tags: [String], file: String) throws(MorphError) {
        var grammemes: [String] = []
        var aliases: [String] = []
        var parentNames: [String?] = []
        for row in grammemeRows {
            guard let name = row.first as? String else {
                throw MorphError(.dictionaryCorrupt, "Unexpected row in \(file). Run `litopys setup` again.")
            }
            grammemes.append(name)
            parentNames.append(row.count > 1 ? row[1] as? String : nil)
            aliases.append(row.count > 2 ? (row[2] as? String ?? name) : name)
        }
        guard grammemes.count <= 128 else {
            throw MorphError(.dictionaryCorrupt, "\(file) lists \(grammemes.count) grammemes; at most 128 are supported.")
        }
        var index: [String: Int] = [:]
        for (i, alias) in aliases.enumerated() where index[alias] == nil { index[alias] = i }
        for (i, name) in grammemes.enumerated() { index[name] = i }
        let parents = parentNames.map { name in name.flatMap { index[$0] } ?? -1 }
        let post = index["POST"] ?? -1
        var sets = ContiguousArray<GrammemeSet>()
        var partOfSpeech = ContiguousArray<Int8>()
        sets.reserveCapacity(tags.count)
        for tag in tags {
            var set = GrammemeSet()
            var pos: Int8 = -1
            for part in tag.split(whereSeparator: { $0 == "," || $0 == " " }) {
                guard let g = index[String(part)] else { continue }
                set.insert(g)
                if pos < 0, parents[g] == post { pos = Int8(g) }
            }
            sets.append(set)
            partOfSpeech.append(pos)
        }
        // Tags for words the dictionary does not describe; they have no grammemes.
        for _ in TagTable.shapeTags {
            sets.append(GrammemeSet())
            partOfSpeech.append(-1)
        }
        func member(_ set: GrammemeSet, _ parentName: String) -> Int8 {
            guard let parent = index[parentName] else { return -1 }
            for g in 0..<grammemes.count where parents[g] == parent && set.contains(g) { return Int8(g) }
            return -1
        }
        caseOf = ContiguousArray(sets.map { member($0, "CAse") })
        numberOf = ContiguousArray(sets.map { member($0, "NMbr") })
        genderOf = ContiguousArray(sets.map { member($0, "GNdr") })
        let flags = ["Name", "Surn", "Patr", "Abbr"].compactMap { index[$0] }
        isProperName = ContiguousArray(sets.map { set in flags.contains { set.contains($0) } })
        self.names = tags + TagTable.shapeTags
        self.grammemeLists = self.names.map { $0.split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init) }
        self.dictionaryTagCount = tags.count
        self.sets = sets
        self.partOfSpeech = partOfSpeech
        self.grammemes = grammemes
        self.aliases = aliases
        self.parents = parents
        self.index = index
    }

    /// The grammeme set of names (OpenCorpora or VESUM); unknown names are skipped.
    func set<S: Sequence>(of names: S) -> GrammemeSet where S.Element == String {
        var set = GrammemeSet()
        for name in names { if let g = index[name] { set.insert(g) } }
        return set
    }

    /// The index of the grammeme in `set` whose parent is `parent` (e.g. the case), or -1.
    func member(of set: GrammemeSet, parent: Int) -> Int {
        guard parent >= 0 else { return -1 }
        for g in 0..<grammemes.count where parents[g] == parent && set.contains(g) { return g }
        return -1
    }
}
