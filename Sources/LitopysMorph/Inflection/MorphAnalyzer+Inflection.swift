/// Inflection: another form of the same lexeme, and whole phrases put into the nominative.
extension MorphAnalyzer {
    /// The form of `parse`'s lexeme that has all `grammemes` (OpenCorpora names, e.g.
    /// `["gent", "plur"]`) and otherwise differs least from `parse`; nil if the lexeme has no
    /// such form or the reading is not from a paradigm (shape readings).
    ///
    /// ```swift
    /// let parse = analyzer.analyze("Рада").first!
    /// analyzer.inflect(parse, to: ["gent"])?.word   // "ради"
    /// ```
    /// - Complexity: O(forms in the paradigm).
    public func inflect(_ parse: MorphAnalysis, to grammemes: Set<String>) -> MorphAnalysis? {
        let tags = dictionary.tags
        // Singular forms carry a gender instead of `sing`: ask for "not plural" instead.
        let wantsSingular = grammemes.contains(Grammeme.singular)
        let grammemes = grammemes.subtracting([Grammeme.singular])
        let required = tags.set(of: grammemes)
        let plural = tags.index[Grammeme.plural] ?? -1
        guard parse.paradigm >= 0, dictionary.isValid(parse.paradigm, parse.form) else {
            return tags.sets.indices.contains(parse.tagID) && tags.sets[parse.tagID].isSuperset(of: required) ? parse : nil
        }
        // Keep what is not asked to change: drop from the current tag every grammeme of a
        // category (case, number, gender, …) that `grammemes` sets.
        var keep = tags.sets[parse.tagID]
        let replacedParents = Set((wantsSingular ? grammemes.union([Grammeme.plural]) : grammemes).compactMap { tags.index[$0] }.map { tags.parents[$0] }.filter { $0 >= 0 })
        var filtered = GrammemeSet()
        for g in 0..<tags.grammemes.count where keep.contains(g) && !replacedParents.contains(tags.parents[g]) {
            filtered.insert(g)
        }
        keep = filtered
        let p = parse.paradigm
        var best = -1
        var bestScore = -1
        for form in 0..<dictionary.formCount(p) {
            let set = tags.sets[dictionary.tagID(p, form)]
            guard set.isSuperset(of: required), !(wantsSingular && plural >= 0 && set.contains(plural)) else { continue }
            let score = set.intersectionCount(keep) * 4 - set.count
            if score > bestScore {
                best = form
                bestScore = score
            }
        }
        // Some lexemes tag their dictionary form without a case (`секретар`: `NOUN,anim masc`):
        // that form is the nominative singular.
        if best < 0 && grammemes.contains(Grammeme.nominative) && !grammemes.contains(Grammeme.plural) && dictionary.formCount(p) > 0 {
            let caseIndices = Set(Grammeme.cases.compactMap { tags.index[$0] })
            let first = tags.sets[dictionary.tagID(p, 0)]
            if !caseIndices.contains(where: { first.contains($0) }) && !(plural >= 0 && first.contains(plural)) { best = 0 }
        }
        guard best >= 0 else { return nil }
        let hit = DictionaryHit(word: dictionary.form(Array(parse.word.utf8)[...], p, parse.form, to: best), paradigm: p, form: best)
        let result = reading(hit, source: parse.source)
        return MorphAnalysis(
            word: result.word, lemma: parse.lemma, tagID: result.tagID, tag: result.tag, partOfSpeech: result.partOfSpeech,
            source: parse.source, paradigm: p, form: best, grammemes: result.grammemes)
    }

    /// `word` inflected to `grammemes` in its most likely reading that can be, keeping the
    /// input's capitalisation; `word` itself when no reading can. Readings in which `word`
    /// is its own lemma come first, since callers usually pass a dictionary form.
    ///
    /// ```swift
    /// analyzer.inflect("Київ", to: ["loct"])   // "Києві"
    /// ```
    public func inflect(_ word: String, to grammemes: Set<String>) -> String {
        let (lead, core, trail) = Self.splitPunctuation(word)
        if !lead.isEmpty || !trail.isEmpty {
            return core.isEmpty ? word : lead + inflect(core, to: grammemes) + trail
        }
        let readings = analyze(word)
        let lemmaFirst = readings.filter { $0.lemma == $0.word } + readings.filter { $0.lemma != $0.word }
        for parse in lemmaFirst {
            if let form = inflect(parse, to: grammemes) { return Self.restoreCase(form.word, like: word) }
        }
        return word
    }

