/// The trained NER sequence model: a structured averaged perceptron over hashed feature
/// templates, with first-order label transitions decoded by Viterbi.
///
/// The committed model (`Resources/ner.model`) is trained on NER-UK 2.0 (lang-uk), which is
/// licensed CC BY-NC-SA 4.0; the model inherits that non-commercial, share-alike licence.
/// Rebuild it with `litopys train ner`.
///
/// Shapes: `rowStarts` `[featureCount + 1]` into `weights`, which holds each feature's
/// nonzero label weights back to back (most features weigh on two or three of the 27
/// labels, so the sparse rows are a tenth of a dense matrix and stay in cache);
/// `transitions` `[(labelCount + 1) × labelCount]`, row `labelCount` being the sentence start.
public struct NERModel: Sendable {
    /// Version of the model-file layout and of the feature hashing; a file with another
    /// version is refused.
    public static let formatVersion: UInt32 = 3

    /// The feature templates the model was trained with.
    let templates: [FeatureTemplate]
    /// The label names, in label-id order (BIO over the 13 types).
    let labelNames: [String]
    /// Feature key of each weight row. Shape: `[featureCount]`.
    let keys: ContiguousArray<UInt64>
    /// Key → row.
    let table: FeatureTable
    /// Start of each feature's row in ``weights``. Shape: `[featureCount + 1]`.
    let rowStarts: ContiguousArray<Int32>
    /// Nonzero emission weights, row by row, each packed as `label << 16 | q` with the
    /// weight `q × weightScale` (`q` an Int16, as the model file stores it). Shape: `[nonzero weights]`.
    let weights: ContiguousArray<UInt32>
    /// The unit of the quantised weights.
    let weightScale: Float
    /// Transition weights plus the BIO constraint (−∞ where forbidden).
    /// Shape: `[(labelCount + 1) × labelCount]`.
    let transitions: ContiguousArray<Float>
    /// For each label, the labels that may precede it (finite transition), ascending, and
    /// where each label's list starts. Shapes: `[allowed pairs]`, `[labelCount + 1]`.
    let predecessors: ContiguousArray<UInt8>
    let predecessorStarts: ContiguousArray<Int32>
    /// What the model was trained on and how: corpus, documents, epochs, date.
    public let info: [String: String]
    /// Computes the features the templates ask for.
    let extractor: FeatureExtractor

    /// Whether the model was trained with morphological features, and so wants them.
    public var usesMorphology: Bool { info["morphology"] == "vesum" }

    /// The number of features (weight rows).
    public var featureCount: Int { keys.count }
    /// The number of labels.
    var labelCount: Int { labelNames.count }

    /// A model from dense emission weights (`[featureCount × labelCount]`, row-major), as
    /// training produces them; zero weights are dropped.
    init(
        templates: [FeatureTemplate], labelNames: [String], keys: ContiguousArray<UInt64>,
        weights dense: ContiguousArray<Float>, transitions: ContiguousArray<Float>, info: [String: String],
        gazetteer: Gazetteer
    ) {
        let l = labelNames.count
        var maxAbs: Float = 0
        for w in dense { maxAbs = max(maxAbs, abs(w)) }
        let scale = maxAbs > 0 ? maxAbs / 32767 : 1
        var starts = ContiguousArray<Int32>([0])
        var weights = ContiguousArray<UInt32>()
        for row in 0..<keys.count {
            for y in 0..<l {
                let q = Int16(clamping: Int((dense[row * l + y] / scale).rounded()))
                if q != 0 { weights.append(Self.pack(label: y, q)) }
            }
            starts.append(Int32(weights.count))
        }
        self.init(
            templates: templates, labelNames: labelNames, keys: keys, rowStarts: starts, weights: weights,
            weightScale: scale, transitions: transitions, info: info, gazetteer: gazetteer)
    }

    /// One packed weight (see ``weights``).
    @inline(__always) static func pack(label: Int, _ q: Int16) -> UInt32 {
        UInt32(label) << 16 | UInt32(UInt16(bitPattern: q))
    }

    /// A model from sparse rows of emission weights.
    init(
        templates: [FeatureTemplate], labelNames: [String], keys: ContiguousArray<UInt64>,
        rowStarts: ContiguousArray<Int32>, weights: ContiguousArray<UInt32>, weightScale: Float,
        transitions: ContiguousArray<Float>, info: [String: String], gazetteer: Gazetteer
    ) {
        self.templates = templates
        self.labelNames = labelNames
        self.keys = keys
        // The table maps a key straight to its row's place and length (`start << 5 | count`,
        // count ≤ 27 labels), so a lookup touches the slot and the weights only.
        self.table = FeatureTable(
            keys: keys,
            values: keys.indices.lazy.map { UInt32(rowStarts[$0]) << 5 | UInt32(rowStarts[$0 + 1] - rowStarts[$0]) })
        self.rowStarts = rowStarts
        self.weights = weights
        self.weightScale = weightScale
        var constrained = transitions
        let l = labelNames.count
        for previous in 0...l {
            for next in 0..<l where !BIOLabels.allowed(previous == l ? nil : UInt8(previous), UInt8(next)) {
                constrained[previous * l + next] = -Float.infinity
            }
        }
        self.transitions = constrained
        var predecessors = ContiguousArray<UInt8>()
        var starts = ContiguousArray<Int32>([0])
        for next in 0..<l {
            for previous in 0..<l where constrained[previous * l + next] != -Float.infinity { predecessors.append(UInt8(previous)) }
            starts.append(Int32(predecessors.count))
        }
        self.predecessors = predecessors
        self.predecessorStarts = starts
        self.info = info
        self.extractor = FeatureExtractor(templates: templates, gazetteer: gazetteer)
    }
}
