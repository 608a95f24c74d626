import Foundation
import Litopys
import LitopysText
import Testing

/// The example articles in `examples/`, each with a gold file, scored by the project's scorer
/// (`../shared/bench/score_facts.py`). Skipped, with a message, where `../shared` is absent.
struct ExampleArticlesTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let scorer = root.deletingLastPathComponent().appendingPathComponent("shared/bench/score_facts.py")

    /// A regression floor under the measured mean (1.000 over 13 articles at the last measurement).
    static let minimumMeanF1 = 0.97

    @Test func examplesScoreAboveTheFloor() throws {
        guard FileManager.default.fileExists(atPath: Self.scorer.path) else {
            print("ExampleArticlesTests: \(Self.scorer.path) not found (../shared is absent); skipped.")
            return
        }
        let pipeline: Pipeline
        do {
            pipeline = try Pipeline.standard(downloadDictionary: true)
        } catch {
            print("ExampleArticlesTests: the VESUM dictionary is not available (\(error)); skipped.")
            return
        }
        let examples = Self.root.appendingPathComponent("examples")
        let golds = try FileManager.default.contentsOfDirectory(atPath: examples.path).filter { $0.hasSuffix(".expected.json") }.sorted()
        #expect(golds.count >= 10)
        var lines = ""
        for gold in golds {
            let goldData = try Data(contentsOf: examples.appendingPathComponent(gold))
            let goldObject = try JSONSerialization.jsonObject(with: goldData) as? [String: Any]
            let name = String(gold.dropLast(".expected.json".count)) + ".txt"
            let text = try String(contentsOf: examples.appendingPathComponent(name), encoding: .utf8)
            let document = pipeline.analyze(Article(text: text, hasHeadline: true, published: goldObject?["published"] as? String))
            lines += OutputContract().json(for: document, extra: [("document", .string(name))]) + "\n"
        }
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("litopys-examples-\(ProcessInfo.processInfo.processIdentifier).jsonl")
        try lines.write(to: output, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Self.scorer.path, "--dir", examples.path, output.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let report = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        print(report)
        let last = try #require(report.split(separator: "\n").last { $0.hasPrefix("facts: mean F1=") })
        let mean = try #require(Double(last.dropFirst("facts: mean F1=".count).prefix(5)))
        #expect(mean >= Self.minimumMeanF1, "mean facts F1 \(mean) fell below \(Self.minimumMeanF1)")
    }
}
