import Litopys
import LitopysEntities
import LitopysFacts
import LitopysMorph
import LitopysText

extension Pipeline {
    /// Runs every stage after cleaning on a cleaned document: the second half of
    /// ``Litopys/Pipeline/analyze(_:)``, so an ingest can compute the content hash from
    /// the cleaned text and skip stored documents before the costly stages.
    ///
    /// Keep the stage order in step with `Pipeline.analyze`.
    func analyze(cleaned document: Document) -> Document {
        var document = document
        segmenter.segment(&document)
        morphology?.tag(&document)
        entities?.recognize(&document)
        facts.extract(&document)
        return document
    }
}
