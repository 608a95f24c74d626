import ArgumentParser

/// `litopys ... ner`: not built yet.
struct EvalNERCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ner", abstract: "Entity-level precision, recall and F1 on a folder of brat files.")

    func run() throws {
        throw ValidationError("`ner` is not built yet.")
    }
}
