import Foundation
import Litopys

/// The article files named on a command line: files as given, folders searched recursively.
///
/// In a folder, files ending in ``extensions`` are taken, sorted by path so that every run
/// sees them in the same order (which makes an interrupted ingest resume to the same
/// database). Hidden files and folders are skipped.
public struct InputFiles: Sendable {
    /// The file name endings taken from folders.
    public static let extensions = [".txt", ".jsonl", ".ndjson"]

    /// The files, in order.
    public var files: [String] = []
    /// Paths that do not exist or cannot be listed, as input errors.
    public var errors: [InputError] = []

    /// Expands `paths`.
    ///
    /// - Complexity: O(n log n) in the number of files found.
    public init(paths: [String]) {
        let fm = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard path != "-" else {
                files.append(path)
                continue
            }
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
                errors.append(InputError(code: .unreadableFile, file: path, message: "no such file or folder. Check the path."))
                continue
            }
            guard isDirectory.boolValue else {
                files.append(path)
                continue
            }
            guard let walker = fm.enumerator(atPath: path) else {
                errors.append(InputError(code: .unreadableFile, file: path, message: "the folder cannot be listed. Check its permissions."))
                continue
            }
            var found: [String] = []
            while let relative = walker.nextObject() as? String {
                let name = (relative as NSString).lastPathComponent
                if name.hasPrefix(".") {
                    walker.skipDescendants()
                    continue
                }
                let lowered = name.lowercased()
                guard Self.extensions.contains(where: { lowered.hasSuffix($0) }) else { continue }
                let full = (path as NSString).appendingPathComponent(relative)
                var isFolder: ObjCBool = false
                if fm.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue { found.append(full) }
            }
            if found.isEmpty {
                errors.append(InputError(code: .emptyInput, file: path, message: "the folder holds no .txt, .jsonl or .ndjson files."))
            }
            files.append(contentsOf: found.sorted())
        }
    }
}
