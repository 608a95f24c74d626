import Foundation

/// The disambiguation model: hashed averaged-perceptron weights over (feature, label atom)
/// pairs, quantised to `Int16`.
///
/// File format (little-endian):
///
/// ```
/// magic "LTMT" | UInt32 version | UInt32 hashBits | Float32 scale
/// | UInt32 n + n bytes: feature templates with their atoms (`word:tag+posCase+lemma,…`)
/// | UInt32 n + n bytes: label atom names, comma-separated
/// | UInt32 tagCount | UInt64 hash of the dictionary's tag names (the labels)
/// | 2^hashBits × Int16 weights
/// ```
///
/// A model whose templates, atoms or labels differ from this build's, or whose weights are
/// truncated, fails to load with "retrain with `litopys train tagger`".
public struct TaggerModel: Sendable {
    /// The format version this build reads and writes.
    static let version: UInt32 = 2
    static let magic: [UInt8] = Array("LTMT".utf8)
    /// log2 of the number of weights. The default is 21 (4 MB on disk).
    let hashBits: Int
    /// Weights. Shape: `[1 << hashBits]`; real weight = value × `scale`.
    let weights: ContiguousArray<Int16>
    /// What one unit of a quantised weight is worth.
    let scale: Float
    /// Number of labels (tags) and a hash of their names, for checking the dictionary.
    let tagCount: Int
    let tagHash: UInt64

    var mask: UInt64 { (1 << UInt64(hashBits)) - 1 }

    /// The templates with the atoms each is paired with: `word:tag+posCase+lemma,…`.
    static var templateNames: String {
        FeatureTemplate.allCases.map { "\($0.rawValue):" + $0.atoms.map { "\($0)" }.joined(separator: "+") }.joined(separator: ",")
    }
    static var atomNames: String { LabelAtom.allCases.map { "\($0)" }.joined(separator: ",") }

    static func tagHash(_ names: [String]) -> UInt64 { FeatureHash.string(names.joined(separator: "\n")) }

    init(hashBits: Int, weights: ContiguousArray<Int16>, scale: Float, tagCount: Int, tagHash: UInt64) {
        self.hashBits = hashBits
        self.weights = weights
        self.scale = scale
        self.tagCount = tagCount
        self.tagHash = tagHash
    }

    /// The model's bytes in the file format above.
    func serialized() -> Data {
        var data = Data(Self.magic)
        func u32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { data.append(contentsOf: $0) } }
        func text(_ s: String) {
            u32(UInt32(s.utf8.count))
            data.append(contentsOf: Array(s.utf8))
        }
        u32(Self.version)
        u32(UInt32(hashBits))
        withUnsafeBytes(of: scale.bitPattern.littleEndian) { data.append(contentsOf: $0) }
        text(Self.templateNames)
        text(Self.atomNames)
        u32(UInt32(tagCount))
        withUnsafeBytes(of: tagHash.littleEndian) { data.append(contentsOf: $0) }
        weights.withUnsafeBufferPointer { buffer in
            if Int16(littleEndian: 1) == 1 {
                data.append(UnsafeBufferPointer(start: buffer.baseAddress, count: buffer.count))
            } else {
                for w in buffer { withUnsafeBytes(of: w.littleEndian) { data.append(contentsOf: $0) } }
            }
        }
        return data
    }

    /// Writes the model to `path`.
    public func write(to path: String) throws(MorphError) {
        do {
            try serialized().write(to: URL(fileURLWithPath: path))
        } catch {
            throw MorphError(.modelInvalid, "Cannot write the tagger model to \(path).", cause: error)
        }
    }

    /// Reads a model from `data` (the contents of `name`, for messages).
    ///
    /// - Throws: ``MorphError`` `modelInvalid` saying to retrain when anything differs.
    init(data: Data, name: String) throws(MorphError) {
        let retrain = "Retrain with `litopys train tagger`."
        let bytes = [UInt8](data)
        var offset = 0
        func fail(_ why: String) -> MorphError { MorphError(.modelInvalid, "Tagger model \(name) \(why). \(retrain)") }
        func u32() throws(MorphError) -> UInt32 {
            guard offset + 4 <= bytes.count else { throw fail("is truncated") }
            let v = UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16 | UInt32(bytes[offset + 3]) << 24
            offset += 4
            return v
        }
        func text() throws(MorphError) -> String {
            let n = Int(try u32())
            guard offset + n <= bytes.count else { throw fail("is truncated") }
            defer { offset += n }
            return String(decoding: bytes[offset..<(offset + n)], as: UTF8.self)
        }
        guard bytes.count >= 4, Array(bytes[0..<4]) == Self.magic else { throw fail("is not a Litopys tagger model") }
        offset = 4
        let version = try u32()
        guard version == Self.version else { throw fail("has format version \(version), this build reads \(Self.version)") }
        let bits = Int(try u32())
        guard (8...26).contains(bits) else { throw fail("has an invalid size") }
        let scale = Float(bitPattern: try u32())
        guard try text() == Self.templateNames else { throw fail("was trained with other feature templates") }
        guard try text() == Self.atomNames else { throw fail("was trained with other label atoms") }
        let tagCount = Int(try u32())
        let low = UInt64(try u32())
        let high = UInt64(try u32())
        let count = 1 << bits
        guard bytes.count - offset == count * 2 else { throw fail("is truncated or has trailing bytes") }
        var weights = ContiguousArray<Int16>(repeating: 0, count: count)
        weights.withUnsafeMutableBytes { target in
            bytes.withUnsafeBytes { source in
                target.copyMemory(from: UnsafeRawBufferPointer(rebasing: source[offset..<(offset + count * 2)]))
            }
        }
        if Int16(littleEndian: 1) != 1 {
            for i in weights.indices { weights[i] = Int16(littleEndian: weights[i]) }
        }
        self.init(hashBits: bits, weights: weights, scale: scale, tagCount: tagCount, tagHash: low | high << 32)
    }

    /// Reads a model file.
    public init(contentsOf path: String) throws(MorphError) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw MorphError(.modelInvalid, "Tagger model \(path) not found. Retrain with `litopys train tagger`.")
        }
        try self.init(data: data, name: path)
    }

    /// The model committed with the package (`Resources/tagger.model`), if present.
    public static func bundled() throws(MorphError) -> TaggerModel? {
        guard let url = Bundle.module.url(forResource: "tagger", withExtension: "model", subdirectory: "Resources")
            ?? Bundle.module.url(forResource: "tagger", withExtension: "model")
        else { return nil }
        return try TaggerModel(contentsOf: url.path)
    }

    /// Checks that the model's labels are this dictionary's tags.
    func check(against tags: TagTable) throws(MorphError) {
        guard tagCount == tags.names.count, tagHash == Self.tagHash(tags.names) else {
            throw MorphError(.modelInvalid, "Tagger model was trained with another dictionary (\(tagCount) tags, this one has \(tags.names.count)). Retrain with `litopys train tagger`.")
        }
    }
}
