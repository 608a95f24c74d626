import LitopysMorph

extension TaggingInput {
    /// Rewrites sentences written all in capitals (`ЗЕЛЕНСЬКИЙ ЗУСТРІВСЯ З БАЙДЕНОМ`) in
    /// ordinary case before tagging, since the tagger leans on capitals. A word takes the
    /// case it has elsewhere in the document (`Зеленський` later in the article); else
    /// abbreviations stay in capitals, words the dictionary or the gazetteer knows as names,
    /// and long words the dictionary does not know, get a capital initial, and other words
    /// go lower case (the first word keeps its initial). Offsets do not change: case mapping
    /// is one code point to one. The rewritten sentences are listed in ``truecasedSentences``.
    ///
    /// - Complexity: O(characters), and a dictionary lookup per word of the shouted sentences.
    mutating func truecaseShoutedSentences(analyzer: MorphAnalyzer?, gazetteer: Gazetteer) {
        let shouted = (0..<sentenceCount).map { self.sentence($0) }.filter { isShouted($0) }
        guard !shouted.isEmpty else { return }
        let seen = writtenCase(outside: shouted)
        for sentence in shouted {
            truecasedSentences.append(sentence)
            for t in sentence {
                let range = Int(starts[t])..<Int(ends[t])
                guard ScalarText.isLetter(scalars[range.lowerBound]) else { continue }
                let folded = scalars.withUnsafeBufferPointer { ScalarText.hash($0, range, salt: 7) }
                let keepInitial: Bool
                if let capitalised = seen[folded] {
                    keepInitial = capitalised
                } else {
                    guard range.count >= 2 else {
                        // A one-letter word is a preposition or conjunction (`З`, `У`, `І`).
                        if t != sentence.lowerBound { scalars[range.lowerBound] = ScalarText.fold(scalars[range.lowerBound]) }
                        continue
                    }
                    let word = text(ofToken: t)
                    let readings = analyzer?.analyze(word) ?? []
                    if readings.contains(where: \.isAbbreviation) || (readings.isEmpty && range.count <= 4) { continue }
                    keepInitial = readings.contains { $0.isNamePart } || isKnownName(range, gazetteer: gazetteer)
                        || (analyzer != nil && readings.isEmpty)
                }
                for i in range where i > range.lowerBound || !(keepInitial || t == sentence.lowerBound) {
                    scalars[i] = ScalarText.fold(scalars[i])
                }
            }
        }
    }

    /// Whether every word of two letters or more in `sentence` is in capitals, and there are
    /// at least three.
    private func isShouted(_ sentence: Range<Int>) -> Bool {
        var words = 0
        for t in sentence {
            var letters = 0
            var upper = 0
            for i in Int(starts[t])..<Int(ends[t]) where ScalarText.isLetter(scalars[i]) {
                letters += 1
                if ScalarText.isUpper(scalars[i]) { upper += 1 }
            }
            if letters >= 2 {
                words += 1
                if upper != letters { return false }
            }
        }
        return words >= 3
    }

    /// For each word written in ordinary case outside `shouted` (case-folded hash), whether it
    /// is mostly written with a capital initial; a sentence's first word does not count.
    private func writtenCase(outside shouted: [Range<Int>]) -> [UInt64: Bool] {
        var votes: [UInt64: Int] = [:]
        scalars.withUnsafeBufferPointer { text in
            for s in 0..<sentenceCount {
                let sentence = self.sentence(s)
                guard !shouted.contains(sentence) else { continue }
                for t in sentence.dropFirst() {
                    let range = Int(starts[t])..<Int(ends[t])
                    guard range.count >= 2, ScalarText.isLetter(text[range.lowerBound]),
                        !ScalarText.isUpper(text[range.lowerBound + 1])
                    else { continue }
                    votes[ScalarText.hash(text, range, salt: 7), default: 0] += ScalarText.isUpper(text[range.lowerBound]) ? 1 : -1
                }
            }
        }
        return votes.compactMapValues { $0 == 0 ? nil : $0 > 0 }
    }

    /// Whether the word at `range`, with a capital initial, is a one-word gazetteer name
    /// (`УКРАЇНИ`); not a title (`ПРЕЗИДЕНТОМ`).
    private func isKnownName(_ range: Range<Int>, gazetteer: Gazetteer) -> Bool {
        var word = ContiguousArray(scalars[range])
        for i in word.indices.dropFirst() { word[i] = ScalarText.fold(word[i]) }
        let stem = word.withUnsafeBufferPointer { Stemmer.stemHash($0, 0..<$0.count) }
        let entry = [stem].withUnsafeBufferPointer { gazetteer.longestMatch($0, at: 0, limit: 1) }
        return entry.map { $0.type != EntityType.job.rawValue } ?? false
    }
}
