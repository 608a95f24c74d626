import ArgumentParser

/// `litopys ... segmentation`: not built yet.
struct EvalSegmentationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "segmentation", abstract: "Sentence and token boundary F1 against a CoNLL-U file.")

    func run() throws {
        throw ValidationError("`segmentation` is not built yet.")
    }
}
