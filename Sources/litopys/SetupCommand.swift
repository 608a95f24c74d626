import ArgumentParser
import Foundation
import LitopysMorph

/// `litopys setup`: obtains the VESUM dictionary (`pymorphy3-dicts-uk`, pinned) into the cache
/// folder, so later commands work offline.
struct SetupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "setup", abstract: "Download the VESUM dictionary into the cache folder.",
        discussion: "The folder is $LITOPYS_DATA, or ~/.cache/litopys. Needs python3 with pip and access to PyPI.")

    func run() throws {
        let location = DictionaryLocation()
        if location.isInstalled {
            print("VESUM dictionary already in \(location.dataDirectory)")
        } else {
            print("Downloading \(DictionaryLocation.package)==\(DictionaryLocation.version) into \(location.cacheDirectory) …")
            try location.install()
        }
        let started = Date()
        let dictionary = try VesumDictionary(directory: location.dataDirectory)
        let milliseconds = Int(Date().timeIntervalSince(started) * 1000)
        print("Loaded \(dictionary.directory) in \(milliseconds) ms.")
    }
}
