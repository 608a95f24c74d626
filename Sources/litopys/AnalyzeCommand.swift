import ArgumentParser

/// `litopys ... analyze`: not built yet.
struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "analyze", abstract: "Analyse articles and print their facts.")

    func run() throws {
        throw ValidationError("`analyze` is not built yet.")
    }
}
