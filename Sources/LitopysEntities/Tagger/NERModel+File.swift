import Foundation

/// The model file.
///
/// Layout (little-endian):
/// ```
/// "LTPNER01"                       8 bytes   magic
/// formatVersion                    UInt32
/// header length H                  UInt32
/// header                           H bytes   JSON: templates, labels, featureCount, scale, info
/// per feature (featureCount times):
///   key                            UInt64
///   nonzero count c                UInt8
///   c × (label UInt8, weight Int16)          weight = Int16 × scale
/// transitions                      classes × (labels + 1) × labels × Float32
///                                            (classes: info "transitionClasses", else 1)
/// "END."                           4 bytes
/// first stage (stacked models only) a whole model file as above
/// ```
/// Weights are quantised to 16 bits and stored sparsely, which keeps the file small.
extension NERModel {
    /// The magic bytes at the start of a model file.
    static let magic = Array("LTPNER01".utf8)
    /// The bytes at the end of a complete model file.
    static let trailer = Array("END.".utf8)

    /// What the JSON header holds.
    struct Header: Codable {
        var templates: [FeatureTemplate]
        var labels: [String]
        var featureCount: Int
        var scale: Float
        var info: [String: String]
    }

    /// The model file's bytes.
    func encoded() throws -> Data {
        let scale = weightScale
        var body = Data()
        body.reserveCapacity(keys.count * 12)
        var kept = 0
        var rowBytes: [UInt8] = []
        for (row, key) in keys.enumerated() {
            rowBytes.removeAll(keepingCapacity: true)
            var c: UInt8 = 0
            for entry in weights[Int(rowStarts[row])..<Int(rowStarts[row + 1])] {
                let q = Int16(bitPattern: UInt16(truncatingIfNeeded: entry))
                c += 1
                rowBytes.append(UInt8(truncatingIfNeeded: entry >> 16))
                rowBytes.append(UInt8(truncatingIfNeeded: UInt16(bitPattern: q)))
                rowBytes.append(UInt8(truncatingIfNeeded: UInt16(bitPattern: q) >> 8))
            }
            if c == 0 { continue }
            kept += 1
            Self.append(key, to: &body)
            body.append(c)
            body.append(contentsOf: rowBytes)
        }
        for t in transitions { Self.append(t.isFinite ? t.bitPattern : Float(0).bitPattern, to: &body) }
        let header = Header(
            templates: templates, labels: labelNames, featureCount: kept, scale: scale, info: info)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = try encoder.encode(header)
        var data = Data(Self.magic)
        Self.append(Self.formatVersion, to: &data)
        Self.append(UInt32(json.count), to: &data)
        data.append(json)
        data.append(body)
        data.append(contentsOf: Self.trailer)
        if let first = firstStage?.model { data.append(try first.encoded()) }
        return data
    }

    /// Writes the model file.
    public func write(to url: URL) throws {
        try encoded().write(to: url, options: .atomic)
    }

    /// Reads a model file.
    ///
    /// - Throws: ``EntitiesError`` `.modelMissing`, `.modelTruncated` or `.modelVersion`,
    ///   with a message that says to retrain with `litopys train ner`.
    public init(contentsOf url: URL) throws {
        let data: Data
        do {
            data = try Data(contentsOf: url, options: .mappedIfSafe)
        } catch {
            throw EntitiesError(
                code: .modelMissing,
                message: "NER model not found at \(url.path). Retrain it with `litopys train ner`.")
        }
        try self.init(data: data, origin: url.path)
    }