    /// The phrase `words` in the nominative: the head noun and the words that agree with it
    /// (adjectives before it, name parts after it) change; genitive complements and other
    /// words stay as written. Capitalisation and apostrophes follow the input.
    ///
    /// `gender` (`"masc"`, `"femn"`, `"neut"`) picks among readings when the words alone do
    /// not tell (`Шевченко`, `Ковальової`). `animate` prefers a head that names a being, for
    /// titles (`міському голові` → `міський голова`, not `гол`).
    ///
    /// ```swift
    /// analyzer.nominative(of: ["Єнса", "Столтенберга"])          // ["Єнс", "Столтенберг"]
    /// analyzer.nominative(of: ["Верховної", "Ради"])             // ["Верховна", "Рада"]
    /// analyzer.nominative(of: ["заступниці", "держсекретаря"])   // ["заступниця", "держсекретаря"]
    /// ```
    /// - Complexity: O(words × readings²).
    public func nominative(of words: [String], gender: String? = nil, animate: Bool = false) -> [String] {
        guard !words.isEmpty else { return [] }
        // Quotes and brackets around a word (`«Нафтогазу»`) stay; the word inside changes.
        let pieces = words.map(Self.splitPunctuation)
        if pieces.contains(where: { !$0.lead.isEmpty || !$0.trail.isEmpty }) {
            let cores = pieces.map(\.core)
            let inner = nominative(of: cores.map { $0.isEmpty ? "-" : $0 }, gender: gender, animate: animate)
            return pieces.indices.map { i in cores[i].isEmpty ? words[i] : pieces[i].lead + inner[i] + pieces[i].trail }
        }
        let readings = words.map { analyze($0) }
        func isNoun(_ r: MorphAnalysis) -> Bool { r.partOfSpeech == "NOUN" || r.partOfSpeech == "NPRO" }
        func isModifier(_ r: MorphAnalysis) -> Bool {
            r.partOfSpeech == "ADJF" || r.partOfSpeech == "PRTF" || r.partOfSpeech == "NUMR" || r.partOfSpeech == "NPRO"
        }
        // The head: the first noun, unless it can also be an adjective agreeing with a noun next.
        // Abbreviations in capitals (`НАТО`, `ЄС`) never inflect and are never agreed with.
        func isAbbreviation(_ k: Int) -> Bool {
            let letters = words[k].filter(\.isLetter)
            guard letters.count > 1 && letters.allSatisfy(\.isUppercase) else { return false }
            return readings[k].contains { $0.isAbbreviation } || !readings[k].contains { $0.source == .dictionary }
        }
        var head = -1
        for i in words.indices where readings[i].contains(where: isNoun) && !isAbbreviation(i) {
            let canModify = readings[i].contains(where: isModifier) && i + 1 < words.count && !isAbbreviation(i + 1)
                && readings[i + 1].contains(where: isNoun)
                // A surname spelt like an adjective heads only when capitalised: `української
                // режисерки` is an adjective and its noun.
                && !(words[i].first?.isUppercase == true && readings[i].contains { $0.isNamePart })
            if canModify { continue }
            head = i
            break
        }
        if head < 0 { head = words.indices.first(where: { readings[$0].contains(where: isNoun) }) ?? -1 }
        guard head >= 0 else {
            // No noun: put a lone adjective (or the first word) into the nominative.
            return words.enumerated().map { i, word in i == 0 ? inflect(word, to: [Grammeme.nominative]) : word }
        }
        let casePreference = ["nomn": 10, "gent": 8, "datv": 6, "ablt": 5, "loct": 4, "accs": 3, "voct": 1]
        func agrees(_ r: MorphAnalysis, _ c: String, _ n: String?, _ g: String?) -> Bool {
            guard r.grammemeCase == c else { return false }
            if let n, let rn = r.number, rn != n { return false }
            if n != "plur", let g, let rg = r.gender, rg != g { return false }
            return true
        }
        var best: (score: Int, head: MorphAnalysis, modifiers: [Int: MorphAnalysis])?
        let capitalised = { (k: Int) in words[k].first.map { $0.isUppercase } ?? false }
        // A capitalised adjective can be an adjectival surname (`Залужного`): a weaker head
        // reading, chosen when the gender hint asks for it.
        for (order, candidate) in readings[head].enumerated()
        where isNoun(candidate) || (capitalised(head) && candidate.partOfSpeech == "ADJF") {
            guard let c = candidate.grammemeCase else { continue }
            let n = candidate.number
            let g = candidate.gender
            var score = (casePreference[c] ?? 0) - min(order, 5) - (isNoun(candidate) ? 0 : 15)
            if n == "sing" { score += 20 }
            if let gender, g == gender { score += 50 }
            if let gender, let g, g != gender { score -= 50 }
            if animate && candidate.has("anim") { score += 30 }
            // A word in lower case is no surname: `маршалком` is `маршалок`, not `Маршалко`.
            if candidate.isNamePart && !capitalised(head) { score -= 40 }
            var chosen: [Int: MorphAnalysis] = [:]
            var i = head - 1
            while i >= 0 {
                // Coordinated adjectives: `Надзвичайним і Повноважним Послом`.
                if i > 0, ["і", "та", "й"].contains(words[i]), readings[i - 1].contains(where: { isModifier($0) && agrees($0, c, n, g) }) {
                    i -= 1
                    continue
                }
                guard let r = readings[i].first(where: { isModifier($0) && agrees($0, c, n, g) }) else { break }
                chosen[i] = r
                score += 100
                i -= 1
            }
            var j = head + 1
            while j < words.count, capitalised(j), !isAbbreviation(j), capitalised(head) || candidate.isNamePart,
                let r = readings[j].first(where: { ($0.partOfSpeech == "NOUN" || $0.partOfSpeech == "ADJF") && agrees($0, c, n, g) && ($0.isNamePart || candidate.isNamePart || $0.source != .dictionary) })
            {
                chosen[j] = r
                score += 30
                j += 1
            }
            if best == nil || score > best?.score ?? .min { best = (score, candidate, chosen) }
        }
        guard let best else { return words }
        var result = words
        let n = best.head.number
        var target: Set<String> = [Grammeme.nominative]
        if let n { target.insert(n) }
        if let form = inflect(best.head, to: target) { result[head] = Self.restoreCase(form.word, like: words[head]) }
        for (i, r) in best.modifiers {
            var modifierTarget = target
            if n != "plur", let g = best.head.gender, r.partOfSpeech != "NOUN" { modifierTarget.insert(g) }
            if let form = inflect(r, to: modifierTarget) ?? inflect(r, to: target) {
                result[i] = Self.restoreCase(form.word, like: words[i])
            }
        }
        return result
    }

