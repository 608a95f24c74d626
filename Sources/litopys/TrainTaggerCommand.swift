import ArgumentParser

/// `litopys ... tagger`: not built yet.
struct TrainTaggerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "tagger", abstract: "Train the morphological disambiguation tagger on BrUK.")

    func run() throws {
        throw ValidationError("`tagger` is not built yet.")
    }
}
