import Foundation
import LitopysStore

/// Shows the progress of a long command on standard error: one line rewritten in place on
/// a terminal, a plain line every few seconds otherwise (logs, pipes).
struct ProgressDisplay {
    /// Whether to show progress at all (problems are always shown).
    let enabled: Bool
    /// Whether standard error is a terminal.
    let isTerminal = isatty(STDERR_FILENO) == 1
    /// Seconds between plain lines when not on a terminal.
    let plainInterval = 5.0

    private var lastShown = -1.0
    private var lineOpen = false

    init(enabled: Bool) {
        self.enabled = enabled
    }

    /// Shows the tally, at most ten times a second on a terminal.
    mutating func show(_ tally: IngestProgress) {
        guard enabled else { return }
        let interval = isTerminal ? 0.1 : plainInterval
        guard tally.elapsed - lastShown >= interval else { return }
        lastShown = tally.elapsed
        let line = String(
            format: "%d documents (%d added, %d already stored, %d near-duplicates), %.1f/s, %d errors",
            tally.processed, tally.added, tally.alreadyStored, tally.nearDuplicates, tally.rate, tally.failed)
        if isTerminal {
            write("\r\u{1B}[K" + line)
            lineOpen = true
        } else {
            write(line + "\n")
        }
    }

    /// Reports a problem on its own line, keeping the progress line below it.
    mutating func problem(_ message: String) {
        if lineOpen {
            write("\r\u{1B}[K")
            lineOpen = false
        }
        write("litopys: \(message)\n")
    }

    /// Ends the progress line.
    mutating func finish() {
        if lineOpen {
            write("\r\u{1B}[K")
            lineOpen = false
        }
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
