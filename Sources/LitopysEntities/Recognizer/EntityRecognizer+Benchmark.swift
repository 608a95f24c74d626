import Foundation
import LitopysText

/// Throughput of one measured stage.
public struct NERBenchmarkResult: Sendable, CustomStringConvertible {
    /// What was measured.
    public var stage: String
    /// Tokens processed, over all repetitions.
    public var tokens: Int
    /// Wall-clock seconds.
    public var seconds: Double
    /// Tokens per second.
    public var tokensPerSecond: Double { seconds > 0 ? Double(tokens) / seconds : 0 }

    public var description: String {
        String(format: "%@: %d tokens in %.3f s = %.0f tokens/s", stage, tokens, seconds, tokensPerSecond)
    }
}

extension EntityRecognizer {
    /// Tagging throughput on one core: features and Viterbi decoding over `documents`
    /// (already segmented), with their morphology computed once beforehand, repeated until
    /// at least `minimumSeconds` have passed. This is the figure the ≥ 200,000 tokens/s
    /// target refers to; ``benchmarkRecognition(_:minimumSeconds:)`` measures the whole stage.
    public func benchmarkTagging(_ documents: [Document], minimumSeconds: Double = 1) -> NERBenchmarkResult {
        let inputs = documents.map { taggingInput($0) }
        return Self.measure("NER tagging", minimumSeconds: minimumSeconds) {
            var tokens = 0
            for input in inputs {
                let labels = model.tag(input)
                tokens += labels.count
            }
            return tokens
        }
    }

    /// Throughput of the whole stage, ``recognize(_:)``: morphology lookups, tagging,
    /// repair rules, normal forms and coreference.
    public func benchmarkRecognition(_ documents: [Document], minimumSeconds: Double = 1) -> NERBenchmarkResult {
        Self.measure("NER recognize", minimumSeconds: minimumSeconds) {
            var tokens = 0
            for document in documents {
                var copy = document
                recognize(&copy)
                tokens += copy.tokenCount
            }
            return tokens
        }
    }

    static func measure(_ stage: String, minimumSeconds: Double, _ body: () -> Int) -> NERBenchmarkResult {
        var tokens = 0
        let start = Date()
        var elapsed = 0.0
        repeat {
            tokens += body()
            elapsed = Date().timeIntervalSince(start)
        } while elapsed < minimumSeconds
        return NERBenchmarkResult(stage: stage, tokens: tokens, seconds: elapsed)
    }
}