    /// Reads a model from its bytes; `origin` names it in errors.
    init(data: Data, origin: String, gazetteer: Gazetteer = .shared) throws {
        let retrain = "Retrain it with `litopys train ner`."
        func truncated() -> EntitiesError {
            EntitiesError(code: .modelTruncated, message: "NER model \(origin) is truncated or corrupt. \(retrain)")
        }
        let bytes = [UInt8](data)
        guard bytes.count >= 16 else { throw truncated() }
        guard Array(bytes[0..<8]) == Self.magic else {
            throw EntitiesError(code: .modelVersion, message: "\(origin) is not a Litopys NER model file. \(retrain)")
        }
        var reader = ByteReader(bytes: bytes, offset: 8)
        guard let version: UInt32 = reader.read() else { throw truncated() }
        guard version == Self.formatVersion else {
            throw EntitiesError(
                code: .modelVersion,
                message: "NER model \(origin) has format version \(version), this build reads version \(Self.formatVersion). \(retrain)")
        }
        guard let headerLength: UInt32 = reader.read(), let json = reader.take(Int(headerLength)) else { throw truncated() }
        let header: Header
        do {
            header = try JSONDecoder().decode(Header.self, from: Data(json))
        } catch {
            throw truncated()
        }
        guard header.templates == FeatureTemplate.standard || header.templates == FeatureTemplate.firstStage else {
            throw EntitiesError(
                code: .modelVersion,
                message: "NER model \(origin) was trained with other feature templates than this build uses. \(retrain)")
        }
        let readsClusters = header.templates.contains { $0.parts.contains { $0.attribute == .cluster || $0.attribute == .coarseCluster } }
        guard !readsClusters || header.info["clusters"] == WordClusters.shared.fingerprint else {
            throw EntitiesError(
                code: .modelVersion,
                message: "NER model \(origin) was trained with other word classes than Resources/clusters.txt holds (after `litopys train clusters`?). \(retrain)")
        }
        let readsLemmaClusters = header.templates.contains {
            $0.parts.contains { $0.attribute == .lemmaCluster || $0.attribute == .lemmaCoarseCluster }
        }
        guard !readsLemmaClusters || header.info["lemmaClusters"] == WordClusters.sharedLemmas.fingerprint else {
            throw EntitiesError(
                code: .modelVersion,
                message: "NER model \(origin) was trained with other lemma classes than Resources/lemma-clusters.txt holds (after `litopys train clusters --lemmas`?). \(retrain)")
        }
        guard header.labels == BIOLabels.names else {
            throw EntitiesError(
                code: .modelVersion, message: "NER model \(origin) has other labels than this build uses. \(retrain)")
        }
        let l = header.labels.count
        var keys = ContiguousArray<UInt64>()
        keys.reserveCapacity(header.featureCount)
        var rowStarts = ContiguousArray<Int32>([0])
        rowStarts.reserveCapacity(header.featureCount + 1)
        var weights = ContiguousArray<UInt32>()
        weights.reserveCapacity(bytes.count / 3)
        for _ in 0..<header.featureCount {
            guard let key: UInt64 = reader.read(), let c: UInt8 = reader.read() else { throw truncated() }
            keys.append(key)
            for _ in 0..<Int(c) {
                guard let y: UInt8 = reader.read(), let q: UInt16 = reader.read(), Int(y) < l else { throw truncated() }
                if q != 0 { weights.append(Self.pack(label: Int(y), Int16(bitPattern: q))) }
            }
            rowStarts.append(Int32(weights.count))
        }
        var transitions = ContiguousArray<Float>()
        let classes = Int(header.info["transitionClasses"] ?? "1") ?? 1
        guard classes == 1 || classes == TransitionClasses.count else {
            throw EntitiesError(
                code: .modelVersion,
                message: "NER model \(origin) has \(classes) transition classes; this build knows \(TransitionClasses.count). \(retrain)")
        }
        for _ in 0..<(classes * (l + 1) * l) {
            guard let bits: UInt32 = reader.read() else { throw truncated() }
            transitions.append(Float(bitPattern: bits))
        }
        guard let end = reader.take(4), Array(end) == Self.trailer, weights.count < 1 << 27,
            header.scale.isFinite, header.scale > 0
        else { throw truncated() }
        var firstStage: FirstStage?
        // A stacked model's first stage follows; a file cut right before it is truncated.
        if header.info["stages"] == "2" && reader.isAtEnd { throw truncated() }
        if !reader.isAtEnd {
            let rest = Data(bytes[reader.offset...])
            firstStage = FirstStage(model: try NERModel(data: rest, origin: origin + " (first stage)", gazetteer: gazetteer))
        }
        self.init(
            templates: header.templates, labelNames: header.labels, keys: keys, rowStarts: rowStarts, weights: weights,
            weightScale: header.scale, transitions: transitions, info: header.info, gazetteer: gazetteer)
        self.firstStage = firstStage
    }

    private static func append<T: FixedWidthInteger>(_ value: T, to data: inout Data) {
        withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) }
    }
}

/// Reads little-endian integers from a byte array.
struct ByteReader {
    let bytes: [UInt8]
    var offset: Int

    var isAtEnd: Bool { offset == bytes.count }

    mutating func read<T: FixedWidthInteger>() -> T? {
        let size = MemoryLayout<T>.size
        guard offset + size <= bytes.count else { return nil }
        var value: T = 0
        for k in 0..<size { value |= T(bytes[offset + k]) << (8 * k) }
        offset += size
        return value
    }

    mutating func take(_ count: Int) -> ArraySlice<UInt8>? {
        guard count >= 0, offset + count <= bytes.count else { return nil }
        defer { offset += count }
        return bytes[offset..<(offset + count)]
    }
}

extension NERModel {
    /// Where the committed model lives inside the module bundle.
    static var bundledURL: URL? { ResourceFiles.url("ner.model") }

    /// The model committed with the module (`Resources/ner.model`).
    ///
    /// - Throws: ``EntitiesError`` when it is missing, truncated or of another version.
    public static func bundled() throws -> NERModel {
        guard let url = bundledURL else {
            throw EntitiesError(code: .modelMissing, message: "The LitopysEntities resource bundle is missing. Retrain with `litopys train ner`.")
        }
        return try NERModel(contentsOf: url)
    }

    /// The bundled model, loaded once per process.
    static let shared: Result<NERModel, EntitiesError> = {
        do { return .success(try bundled()) } catch let error as EntitiesError {
            return .failure(error)
        } catch {
            return .failure(EntitiesError(code: .modelMissing, message: "\(error)"))
        }
    }()
}
