/// The body that issued a document, named inside the document's name: `Житомирської
/// обласної ради` in `рішення Житомирської обласної ради від 28 травня 2015 року`,
/// `Кабміну` in `розпорядженням Кабміну від 10.04.2008 №610`.
///
/// NER-UK annotates it as an `ORG` inside the `DOC` span (16 of the 27 document names in
/// the training data whose second word is capitalised; the rest are laws, `Закону України
/// «…»`, with no date or number after them). So the issuer is taken only from a dated or
/// numbered document: the words after the first, when they begin with a capital, up to
/// `від` or `№`.
enum DocumentIssuer {
    /// The tokens of the issuer inside the document span over `tokens`, or nil.
    static func issuer(inDocument tokens: Range<Int>, input: TaggingInput) -> Range<Int>? {
        guard tokens.count >= 3 else { return nil }
        let first = tokens.lowerBound + 1
        guard ScalarText.isUpper(input.scalars[Int(input.starts[first])]) else { return nil }
        for t in first..<tokens.upperBound {
            let word = Array(input.scalars[Int(input.starts[t])..<Int(input.ends[t])]).map { ScalarText.fold($0) }
            if word == from || word.first == 0x2116 {  // `від`, or `№` (alone or `№610`)
                return t > first ? first..<t : nil
            }
            // A quotation (`Закону України «Про …»`) is a title, not an issuer.
            if word == [0xAB] || word == [0x22] { return nil }
        }
        return nil
    }

    private static let from: [UInt32] = "від".unicodeScalars.map(\.value)
}
