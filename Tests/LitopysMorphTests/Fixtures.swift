import Foundation
import LitopysMorph

/// The analyzer shared by the tests; loads (and on first use downloads with pip) the dictionary.
enum Fixtures {
    static let analyzer: MorphAnalyzer? = {
        do {
            return try MorphAnalyzer(download: true)
        } catch {
            print("⚠︎ LitopysMorphTests: dictionary unavailable, dictionary tests skipped: \(error)")
            return nil
        }
    }()

    /// `../shared` relative to the package root, if present.
    static let shared: String? = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let path = root.deletingLastPathComponent().appendingPathComponent("shared").path
        if FileManager.default.fileExists(atPath: path + "/corpora") { return path }
        print("⚠︎ LitopysMorphTests: ../shared is absent; corpus tests skipped.")
        return nil
    }()
}
