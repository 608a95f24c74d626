import LitopysText

extension TaggingInput {
    /// The tagger's view of a segmented document (no morphology yet).
    ///
    /// - Complexity: O(characters + tokens).
    init(document: Document) {
        var scalars = ContiguousArray<UInt32>()
        scalars.reserveCapacity(document.scalars.count)
        for s in document.scalars { scalars.append(s.value) }
        self.init(
            scalars: scalars, starts: document.tokenStarts, ends: document.tokenEnds,
            sentenceBounds: document.sentenceBounds)
    }
}
