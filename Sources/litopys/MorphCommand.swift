import ArgumentParser

/// `litopys ... morph`: not built yet.
struct MorphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "morph", abstract: "Show all parses and inflections of words.")

    func run() throws {
        throw ValidationError("`morph` is not built yet.")
    }
}
