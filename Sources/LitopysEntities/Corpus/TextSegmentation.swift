import LitopysText

/// How the entity module turns raw text into tagger tokens when it is given text rather
/// than a segmented document (training, evaluation, benchmarks): the pipeline's own
/// ``LitopysText/Segmenter``, so that training sees the tokens the recognizer will see.
enum TextSegmentation {
    /// Tokens and sentences of `text`, with morphology when `morphology` is given.
    static func input(for text: String, morphology: MorphologyFeatures? = nil) -> TaggingInput {
        var document = Document(text: text)
        Segmenter().segment(&document)
        var input = TaggingInput(document: document)
        if let morphology { input.morphology = morphology.atoms(for: input) }
        return input
    }
}
