import Foundation
import LitopysMorph

/// Morphological atoms for the tagger, from the VESUM analyzer: lemma, part of speech,
/// the cases a form can have, and whether it can be a first name, surname or patronymic.
///
/// Optional: the tagger works without it (the atoms stay 0), and a model records whether it
/// was trained with it. Atoms are cached per word form, shared by all copies and threads.
struct MorphologyFeatures: Sendable {
    /// The analyzer.
    let analyzer: MorphAnalyzer
    /// Atoms of word forms already seen.
    let cache = AtomCache()

    init(analyzer: MorphAnalyzer) {
        self.analyzer = analyzer
    }

    /// The analyzer over the installed dictionary, or nil when it is not installed.
    static let shared: MorphologyFeatures? = {
        guard let analyzer = try? MorphAnalyzer() else { return nil }
        return MorphologyFeatures(analyzer: analyzer)
    }()

    /// The atoms of one word.
    func atoms(of word: String) -> MorphAtoms {
        var tags: [Int: TagFacts] = [:]
        return atoms(of: word, tags: &tags)
    }

    /// What the features use of one tag: its case and its name kinds, read once per tag.
    struct TagFacts {
        var grammaticalCase: String?
        var kinds: [String]
    }

    /// The genders, in the order of ``MorphAtoms/nounAgreement``'s bits.
    private static let genders = [Grammeme.masculine, Grammeme.feminine, Grammeme.neuter]

    /// The atoms of one word; `tags` caches what each tag id says, across the words of a document.
    func atoms(of word: String, tags: inout [Int: TagFacts]) -> MorphAtoms {
        let readings = analyzer.analyze(word)
        guard let first = readings.first else { return .unknown }
        var atoms = MorphAtoms()
        atoms.lemma = ScalarText.hash("l:" + first.lemma)
        // The first reading's, as `litopys train clusters --lemmas` reads the text (`MorphAnalyzer.lemma`).
        atoms.lemmaKey = WordClusters.key(of: first.lemma)
        // A reading that is not a personal name first: `Львова` is the genitive of `Львів`
        // and of the surname `Львов`.
        let place = readings.first { !$0.isNamePart } ?? first
        atoms.lemmaStem = NameNormalizer.stemHash(place.lemma)
        var pos = Set<String>()
        var cases = Set<String>()
        var kinds = Set<String>()
        var livingGenitives = 0
        var thingGenitives = 0
        for r in readings {
            pos.insert(r.partOfSpeech)
            let facts: TagFacts
            if let cached = tags[r.tagID] {
                facts = cached
            } else {
                let grammemes = r.grammemes
                facts = TagFacts(
                    grammaticalCase: grammemes.first { Grammeme.cases.contains($0) },
                    kinds: ["Name", "Surn", "Patr", "Abbr", "Geox", "Orgn", "anim"].filter { grammemes.contains($0) })
                tags[r.tagID] = facts
            }
            if let c = facts.grammaticalCase { cases.insert(c) }
            kinds.formUnion(facts.kinds)
            if facts.kinds.contains("Name"), r.number != Grammeme.plural { atoms.isSingularFirstName = true }
            if r.partOfSpeech == "NOUN", facts.grammaticalCase == Grammeme.genitive {
                if facts.kinds.contains("anim") { livingGenitives += 1 } else { thingGenitives += 1 }
            }
            if r.partOfSpeech == "NOUN", r.number != Grammeme.plural, let c = facts.grammaticalCase.flatMap(Grammeme.cases.firstIndex),
                let g = r.gender.flatMap(Self.genders.firstIndex)
            {
                atoms.nounAgreement |= 1 << UInt32(c * 3 + g)
            }
        }
        atoms.isAdjective = first.partOfSpeech == "ADJF"
        atoms.canBeAdjective = pos.contains("ADJF")
        let group: UInt8
        switch first.partOfSpeech {
        case "NOUN", "NPRO": group = 0
        case "ADJF", "PRTF", "NUMR": group = 1
        case "VERB", "INFN", "PRTS", "GRND": group = 2
        case "PREP": group = 3
        case "CONJ": group = 4
        default: group = 5
        }
        atoms.transitionGroup = group * 2 + (cases.contains(Grammeme.genitive) ? 1 : 0)
        atoms.canBeThingNominative = readings.contains { r in
            r.source == .dictionary && r.partOfSpeech == "NOUN" && !r.isNamePart && !r.has("anim") && r.grammemeCase == Grammeme.nominative
        }
        atoms.isLivingGenitive = livingGenitives > 0 && thingGenitives == 0
        atoms.isOnlyPersonalName = readings.allSatisfy { $0.source == .dictionary && $0.isNamePart }
        atoms.isOnlyCommonWord = readings.allSatisfy { $0.source == .dictionary && !$0.isNamePart }
            && kinds.isDisjoint(with: ["Name", "Surn", "Patr", "Abbr", "Geox", "Orgn", "anim"]) && !pos.contains("ADJF")
        atoms.canBeFirstName = kinds.contains("Name")
        atoms.canBeSurname = kinds.contains("Surn") || !readings.contains { $0.source == .dictionary }
        atoms.pos = ScalarText.hash("p:" + first.partOfSpeech + "|" + pos.sorted().joined(separator: ","))
        atoms.grammaticalCase = ScalarText.hash("c:" + cases.sorted().joined(separator: ","))
        atoms.nameKind = ScalarText.hash("k:" + kinds.sorted().joined(separator: ","))
        return atoms
    }

