import ArgumentParser

/// `litopys ... morph`: not built yet.
struct EvalMorphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "morph", abstract: "Lemma and tag accuracy on BrUK held-out documents and UD dev.")

    func run() throws {
        throw ValidationError("`morph` is not built yet.")
    }
}
