import Foundation

/// How far an ingest has got, and its tally so far.
public struct IngestProgress: Sendable, Hashable {
    /// Records handled: stored, skipped as already stored, linked, or failed.
    public var processed = 0
    /// Documents stored with their facts.
    public var added = 0
    /// Documents skipped because the same content was already stored.
    public var alreadyStored = 0
    /// Documents linked to an original as near-duplicates.
    public var nearDuplicates = 0
    /// Records that could not be read.
    public var failed = 0
    /// Seconds since the ingest started.
    public var elapsed: Double = 0

    /// Records handled per second.
    public var rate: Double { elapsed > 0 ? Double(processed) / elapsed : 0 }

    /// Makes an empty tally.
    public init() {}

    /// Counts one stored record by what storing it did.
    mutating func count(_ outcome: IngestOutcome) {
        switch outcome {
        case .added: added += 1
        case .alreadyStored: alreadyStored += 1
        case .nearDuplicate: nearDuplicates += 1
        }
    }
}