    /// Atoms for every token of `input`. Shape: `[tokenCount]`.
    ///
    /// - Complexity: O(tokens) lookups; one analysis per form not seen before in the process.
    func atoms(for input: TaggingInput) -> ContiguousArray<MorphAtoms> {
        var result = ContiguousArray<MorphAtoms>()
        result.reserveCapacity(input.tokenCount)
        var missing: [(Int, UInt64)] = []
        input.scalars.withUnsafeBufferPointer { text in
            // Keyed by the exact code points (not folded: case matters to the analyzer's guesses).
            var keys = ContiguousArray<UInt64>()
            keys.reserveCapacity(input.tokenCount)
            for i in 0..<input.tokenCount {
                var h = ScalarText.seed
                for k in Int(input.starts[i])..<Int(input.ends[i]) { h = ScalarText.step(h, text[k]) }
                keys.append(ScalarText.finish(h))
            }
            cache.lookup(keys) { i, atoms in
                if let atoms { result.append(atoms) } else {
                    result.append(.unknown)
                    missing.append((i, keys[i]))
                }
            }
        }
        if !missing.isEmpty {
            var fresh: [(UInt64, MorphAtoms)] = []
            var tags: [Int: TagFacts] = [:]
            for (i, key) in missing {
                let a = atoms(of: input.text(ofToken: i), tags: &tags)
                result[i] = a
                fresh.append((key, a))
            }
            cache.store(fresh)
        }
        return result
    }
}

/// A process-wide, thread-safe cache of morphological atoms by word-form hash, bounded in
/// size (it is emptied when full), so that a long run analyses each form about once.
final class AtomCache: @unchecked Sendable {
    private let lock = NSLock()
    private var table: [UInt64: MorphAtoms] = [:]
    /// The most forms kept. The default is 500,000.
    let capacity: Int

    init(capacity: Int = 500_000) {
        self.capacity = capacity
    }

    /// Calls `body(index, atoms or nil)` for each key, in order, under one lock.
    func lookup(_ keys: ContiguousArray<UInt64>, _ body: (Int, MorphAtoms?) -> Void) {
        lock.lock()
        defer { lock.unlock() }
        for (i, k) in keys.enumerated() { body(i, table[k]) }
    }

    /// Adds entries.
    func store(_ entries: [(UInt64, MorphAtoms)]) {
        lock.lock()
        defer { lock.unlock() }
        if table.count + entries.count > capacity { table.removeAll(keepingCapacity: true) }
        for (k, a) in entries { table[k] = a }
    }
}