    /// `word` split into leading punctuation, the core (from the first to the last letter or
    /// digit), and trailing punctuation.
    static func splitPunctuation(_ word: String) -> (lead: String, core: String, trail: String) {
        guard let first = word.firstIndex(where: { $0.isLetter || $0.isNumber }),
            let last = word.lastIndex(where: { $0.isLetter || $0.isNumber })
        else { return ("", word, "") }
        return (String(word[..<first]), String(word[first...last]), String(word[word.index(after: last)...]))
    }

    /// `form` (lowercased, `'` apostrophe) spelled with the capitalisation pattern and the
    /// apostrophe of `original`: `matchingCase("верховна", like: "ВЕРХОВНОЇ")` is `ВЕРХОВНА`.
    public static func matchingCase(_ form: String, like original: String) -> String {
        restoreCase(form, like: original)
    }

    static func restoreCase(_ form: String, like original: String) -> String {
        let apostrophe = original.first(where: { "'ʼ’`‘".contains($0) }) ?? "'"
        var text = apostrophe == "'" ? form : String(form.map { $0 == "'" ? apostrophe : $0 })
        let letters = original.filter { $0.isLetter }
        guard let first = letters.first, first.isUppercase else { return text }
        if letters.count > 1 && letters.allSatisfy({ $0.isUppercase }) {
            return text.uppercased()
        }
        // Title case, or a mixed pattern: copy the case of each letter position of the input.
        let pattern = Array(original.filter { !$0.isCombiningMark })
        var output = ""
        for (i, char) in text.enumerated() {
            if i < pattern.count, pattern[i].isUppercase { output += char.uppercased() } else { output.append(char) }
        }
        text = output
        return text
    }
}

extension Character {
    /// Whether the character is only a combining mark (a stress sign on its own).
    var isCombiningMark: Bool {
        unicodeScalars.allSatisfy { (0x0300...0x036F).contains($0.value) }
    }
}
