import ArgumentParser

/// `litopys ... setup`: not built yet.
struct SetupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "setup", abstract: "Download the VESUM dictionary into the cache folder.")

    func run() throws {
        throw ValidationError("`setup` is not built yet.")
    }
}
