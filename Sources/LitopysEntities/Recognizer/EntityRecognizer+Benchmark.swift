import Foundation
import LitopysText

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Throughput of one measured stage.
public struct NERBenchmarkResult: Sendable, CustomStringConvertible {
    /// What was measured.
    public var stage: String
    /// Tokens processed, over all repetitions.
    public var tokens: Int
    /// Wall-clock seconds.
    public var seconds: Double
    /// CPU seconds of the measuring thread: what one core spent, whatever else the machine
    /// was doing.
    public var cpuSeconds: Double
    /// Tokens per CPU second of one core (the figure to compare with targets).
    public var tokensPerSecond: Double { cpuSeconds > 0 ? Double(tokens) / cpuSeconds : 0 }
    /// Tokens per wall-clock second.
    public var tokensPerWallSecond: Double { seconds > 0 ? Double(tokens) / seconds : 0 }

    public var description: String {
        // `%@` with a Swift string is not portable in `String(format:)`; interpolate the text.
        stage + ": "
            + String(
                format: "%d tokens, %.3f s CPU (%.3f s wall) = %.0f tokens/s on one core (%.0f per wall second)",
                tokens, cpuSeconds, seconds, tokensPerSecond, tokensPerWallSecond)
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
        let cpuStart = threadCPUSeconds()
        var elapsed = 0.0
        repeat {
            tokens += body()
            elapsed = Date().timeIntervalSince(start)
        } while elapsed < minimumSeconds
        return NERBenchmarkResult(stage: stage, tokens: tokens, seconds: elapsed, cpuSeconds: threadCPUSeconds() - cpuStart)
    }

    /// CPU time of the calling thread, in seconds.
    static func threadCPUSeconds() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }
}
