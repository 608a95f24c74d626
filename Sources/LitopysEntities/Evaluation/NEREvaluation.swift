import Foundation

/// Entity-level exact-match scores of the tagger on gold brat documents: a predicted
/// entity counts only when its start, end and type all equal a gold one.
///
/// Nested gold annotations are all kept, so a flat tagger cannot reach full recall on
/// corpora that nest (NER-UK 2.0 nests a few `ORG` inside `JOB`, `DATE` inside `PERIOD`).
/// The spans nested inside a predicted period or document (``NestedSpans``) are predicted
/// too, as the recognizer outputs them.
public struct NEREvaluation: Sendable {
    /// Counts for one type, or for all types together.
    public struct Counts: Sendable {
        /// Predicted entities that match a gold entity exactly.
        public var truePositives = 0
        /// Predicted entities.
        public var predicted = 0
        /// Gold entities.
        public var gold = 0

        /// `truePositives / predicted`, 0 when nothing was predicted.
        public var precision: Double { predicted == 0 ? 0 : Double(truePositives) / Double(predicted) }
        /// `truePositives / gold`, 0 when there is no gold entity.
        public var recall: Double { gold == 0 ? 0 : Double(truePositives) / Double(gold) }
        /// Harmonic mean of precision and recall.
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    }

    /// Counts per entity type.
    public var byType: [EntityType: Counts] = [:]
    /// Counts over all types (micro average).
    public var micro = Counts()
    /// Documents scored.
    public var documents = 0
    /// Tokens tagged.
    public var tokens = 0
    /// Every miss, one line each: `FN` (gold not found) or `FP` (predicted, not gold),
    /// the type, the text and its document.
    public var errors: [String] = []

    /// Scores `model` on `documents`.
    ///
    /// - Complexity: O(total tokens).
    ///
    /// With `repair` (the default), the gazetteer rules of the recognizer (``SpanRepair``)
    /// run after the tagger, as in ``EntityRecognizer``.
    public static func evaluate(model: NERModel, documents: [BratDocument], repair: Bool = true) -> NEREvaluation {
        let morphology = model.usesMorphology ? MorphologyFeatures.shared : nil
        let knownNames = model.extractor.gazetteer.addingListedNames()
        return evaluate(documents: documents) { text in
            let input = TextSegmentation.input(for: text, morphology: morphology)
            var labels = model.tag(input)
            if repair { SpanRepair.apply(&labels, input: input, gazetteer: knownNames) }
            return (input, labels)
        }
    }

    /// The best a flat tagger can score on `documents` with the pipeline's tokens: the gold
    /// annotations themselves, flattened and aligned to tokens. Shows what tokenisation and
    /// nesting cost before any model is involved.
    public static func ceiling(documents: [BratDocument]) -> NEREvaluation {
        var index = 0
        return evaluate(documents: documents) { text in
            let input = TextSegmentation.input(for: text)
            let example = TrainingExample(input: input, annotations: documents[index].annotations)
            index += 1
            return (input, example.labels)
        }
    }

    static func evaluate(
        documents: [BratDocument], tagger: (String) -> (TaggingInput, ContiguousArray<UInt8>)
    ) -> NEREvaluation {
        var result = NEREvaluation()
        for document in documents {
            let (input, labels) = tagger(document.text)
            var predicted = Set<BratDocument.Annotation>()
            for (range, type) in BIOLabels.spans(labels) {
                predicted.insert(.init(start: Int(input.starts[range.lowerBound]), end: Int(input.ends[range.upperBound - 1]), type: type))
                // The spans nested inside, as the recognizer adds them.
                for inner in NestedSpans.inside(range, type: type, input: input) {
                    predicted.insert(.init(start: inner.part.start, end: inner.part.end, type: inner.type))
                }
            }
            let gold = Set(document.annotations)
            let scalars = Array(document.text.unicodeScalars)
            func text(_ a: BratDocument.Annotation) -> String {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[max(0, a.start)..<min(a.end, scalars.count)])
                return String(view).replacingOccurrences(of: "\n", with: " ")
            }
            let name = (document.path as NSString).lastPathComponent
            for a in predicted.sorted(by: { $0.start < $1.start }) {
                result.byType[a.type, default: Counts()].predicted += 1
                if gold.contains(a) {
                    result.byType[a.type, default: Counts()].truePositives += 1
                } else {
                    result.errors.append("FP \(a.type.rawValue)\t\(text(a))\t\(name):\(a.start)")
                }
            }
            for a in gold.sorted(by: { $0.start < $1.start }) {
                result.byType[a.type, default: Counts()].gold += 1
                if !predicted.contains(a) { result.errors.append("FN \(a.type.rawValue)\t\(text(a))\t\(name):\(a.start)") }
            }
            result.documents += 1
            result.tokens += input.tokenCount
        }
        for counts in result.byType.values {
            result.micro.truePositives += counts.truePositives
            result.micro.predicted += counts.predicted
            result.micro.gold += counts.gold
        }
        return result
    }

    /// A plain-text table: one line per type, then the micro average.
    public var report: String {
        func line(_ name: String, _ c: Counts) -> String {
            let p = String(format: "%.4f", c.precision)
            let r = String(format: "%.4f", c.recall)
            let f = String(format: "%.4f", c.f1)
            return name.padding(toLength: 8, withPad: " ", startingAt: 0)
                + "  P=\(p)  R=\(r)  F1=\(f)  gold=\(c.gold)  predicted=\(c.predicted)  correct=\(c.truePositives)"
        }
        var lines = ["documents=\(documents) tokens=\(tokens)"]
        for type in EntityType.allCases { lines.append(line(type.rawValue, byType[type] ?? Counts())) }
        lines.append(line("micro", micro))
        return lines.joined(separator: "\n")
    }
}
