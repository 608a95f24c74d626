import Foundation
import Testing

/// Runs the built `litopys` tool, which SwiftPM puts beside the test runner.
func runLitopys(_ arguments: [String], input: String? = nil) throws -> (status: Int32, stdout: String, stderr: String) {
    let runner = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    var tool = runner.appendingPathComponent("litopys")
    if !FileManager.default.isExecutableFile(atPath: tool.path) {
        tool = runner.deletingLastPathComponent().appendingPathComponent("litopys")
    }
    let process = Process()
    process.executableURL = tool
    process.arguments = arguments
    let out = Pipe()
    let err = Pipe()
    let inPipe = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = inPipe
    try process.run()
    if let input { inPipe.fileHandleForWriting.write(Data(input.utf8)) }
    try inPipe.fileHandleForWriting.close()
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
}

func temporaryFile(_ name: String, _ contents: Data) throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("litopys-tests-\(ProcessInfo.processInfo.processIdentifier)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let path = folder.appendingPathComponent(name).path
    try contents.write(to: URL(fileURLWithPath: path))
    return path
}

struct CommandLineTests {
    @Test func analyzesGoodRecordsAndReportsBadOnesWithFileAndLine() throws {
        let text = try temporaryFile("stattia.txt", Data("Заголовок статті\nПерше речення. Друге речення.\n".utf8))
        let lines = try temporaryFile("feed.jsonl", Data("""
            {"title": "Т", "text": "Текст один.", "url": "u1"}
            {"title": "broken
            {"title": null, "text": "Текст два."}
            """.utf8))
        let result = try runLitopys(["analyze", "--json", "--published", "2024-01-02", text, lines])
        #expect(result.status == 3)
        let outputs = result.stdout.split(separator: "\n")
        try #require(outputs.count == 3, "stderr: \(result.stderr)")
        #expect(outputs[0].contains(#""document":"stattia.txt""#))
        #expect(outputs[0].contains(#""published":"2024-01-02""#))
        #expect(outputs[1].contains(#""url":"u1""#))
        #expect(result.stderr.contains("feed.jsonl:2: malformed JSON"))
        #expect(result.stderr.contains("3 analysed, 1 skipped"))
    }

    @Test func benchSaysWhatIsWrongWithItsFile() throws {
        let missing = try runLitopys(["bench", "/nonexistent-bench.txt", "--no-anchors"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("/nonexistent-bench.txt: no such file"))
        let latin1 = try temporaryFile("latin1.txt", Data([0x4B, 0x69, 0xEF, 0x76]))
        let notUTF8 = try runLitopys(["bench", latin1, "--no-anchors"])
        #expect(notUTF8.status == 1)
        #expect(notUTF8.stderr.contains("latin1.txt: is not UTF-8 text"))
    }

    @Test func failsWhenNothingCanBeAnalysed() throws {
        let empty = try temporaryFile("empty.txt", Data())
        let binary = try temporaryFile("binary.bin", Data([0, 1, 2, 0xFF]))
        let result = try runLitopys(["analyze", empty, binary, "/nonexistent.txt"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("empty.txt: is empty"))
        #expect(result.stderr.contains("binary.bin: looks like a binary file"))
        #expect(result.stderr.contains("/nonexistent.txt: no such file"))
        #expect(result.stdout.isEmpty)
    }

    @Test func readsStandardInputAndPrintsASummary() throws {
        let result = try runLitopys(["analyze", "-"], input: "Заголовок\nДжерело: Укрінформ\nТекст статті.\n")
        #expect(result.status == 0)
        #expect(result.stdout.contains("Title:       Заголовок"))
        #expect(result.stdout.contains("Source:      Укрінформ"))
    }

    @Test func rejectsABadDateWithAHint() throws {
        let result = try runLitopys(["analyze", "--published", "2022-02-30", "x.txt"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("--published must be a real date as YYYY-MM-DD"))
    }

    @Test func helpTeachesTheMainCommands() throws {
        let result = try runLitopys(["--help"])
        #expect(result.status == 0)
        for command in ["analyze", "morph", "train", "eval", "bench", "setup"] {
            #expect(result.stdout.contains(command), "help lacks \(command)")
        }
        let analyze = try runLitopys(["analyze", "--help"])
        #expect(analyze.stdout.contains("Exit status: 0 when every record was analysed"))
    }
}
