import ArgumentParser

/// `litopys ... bench`: not built yet.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "bench", abstract: "Throughput of the pipeline stages on a text file.")

    func run() throws {
        throw ValidationError("`bench` is not built yet.")
    }
}
