/// Readings for words the dictionary does not list: hyphenated words, known prefixes, and
/// the ending-based guesser over the dictionary's prediction DAWGs.
extension MorphAnalyzer {
    /// Particles written after a hyphen that do not change a word's reading.
    static let hyphenParticles: [[UInt8]] = ["то", "таки", "бо", "но", "от", "ж", "же"].map { Array($0.utf8) }

    /// Prefixes that keep the reading of the rest of the word (`екс`, `віце`, `анти`, …).
    static let knownPrefixes: [[UInt8]] = [
        "не", "екс", "віце", "анти", "контр", "псевдо", "супер", "мікро", "макро", "міні", "мега", "гіпер", "ультра",
        "само", "між", "пост", "напів", "авто", "авіа", "електро", "енерго", "теле", "радіо", "відео", "кібер", "нео",
        "квазі", "спец", "держ", "євро", "наці", "транс", "вело", "мото", "агро", "еко", "гео", "біо", "медіа", "пів",
    ].map { Array($0.utf8) }

    /// Endings of Ukrainian surnames that do not decline (`Западенко`, `Тимошенко`).
    static let indeclinableSurnameEndings = ["енко", "єнко"]
    static let indeclinableSurnameEndingBytes = indeclinableSurnameEndings.map { Array($0.utf8) }

    /// For a capitalised word with an indeclinable-surname ending and no surname reading in
    /// the dictionary: surname readings in every case, both genders.
    func surnamePatternReadings(_ key: LookupKey, known: [MorphAnalysis]) -> [MorphAnalysis] {
        guard key.casing == .title || key.casing == .upper, key.shape == .cyrillic,
            Self.indeclinableSurnameEndingBytes.contains(where: { key.bytes.count > $0.count + 2 && key.bytes.suffix($0.count).elementsEqual($0) }),
            !known.contains(where: \.isSurname)
        else { return [] }
        let text = String(decoding: key.bytes, as: UTF8.self)
        let tags = dictionary.tags
        return ["masc", "femn"].flatMap { gender in
            Grammeme.cases.compactMap { grammemeCase -> MorphAnalysis? in
                let name = "NOUN,Surn,Fixd,\(gender),anim \(grammemeCase)"
                guard let id = tags.names.firstIndex(of: name) else { return nil }
                return MorphAnalysis(
                    word: text, lemma: text, tagID: id, tag: name, partOfSpeech: tags.partOfSpeechName(id), source: .suffix,
                    paradigm: -1, form: -1, grammemes: tags.grammemeList(id))
            }
        }
    }

    /// Ordinal endings after digits (`90-х`, `2022-го`, `5-ї`) and the adjective tags they
    /// can have; the longest matching ending wins.
    static let ordinalEndings: [(ending: String, tags: [String])] = [
        ("ому", ["ADJF masc,datv", "ADJF masc,loct", "ADJF neut,datv", "ADJF neut,loct"]),
        ("ого", ["ADJF masc,gent", "ADJF masc,accs", "ADJF neut,gent"]),
        ("ими", ["ADJF plur,ablt"]), ("ій", ["ADJF femn,datv", "ADJF femn,loct"]),
        ("ою", ["ADJF femn,ablt"]), ("ий", ["ADJF masc,nomn", "ADJF masc,accs"]),
        ("го", ["ADJF masc,gent", "ADJF masc,accs", "ADJF neut,gent"]),
        ("му", ["ADJF masc,datv", "ADJF masc,loct", "ADJF neut,datv", "ADJF neut,loct"]),
        ("ми", ["ADJF plur,ablt"]), ("ті", ["ADJF plur,nomn"]), ("их", ["ADJF plur,gent", "ADJF plur,loct"]),
        ("й", ["ADJF masc,nomn", "ADJF masc,accs"]), ("х", ["ADJF plur,gent", "ADJF plur,loct"]),
        ("м", ["ADJF masc,ablt", "ADJF neut,ablt", "ADJF plur,datv"]),
        ("ї", ["ADJF femn,gent", "ADJF femn,datv", "ADJF femn,loct"]), ("у", ["ADJF femn,accs"]),
        ("а", ["ADJF femn,nomn"]), ("е", ["ADJF neut,nomn", "ADJF neut,accs"]), ("і", ["ADJF plur,nomn"]),
    ]

    /// `90-х` → lemma `90-й`, an adjective in the cases its ending allows.
    func ordinalReadings(_ key: LookupKey) -> [MorphAnalysis] {
        let text = String(decoding: key.bytes, as: UTF8.self)
        guard let hyphen = text.firstIndex(of: "-"), hyphen != text.startIndex,
            text[..<hyphen].allSatisfy({ $0.isASCII && $0.isNumber })
        else { return [] }
        let ending = text[text.index(after: hyphen)...]
        guard !ending.isEmpty, ending.count <= 3 else { return [] }
        guard let match = Self.ordinalEndings.first(where: { ending.hasSuffix($0.ending) }) else { return [] }
        let lemma = text[..<hyphen] + "-й"
        let tags = dictionary.tags
        return match.tags.compactMap { name in
            guard let id = tags.names.firstIndex(of: name) else { return nil }
            return MorphAnalysis(
                word: text, lemma: String(lemma), tagID: id, tag: name, partOfSpeech: tags.partOfSpeechName(id),
                source: .suffix, paradigm: -1, form: -1, grammemes: tags.grammemeList(id))
        }
    }

