import ArgumentParser
import Foundation

/// A whole text file that a command reads (a benchmark text, a test corpus), with an error
/// that says which file and what is wrong with it.
enum TextFile {
    /// The bytes and the text of the file at `path`. When it is missing, a folder, unreadable
    /// or not UTF-8, prints why and throws exit code 1.
    static func read(_ path: String) throws -> (data: Data, text: String) {
        var isDirectory: ObjCBool = false
        let problem: String
        if !FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            problem = "no such file. Check the path."
        } else if isDirectory.boolValue {
            problem = "is a folder; pass a text file."
        } else if let data = FileManager.default.contents(atPath: path) {
            if let text = String(validating: data, as: UTF8.self) { return (data, text) }
            problem = "is not UTF-8 text. Convert it first (for example `iconv -f cp1251 -t utf-8`)."
        } else {
            problem = "cannot be read. Check its permissions."
        }
        printError("\(path): \(problem)")
        throw ExitCode(1)
    }
}
