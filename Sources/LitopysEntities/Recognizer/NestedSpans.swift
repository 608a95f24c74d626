/// The spans NER-UK annotates inside a flat span, which the tagger cannot output itself:
/// the dates of a period (``NestedDates``), and the issuing body and date of a document's
/// name (``DocumentIssuer``). The recognizer adds them as mentions and the evaluation
/// counts them, from this one place.
enum NestedSpans {
    /// A span inside another: where it lies, and its type.
    struct Inner: Equatable, Sendable {
        var part: NestedDates.Part
        var type: EntityType
    }

    /// The spans inside the flat span over `tokens` of type `type`, in the order issuer,
    /// then dates.
    static func inside(_ tokens: Range<Int>, type: EntityType, input: TaggingInput) -> [Inner] {
        switch type {
        case .period:
            return NestedDates.dates(inPeriod: tokens, input: input).map { Inner(part: $0, type: .date) }
        case .document:
            var result: [Inner] = []
            if let issuer = DocumentIssuer.issuer(inDocument: tokens, input: input) {
                let part = NestedDates.Part(
                    tokens: issuer, start: Int(input.starts[issuer.lowerBound]), end: Int(input.ends[issuer.upperBound - 1]))
                result.append(Inner(part: part, type: .organization))
            }
            if let date = NestedDates.date(inDocument: tokens, input: input) { result.append(Inner(part: date, type: .date)) }
            return result
        default:
            return []
        }
    }
}
