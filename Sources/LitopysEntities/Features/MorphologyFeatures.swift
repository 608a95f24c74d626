import LitopysMorph

/// Morphological atoms for the tagger, from the VESUM analyzer: lemma, part of speech,
/// the cases a form can have, and whether it can be a first name, surname or patronymic.
///
/// Optional: the tagger works without it (the atoms stay 0), and a model records whether it
/// was trained with it. Analyses are cached per word form within one call.
struct MorphologyFeatures: Sendable {
    /// The analyzer.
    let analyzer: MorphAnalyzer

    /// The analyzer over the installed dictionary, or nil when it is not installed.
    static let shared: MorphologyFeatures? = {
        guard let analyzer = try? MorphAnalyzer() else { return nil }
        return MorphologyFeatures(analyzer: analyzer)
    }()

    /// The atoms of one word.
    func atoms(of word: String) -> MorphAtoms {
        let readings = analyzer.analyze(word)
        guard let first = readings.first else { return .unknown }
        var atoms = MorphAtoms()
        atoms.lemma = ScalarText.hash("l:" + first.lemma)
        var pos = Set<String>()
        var cases = Set<String>()
        var kinds = Set<String>()
        for r in readings {
            pos.insert(r.partOfSpeech)
            if let c = r.grammemeCase { cases.insert(c) }
            if r.isFirstName { kinds.insert("Name") }
            if r.isSurname { kinds.insert("Surn") }
            if r.isPatronymic { kinds.insert("Patr") }
            if r.isAbbreviation { kinds.insert("Abbr") }
            if r.has("Geox") { kinds.insert("Geox") }
            if r.has("Orgn") { kinds.insert("Orgn") }
        }
        atoms.pos = ScalarText.hash("p:" + first.partOfSpeech + "|" + pos.sorted().joined(separator: ","))
        atoms.grammaticalCase = ScalarText.hash("c:" + cases.sorted().joined(separator: ","))
        atoms.nameKind = ScalarText.hash("k:" + kinds.sorted().joined(separator: ","))
        return atoms
    }

    /// Atoms for every token of `input`. Shape: `[tokenCount]`.
    ///
    /// - Complexity: O(tokens) lookups, one analysis per distinct form.
    func atoms(for input: TaggingInput) -> ContiguousArray<MorphAtoms> {
        var cache: [String: MorphAtoms] = [:]
        var result = ContiguousArray<MorphAtoms>()
        result.reserveCapacity(input.tokenCount)
        for i in 0..<input.tokenCount {
            let word = input.text(ofToken: i)
            if let hit = cache[word] {
                result.append(hit)
            } else {
                let a = atoms(of: word)
                cache[word] = a
                result.append(a)
            }
        }
        return result
    }
}
