import Foundation
import LitopysMorph
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
/// `transitions` `[classes × (labelCount + 1) × labelCount]`, row `labelCount` of each
/// matrix being the sentence start.
public struct NERModel: Sendable {
    /// Version of the model-file layout and of the feature hashing; a file with another
    /// version is refused.
    public static let formatVersion: UInt32 = 4

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
    /// Transition weights plus the BIO constraint (−∞ where forbidden), one matrix per
    /// ``TransitionClasses`` class of the token entered, or one for all tokens.
    /// Shape: `[transitionClassCount × (labelCount + 1) × labelCount]`.
    let transitions: ContiguousArray<Float>

    /// The number of transition matrices: ``TransitionClasses/count``, or 1 in a model whose
    /// transitions do not depend on the token.
    var transitionClassCount: Int { transitions.count / ((labelCount + 1) * labelCount) }
    /// For each label, the labels that may precede it (finite transition), ascending, and
    /// where each label's list starts. Shapes: `[allowed pairs]`, `[labelCount + 1]`.
    let predecessors: ContiguousArray<UInt8>
    let predecessorStarts: ContiguousArray<Int32>
    /// Per offset −reach … reach, the summed weights of the single-token templates whose
    /// token lies outside the sentence (before it for a negative offset, after it for a
    /// positive one). Shape: `[(2 × reach + 1) × labelCount]`.
    let paddingSums: ContiguousArray<Int32>
    /// Summed weights per distinct token, shared by the calls of this model.
    let contributions = TokenContributions()
    /// What the model was trained on and how: corpus, documents, epochs, date.
    public let info: [String: String]
    /// Computes the features the templates ask for.
    let extractor: FeatureExtractor
    /// The model whose labels this one reads as ``DocumentHints``, or nil for a
    /// single-stage model.
    var firstStage: FirstStage?

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
        let matrix = (l + 1) * l
        for k in 0..<max(1, transitions.count / matrix) {
            for previous in 0...l {
                for next in 0..<l where !BIOLabels.allowed(previous == l ? nil : UInt8(previous), UInt8(next)) {
                    constrained[k * matrix + previous * l + next] = -Float.infinity
                }
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
        let extractor = FeatureExtractor(templates: templates, gazetteer: gazetteer)
        self.extractor = extractor
        // The padding sums, from the keys every sentence edge gives.
        let reach = FeatureExtractor.reach
        var padding = ContiguousArray<Int32>(repeating: 0, count: (2 * reach + 1) * l)
        var keys = ContiguousArray<UInt64>(repeating: 0, count: templates.count)
        let none = ContiguousArray<UInt64>()
        for o in -reach...reach where o != 0 {
            let count = none.withUnsafeBufferPointer { atoms in
                keys.withUnsafeMutableBufferPointer { keys in extractor.singleTokenKeys(atoms: atoms, token: nil, offset: o, into: keys) }
            }
            for i in 0..<count {
                let place = table.row(keys[i])
                if place < 0 { continue }
                let start = place >> 5
                for e in start..<(start + place & 31) {
                    let entry = weights[e]
                    padding[(o + reach) * l + Int(entry >> 16)] &+= Int32(Int16(bitPattern: UInt16(truncatingIfNeeded: entry)))
                }
            }
        }
        paddingSums = padding
    }
}

/// The first stage of a stacked ``NERModel`` (a class, because a struct cannot hold itself).
final class FirstStage: Sendable {
    /// The first stage's model.
    let model: NERModel

    init(model: NERModel) { self.model = model }
}

/// The summed single-token weights of the distinct tokens a model has tagged, kept between
/// calls: most tokens of a text have been seen before (`у`, `що`, `України`), and their sums
/// cost one hash lookup instead of some 35 weight lookups. A call that finds the store in use
/// by another thread works with a store of its own; past ``limit`` tokens it starts over.
final class TokenContributions: @unchecked Sendable {  // `store` is guarded by `lock`
    /// Entry by the hash of a token's atom row, and each entry's sums:
    /// `[(2 × reach + 1) × labelCount]` per entry.
    struct Store {
        /// Entry by row hash.
        var index = HashIndex()
        var vectors = ContiguousArray<Int32>()

        /// The number of entries.
        var count: Int { index.count }
    }

    /// Distinct tokens kept (about 0.5 KB each).
    static let limit = 50_000

    private let lock = NSLock()
    private var store = Store()

    /// Runs `body` with the shared store if no other call holds it, else with a fresh one.
    func withStore(_ body: (inout Store) -> Void) {
        if lock.try() {
            defer { lock.unlock() }
            if store.count > Self.limit { store = Store() }
            body(&store)
        } else {
            var local = Store()
            body(&local)
        }
    }
}
