import LitopysMorph

extension TaggingInput {
    /// Rewrites sentences written all in capitals (`ЗЕЛЕНСЬКИЙ ЗУСТРІВСЯ З БАЙДЕНОМ`) in
    /// ordinary case before tagging, since the tagger leans on capitals: abbreviations stay
    /// in capitals, words the dictionary or the gazetteer knows as names get a capital
    /// initial, other words go lower case (the first word keeps its initial). Offsets do not
    /// change: case mapping is one code point to one.
    ///
    /// - Complexity: O(characters of the shouted sentences).
    mutating func truecaseShoutedSentences(analyzer: MorphAnalyzer?, gazetteer: Gazetteer) {
        for s in 0..<sentenceCount {
            let sentence = self.sentence(s)
            var words = 0
            var shouted = true
            for t in sentence {
                var letters = 0
                var upper = 0
                for i in Int(starts[t])..<Int(ends[t]) where ScalarText.isLetter(scalars[i]) {
                    letters += 1
                    if ScalarText.isUpper(scalars[i]) { upper += 1 }
                }
                if letters >= 2 {
                    words += 1
                    if upper != letters { shouted = false }
                }
            }
            guard shouted && words >= 3 else { continue }
            for t in sentence {
                let range = Int(starts[t])..<Int(ends[t])
                guard range.count >= 2, ScalarText.isLetter(scalars[range.lowerBound]) else { continue }
                let word = text(ofToken: t)
                let readings = analyzer?.analyze(word) ?? []
                if readings.contains(where: \.isAbbreviation) || (readings.isEmpty && range.count <= 4) { continue }
                let stem = scalars.withUnsafeBufferPointer { Stemmer.stemHash($0, range) }
                let name = readings.contains { $0.isNamePart }
                    || gazetteer.longestMatch([stem].withUnsafeBufferPointer { $0 }, at: 0, limit: 1) != nil
                let keepInitial = name || t == sentence.lowerBound
                for i in range where i > range.lowerBound || !keepInitial {
                    scalars[i] = ScalarText.fold(scalars[i])
                }
            }
        }
    }
}
