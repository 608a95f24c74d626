import Foundation

/// One document of a brat-standoff corpus: the text and its gold entity annotations.
///
/// Reads the `T` lines of the `.ann` file in both the space form (`T1\tPERS 0 5\tтекст`)
/// and the tab form (`T1\tPERS\t0\t5\tтекст`); a discontinuous span (`0 5;9 12`) is taken
/// from its first start to its last end. Offsets are code points, as in brat.
public struct BratDocument: Sendable {
    /// A gold annotation.
    public struct Annotation: Sendable, Hashable {
        /// Start code-point offset.
        public var start: Int
        /// End code-point offset (exclusive).
        public var end: Int
        /// The entity type.
        public var type: EntityType
    }

    /// Path of the `.txt` file.
    public var path: String
    /// The document text.
    public var text: String
    /// Gold annotations, sorted by start; may overlap (nested spans).
    public var annotations: [Annotation]

    /// Reads `path` (a `.txt` file) and its sibling `.ann` file.
    public init(textPath path: String) throws {
        self.path = path
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw EntitiesError(code: .badData, message: "Cannot read \(path) as UTF-8 text.", cause: error)
        }
        let annPath = String(path.dropLast(4)) + ".ann"
        let ann: String
        do {
            ann = try String(contentsOfFile: annPath, encoding: .utf8)
        } catch {
            throw EntitiesError(code: .badData, message: "Cannot read the annotations \(annPath).", cause: error)
        }
        annotations = Self.parse(ann)
    }

    /// The `T` annotations of an `.ann` file; lines of unknown types are skipped.
    static func parse(_ ann: String) -> [Annotation] {
        var result: [Annotation] = []
        for line in ann.split(separator: "\n") where line.first == "T" {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 2 else { continue }
            var words = fields[1].split(separator: " ").map(String.init)
            if words.count == 1, fields.count >= 4 { words = [String(fields[1]), String(fields[2]), String(fields[3])] }
            guard words.count >= 3, let type = EntityType(rawValue: words[0]) else { continue }
            let numbers = words[1...].joined(separator: " ").split(whereSeparator: { $0 == " " || $0 == ";" })
            guard let start = numbers.first.flatMap({ Int($0) }), let end = numbers.last.flatMap({ Int($0) }), start < end
            else { continue }
            result.append(Annotation(start: start, end: end, type: type))
        }
        return result.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
    }
}

/// A folder of brat documents, read recursively and sorted by path.
public enum BratCorpus {
    /// Paths of every `.txt` file under `directory` that has a sibling `.ann`, sorted.
    public static func textPaths(in directory: String) throws -> [String] {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw EntitiesError(code: .badData, message: "Corpus folder \(directory) does not exist.")
        }
        guard let enumerator = fm.enumerator(atPath: directory) else { return [] }
        var paths: [String] = []
        while let item = enumerator.nextObject() as? String {
            guard item.hasSuffix(".txt") else { continue }
            let full = (directory as NSString).appendingPathComponent(item)
            if fm.fileExists(atPath: String(full.dropLast(4)) + ".ann") { paths.append(full) }
        }
        return paths.sorted()
    }

    /// Which documents a run uses.
    public enum Split: String, Sendable, CaseIterable {
        /// Every document.
        case all
        /// Every document but each tenth (by sorted path): the training part of the dev split.
        case train
        /// Each tenth document by sorted path (indices 9, 19, … for fold 9): the development part.
        case dev

        /// Whether the document at `index` of the sorted list belongs to the split, when the
        /// development part is fold `fold` (0–9: the documents whose index ends in that digit).
        public func contains(index: Int, fold: Int = 9) -> Bool {
            switch self {
            case .all: true
            case .train: index % 10 != fold
            case .dev: index % 10 == fold
            }
        }
    }

    /// Reads the documents of `split` under `directory`, the development part being fold
    /// `fold` (0–9; the standard dev split is fold 9).
    public static func documents(in directory: String, split: Split = .all, fold: Int = 9) throws -> [BratDocument] {
        let paths = try textPaths(in: directory)
        return try paths.enumerated().filter { split.contains(index: $0.offset, fold: fold) }.map { try BratDocument(textPath: $0.element) }
    }
}
