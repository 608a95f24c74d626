/// What a first tagging pass said about the whole document, as evidence for the second.
///
/// A name is often clear in one sentence (`компанія «Вілламет» заявила`) and unclear in
/// another (`у Вілламеті`). A stacked model tags the document once, then tags it again with
/// one more atom per token: the entity type the first pass gave most often to the *other*
/// occurrences of the token's stem in the document. Training uses first-pass labels from models that did not see the document
/// (cross-validation), so the second pass learns how far to trust them.
///
/// Shape: `documentTypes` `[tokenCount]`.
struct DocumentHints: Sendable {
    /// Per token: the majority type of the other occurrences of its stem, "elsewhere
    /// unlabelled", or "alone", as an atom.
    var documentTypes: ContiguousArray<UInt64>

    /// Atom: the stem occurs elsewhere in the document, never inside an entity.
    static let unlabelled = ScalarText.hash("hint:O")
    /// Atom: the stem occurs nowhere else in the document.
    static let alone = ScalarText.hash("hint:alone")
    /// Atom per entity type.
    static let typeAtoms: [UInt64] = EntityType.allCases.map { ScalarText.hash("hint:" + $0.rawValue) }

    /// The hints for `input` from the first pass's `labels`.
    ///
    /// - Complexity: O(tokens × types).
    init(input: TaggingInput, labels first: ContiguousArray<UInt8>) {
        let stems = input.scalars.withUnsafeBufferPointer { text in
            ContiguousArray((0..<input.tokenCount).lazy.map { Stemmer.stemHash(text, Int(input.starts[$0])..<Int(input.ends[$0])) })
        }
        self.init(input: input, labels: first, stems: stems)
    }

    /// The hints for `input` from the first pass's `labels`, with the stem hash of every
    /// token known already (the tagger's `stem` atoms). Shape: `stems` `[tokenCount]`.
    init(input: TaggingInput, labels first: ContiguousArray<UInt8>, stems: ContiguousArray<UInt64>) {
        let n = input.tokenCount
        let typeCount = EntityType.allCases.count
        var wordlike = ContiguousArray<Bool>(repeating: false, count: n)
        input.scalars.withUnsafeBufferPointer { text in
            for i in 0..<n {
                let r = Int(input.starts[i])..<Int(input.ends[i])
                wordlike[i] = r.count > 1 && ScalarText.isLetter(text[r.lowerBound])
            }
        }
        // Per distinct stem: occurrences, and occurrences inside an entity of each type.
        var slot: [UInt64: Int] = [:]
        var occurrences: [Int32] = []
        var typed: [Int32] = []
        var tokenType = ContiguousArray<Int>(repeating: -1, count: n)
        for (range, type) in BIOLabels.spans(first) {
            let k = EntityType.allCases.firstIndex(of: type) ?? 0
            for t in range { tokenType[t] = k }
        }
        for i in 0..<n where wordlike[i] {
            let s: Int
            if let known = slot[stems[i]] {
                s = known
            } else {
                s = occurrences.count
                slot[stems[i]] = s
                occurrences.append(0)
                typed.append(contentsOf: repeatElement(0, count: typeCount))
            }
            occurrences[s] += 1
            if tokenType[i] >= 0 { typed[s * typeCount + tokenType[i]] += 1 }
        }
        documentTypes = ContiguousArray(repeating: Self.alone, count: n)
        for i in 0..<n where wordlike[i] {
            guard let s = slot[stems[i]], occurrences[s] > 1 else { continue }
            var best = -1
            var bestCount: Int32 = 0
            for k in 0..<typeCount {
                let count = typed[s * typeCount + k] - (tokenType[i] == k ? 1 : 0)
                if count > bestCount {
                    best = k
                    bestCount = count
                }
            }
            documentTypes[i] = best >= 0 ? Self.typeAtoms[best] : Self.unlabelled
        }
    }
}
