import LitopysText

@testable import LitopysEntities

/// Text with entities marked inline, `[PERS Єнс Столтенберг] прибув до [LOC Брюсселя].`,
/// turned into plain text, a segmented document and gold BIO labels.
struct Markup {
    /// The text without the marks.
    var text: String
    /// The marked spans as code-point offsets.
    var annotations: [BratDocument.Annotation]

    init(_ marked: String) {
        var plain: [Unicode.Scalar] = []
        var annotations: [BratDocument.Annotation] = []
        var open: (start: Int, type: EntityType)?
        var scalars = Array(marked.unicodeScalars)[...]
        while let c = scalars.first {
            scalars = scalars.dropFirst()
            if c == "[" {
                let type = String(String.UnicodeScalarView(scalars.prefix { $0 != " " }))
                scalars = scalars.dropFirst(type.unicodeScalars.count + 1)
                open = (plain.count, EntityType(rawValue: type) ?? .miscellaneous)
            } else if c == "]", let o = open {
                annotations.append(.init(start: o.start, end: plain.count, type: o.type))
                open = nil
            } else {
                plain.append(c)
            }
        }
        text = String(String.UnicodeScalarView(plain))
        self.annotations = annotations
    }

    /// The segmented document.
    var document: Document {
        var document = Document(text: text)
        Segmenter().segment(&document)
        return document
    }

    /// Gold labels aligned to the document's tokens.
    func labels(for input: TaggingInput) -> ContiguousArray<UInt8> {
        TrainingExample(input: input, annotations: annotations).labels
    }
}
