import Foundation

/// Where the VESUM dictionary lives on disk and how to obtain it.
///
/// The data is the `pymorphy3-dicts-uk` wheel from PyPI, unpacked into a cache folder:
/// `~/.cache/litopys` by default, or the folder named by the `LITOPYS_DATA` environment
/// variable. The dictionary files end up in `<cache>/pymorphy3_dicts_uk/data/`.
///
/// ```swift
/// let location = DictionaryLocation()
/// try location.install()            // what `litopys setup` does
/// let dictionary = try VesumDictionary(directory: location.dataDirectory)
/// ```
public struct DictionaryLocation: Sendable {
    /// The PyPI package that carries the dictionary.
    public static let package = "pymorphy3-dicts-uk"
    /// The pinned package version. The default data is exactly this version.
    public static let version = "2.4.1.1.1663094765"

    /// The cache folder. The default is `$LITOPYS_DATA`, else `~/.cache/litopys`.
    public var cacheDirectory: String

    /// Makes a location; `cacheDirectory` nil means the default.
    public init(cacheDirectory: String? = nil) {
        if let cacheDirectory {
            self.cacheDirectory = cacheDirectory
        } else if let env = ProcessInfo.processInfo.environment["LITOPYS_DATA"], !env.isEmpty {
            self.cacheDirectory = env
        } else {
            let home = FileManager.default.homeDirectoryForCurrentUser.path
            self.cacheDirectory = (home as NSString).appendingPathComponent(".cache/litopys")
        }
    }

    /// The folder holding `words.dawg` and the other dictionary files.
    public var dataDirectory: String {
        (cacheDirectory as NSString).appendingPathComponent("pymorphy3_dicts_uk/data")
    }

    /// The files the dictionary needs.
    public static let requiredFiles = [
        "meta.json", "words.dawg", "paradigms.array", "suffixes.json", "grammemes.json", "gramtab-opencorpora-int.json",
        "prediction-suffixes-0.dawg", "prediction-suffixes-1.dawg", "prediction-suffixes-2.dawg", "prediction-suffixes-3.dawg",
    ]

    /// Whether all dictionary files are present (`litopys setup` reinstalls when one is missing).
    public var isInstalled: Bool {
        Self.requiredFiles.allSatisfy {
            FileManager.default.fileExists(atPath: (dataDirectory as NSString).appendingPathComponent($0))
        }
    }

    /// The shell commands that install the dictionary by hand, for error messages.
    public var manualCommands: String {
        "python3 -m pip download --no-deps \(Self.package)==\(Self.version) -d /tmp/litopys-wheel && "
            + "python3 -m zipfile -e /tmp/litopys-wheel/pymorphy3_dicts_uk-\(Self.version)-py2.py3-none-any.whl \(cacheDirectory)"
    }

    /// Downloads the pinned wheel with pip and unpacks it into ``cacheDirectory``, unless the
    /// dictionary is already there.
    ///
    /// - Throws: ``MorphError`` `setupFailed` with the commands to run by hand.
    public func install() throws(MorphError) {
        if isInstalled { return }
        let fm = FileManager.default
        let download = (cacheDirectory as NSString).appendingPathComponent("download")
        do {
            try fm.createDirectory(atPath: download, withIntermediateDirectories: true)
        } catch {
            throw MorphError(.setupFailed, "Cannot create \(download). Set LITOPYS_DATA to a writable folder.", cause: error)
        }
        try run(["python3", "-m", "pip", "download", "--no-deps", "--disable-pip-version-check", "-q",
                 "\(Self.package)==\(Self.version)", "-d", download])
        let wheel = (download as NSString).appendingPathComponent("pymorphy3_dicts_uk-\(Self.version)-py2.py3-none-any.whl")
        guard fm.fileExists(atPath: wheel) else {
            throw MorphError(.setupFailed, "pip did not produce \(wheel). Install the dictionary by hand: \(manualCommands)")
        }
        try run(["python3", "-m", "zipfile", "-e", wheel, cacheDirectory])
        guard isInstalled else {
            throw MorphError(.setupFailed, "The wheel did not contain words.dawg. Install the dictionary by hand: \(manualCommands)")
        }
    }

    private func run(_ arguments: [String]) throws(MorphError) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw MorphError(.setupFailed, "Cannot run `\(arguments.joined(separator: " "))`. Install Python 3 with pip, or install the dictionary by hand: \(manualCommands)", cause: error)
        }
        let output = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let text = String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw MorphError(.setupFailed, "`\(arguments.joined(separator: " "))` failed: \(text.suffix(400)). Install the dictionary by hand: \(manualCommands)")
        }
    }
}

extension VesumDictionary {
    /// Loads the dictionary from `location`, downloading it first when `download` is true
    /// and it is not there yet.
    ///
    /// - Throws: ``MorphError`` saying what to run when the files are missing.
    public static func load(from location: DictionaryLocation = DictionaryLocation(), download: Bool = false) throws(MorphError) -> VesumDictionary {
        if !location.isInstalled {
            if download {
                try location.install()
            } else {
                throw MorphError(.dictionaryMissing, "VESUM dictionary not found in \(location.cacheDirectory). Run `litopys setup` or set LITOPYS_DATA (or run: \(location.manualCommands)).")
            }
        }
        return try VesumDictionary(directory: location.dataDirectory)
    }
}
