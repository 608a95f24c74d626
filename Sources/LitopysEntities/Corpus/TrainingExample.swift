/// A tokenised document with gold BIO labels, ready for training or scoring.
struct TrainingExample: Sendable {
    /// The tokens.
    var input: TaggingInput
    /// Gold label per token. Shape: `[tokenCount]`.
    var labels: ContiguousArray<UInt8>

    /// Aligns the gold annotations of `document` to the tokens of `input`.
    ///
    /// Nested annotations cannot be tagged flat, so longer spans win: annotations are
    /// taken longest first, and one that shares a token with a taken one is dropped.
    init(input: TaggingInput, annotations: [BratDocument.Annotation]) {
        self.input = input
        var labels = ContiguousArray<UInt8>(repeating: 0, count: input.tokenCount)
        var taken = ContiguousArray<Bool>(repeating: false, count: input.tokenCount)
        for a in annotations.sorted(by: { ($0.end - $0.start, -$0.start) > ($1.end - $1.start, -$1.start) }) {
            let tokens = Self.tokens(of: a, in: input)
            guard !tokens.isEmpty, !tokens.contains(where: { taken[$0] }) else { continue }
            let b = BIOLabels.begin(a.type)
            for t in tokens {
                labels[t] = t == tokens.lowerBound ? b : b + 1
                taken[t] = true
            }
        }
        // An annotation that crosses a sentence break restarts in the next sentence.
        for s in 0..<input.sentenceCount {
            let first = Int(input.sentenceBounds[s])
            if first < input.tokenCount && BIOLabels.isInside(labels[first]) { labels[first] -= 1 }
        }
        self.labels = labels
    }

    /// The tokens that overlap the annotation.
    static func tokens(of a: BratDocument.Annotation, in input: TaggingInput) -> Range<Int> {
        // Binary search for the first token that ends after the annotation starts.
        var low = 0
        var high = input.tokenCount
        while low < high {
            let mid = (low + high) / 2
            if Int(input.ends[mid]) <= a.start { low = mid + 1 } else { high = mid }
        }
        var end = low
        while end < input.tokenCount && Int(input.starts[end]) < a.end { end += 1 }
        return low..<end
    }
}
