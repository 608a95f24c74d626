import ArgumentParser

/// `litopys ... ner`: not built yet.
struct TrainNERCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ner", abstract: "Train the NER tagger on NER-UK 2.0.")

    func run() throws {
        throw ValidationError("`ner` is not built yet.")
    }
}
