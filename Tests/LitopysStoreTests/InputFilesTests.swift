import Foundation
import Litopys
import LitopysStore
import Testing

struct InputFilesTests {
    @Test func foldersAreSearchedRecursivelyInPathOrder() throws {
        let folder = try Fixtures.folder()
        for name in ["b.txt", "a/z.jsonl", "a/y.ndjson", "a/notes.md", ".hidden/x.txt", "c/.x.txt"] {
            try Fixtures.write("{}", to: name, in: folder)
        }
        let files = InputFiles(paths: [folder.path, folder.appendingPathComponent("nowhere").path])
        #expect(files.files.map { String($0.dropFirst(folder.path.count + 1)) } == ["a/y.ndjson", "a/z.jsonl", "b.txt"])
        #expect(files.errors.count == 1)
        #expect(files.errors.first?.description.contains("nowhere: no such file or folder") == true)
    }

    @Test func anEmptyFolderIsReported() throws {
        let folder = try Fixtures.folder()
        let files = InputFiles(paths: [folder.path])
        #expect(files.files.isEmpty)
        #expect(files.errors.first?.description.contains("holds no .txt, .jsonl or .ndjson files") == true)
    }
}