    /// Parts of speech the guesser may propose (open classes).
    private func isProductive(_ tagID: Int) -> Bool {
        switch dictionary.tags.partOfSpeechName(tagID) {
        case "NOUN", "ADJF", "PRTF", "VERB", "GRND", "ADVB": return true
        default: return false
        }
    }

    /// `що-небудь` style: read the last part, keep the first part in the word and lemma;
    /// `сказав-таки`: read the first part and keep the particle.
    func hyphenReadings(_ key: LookupKey) -> [MorphAnalysis] {
        let bytes = key.bytes
        guard let hyphen = bytes.lastIndex(of: UInt8(ascii: "-")), hyphen > 0, hyphen < bytes.count - 1 else { return [] }
        let left = Array(bytes[..<hyphen])
        let right = Array(bytes[(hyphen + 1)...])
        if Self.hyphenParticles.contains(right) {
            var sub = key
            sub.bytes = left
            return analyze(sub).map { parse in
                MorphAnalysis(
                    word: parse.word + "-" + String(decoding: right, as: UTF8.self), lemma: parse.lemma + "-" + String(decoding: right, as: UTF8.self),
                    tagID: parse.tagID, tag: parse.tag, partOfSpeech: parse.partOfSpeech, source: .hyphen, paradigm: -1, form: -1,
                    grammemes: parse.grammemes)
            }
        }
        var sub = key
        sub.bytes = right
        let rightReadings = analyze(sub)
        guard rightReadings.first?.source != .shape else { return [] }
        let leftText = String(decoding: left, as: UTF8.self) + "-"
        var hits: [DictionaryHit] = []
        dictionary.lookup(right, into: &hits)
        if !hits.isEmpty {
            return hits.map { reading($0, source: .hyphen, lemmaPrefix: left + [UInt8(ascii: "-")], wordPrefix: left + [UInt8(ascii: "-")]) }
        }
        return rightReadings.map { parse in
            MorphAnalysis(
                word: leftText + parse.word, lemma: leftText + parse.lemma, tagID: parse.tagID, tag: parse.tag,
                partOfSpeech: parse.partOfSpeech, source: .hyphen, paradigm: -1, form: -1, grammemes: parse.grammemes)
        }
    }

    /// `екссекретаря` → `екс` + `секретаря`: readings of the rest, with the prefix kept.
    func prefixReadings(_ bytes: [UInt8]) -> [MorphAnalysis] {
        for prefix in Self.knownPrefixes where bytes.count >= prefix.count + 6 && bytes.starts(with: prefix) {
            var hits: [DictionaryHit] = []
            dictionary.lookup(Array(bytes[prefix.count...]), into: &hits)
            let readings = hits.filter { isProductive(dictionary.tagID($0.paradigm, $0.form)) }
                .map { reading($0, source: .prefix, lemmaPrefix: prefix, wordPrefix: prefix) }
            if !readings.isEmpty { return readings }
        }
        return []
    }

    /// Guesses from the longest ending (up to 5 letters) that the prediction DAWG knows,
    /// most frequent paradigm first; for a capitalised word, name readings come first.
    func guess(_ key: LookupKey) -> [MorphAnalysis] {
        let bytes = key.bytes
        // Character boundaries, to cut endings of 5…1 letters.
        var starts: [Int] = []
        for (i, byte) in bytes.enumerated() where byte & 0xC0 != 0x80 { starts.append(i) }
        guard starts.count >= 3 else { return [] }
        var hits: [DictionaryHit] = []
        for length in stride(from: min(5, starts.count - 1), through: 1, by: -1) {
            let cut = starts[starts.count - length]
            var found: [DictionaryHit] = []
            dictionary.predict(ending: bytes[cut...], wordStart: bytes[..<cut], prefixID: 0, into: &found)
            found = found.filter { isProductive(dictionary.tagID($0.paradigm, $0.form)) }
            if !found.isEmpty {
                hits = found
                break
            }
        }
        // A capitalised unknown word is most likely a name: name readings first, declinable
        // ones before indeclinable (`Боброка` is a form of `Боброк`), then by frequency, then
        // in the order found. The flags are read once per hit, not per comparison.
        let capitalised = key.casing == .title
        let tags = dictionary.tags
        let fixd = tags.index["Fixd"] ?? -1
        let nameGrammemes = ["Surn", "Name", "Patr"].compactMap { tags.index[$0] }
        let ranked = hits.indices.map { i -> (name: Bool, fixed: Bool, count: Int, index: Int) in
            guard capitalised else { return (false, false, hits[i].count, i) }
            let set = tags.sets[dictionary.tagID(hits[i].paradigm, hits[i].form)]
            return (nameGrammemes.contains { set.contains($0) }, fixd >= 0 && set.contains(fixd), hits[i].count, i)
        }.sorted { a, b in
            if a.name != b.name { return a.name }
            if a.fixed != b.fixed { return !a.fixed }
            if a.count != b.count { return a.count > b.count }
            return a.index < b.index
        }
        var result: [MorphAnalysis] = []
        for r in ranked {
            let parse = reading(hits[r.index], source: .suffix)
            if !result.contains(where: { $0.tagID == parse.tagID && $0.lemma.utf8.elementsEqual(parse.lemma.utf8) }) { result.append(parse) }
        }
        return result
    }
}
