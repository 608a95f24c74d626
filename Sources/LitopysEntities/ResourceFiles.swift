import Foundation

/// Finds the data files committed in `Sources/LitopysEntities/Resources`.
enum ResourceFiles {
    /// The `Resources` folder inside the module bundle.
    ///
    /// Foundation's `resourceURL` differs between platforms (on Linux it may already end in
    /// `Resources`), so the folder is found by looking for the gazetteers in it.
    static let root: URL? = {
        let bundle = Bundle.module
        var candidates = [bundle.bundleURL.appendingPathComponent("Resources", isDirectory: true)]
        if let resources = bundle.resourceURL {
            candidates.append(resources.appendingPathComponent("Resources", isDirectory: true))
            candidates.append(resources)
        }
        let fm = FileManager.default
        return candidates.first { fm.fileExists(atPath: $0.appendingPathComponent("Gazetteers").path) } ?? candidates.first
    }()

    /// The files with extension `ext` in the resource subfolder `folder`, sorted by name.
    static func urls(in folder: String, extension ext: String) throws -> [URL] {
        guard let root else {
            throw EntitiesError(code: .badData, message: "The LitopysEntities resource bundle is missing.")
        }
        let dir = root.appendingPathComponent(folder, isDirectory: true)
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path)
        return names.filter { $0.hasSuffix("." + ext) }.sorted().map { dir.appendingPathComponent($0) }
    }

    /// The URL of a resource file, whether or not it exists.
    static func url(_ name: String) -> URL? {
        root?.appendingPathComponent(name)
    }
}
