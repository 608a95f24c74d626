/// The BIO label set of the tagger: `O`, then `B-T` and `I-T` for every ``EntityType``.
///
/// Label `0` is `O`; label `1 + 2k` is `B-` of type `k`, `2 + 2k` is `I-` of type `k`, with
/// `k` the index in `EntityType.allCases`.
enum BIOLabels {
    /// The label names, in label-id order.
    static let names: [String] = {
        var result = ["O"]
        for t in EntityType.allCases {
            result.append("B-" + t.rawValue)
            result.append("I-" + t.rawValue)
        }
        return result
    }()

    /// The number of labels.
    static let count = names.count

    /// The label that begins an entity of `type`.
    static func begin(_ type: EntityType) -> UInt8 {
        UInt8(1 + 2 * (EntityType.allCases.firstIndex(of: type) ?? 0))
    }

    /// Whether `label` is an `I-` label.
    @inline(__always)
    static func isInside(_ label: UInt8) -> Bool { label != 0 && label % 2 == 0 }

    /// The entity type of a `B-` or `I-` label.
    static func type(of label: UInt8) -> EntityType? {
        guard label != 0 else { return nil }
        return EntityType.allCases[Int(label - 1) / 2]
    }

    /// Whether label `next` may follow label `previous` (`nil` = sentence start):
    /// `I-T` only after `B-T` or `I-T`.
    static func allowed(_ previous: UInt8?, _ next: UInt8) -> Bool {
        guard isInside(next) else { return true }
        guard let previous, previous != 0 else { return false }
        return (previous + 1) / 2 == (next + 1) / 2
    }

    /// Entity spans of a label sequence, as `(first token, end token, type)`; an `I-`
    /// without its `B-` starts a new entity.
    static func spans(_ labels: some Collection<UInt8>) -> [(Range<Int>, EntityType)] {
        var result: [(Range<Int>, EntityType)] = []
        var start = -1
        var current: UInt8 = 0
        for (i, label) in labels.enumerated() {
            let continues = isInside(label) && current != 0 && (current + 1) / 2 == (label + 1) / 2
            if continues { continue }
            if start >= 0, let t = type(of: current) { result.append((start..<i, t)) }
            if label == 0 {
                start = -1
                current = 0
            } else {
                start = i
                current = label
            }
        }
        if start >= 0, let t = type(of: current) { result.append((start..<labels.count, t)) }
        return result
    }
}
