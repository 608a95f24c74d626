/// How the chronicle decides that two documents or two events are the same.
///
/// A value: make one, change what you need, hand it to a store.
///
/// ```swift
/// var configuration = ChronicleConfiguration()
/// configuration.eventDateWindow = 0      // merge events only on the very same day
/// let store = try SQLiteChronicleStore(path: "litopys.sqlite", configuration: configuration)
/// ```
public struct ChronicleConfiguration: Sendable, Hashable {
    /// The largest Hamming distance between the SimHash fingerprints of two documents for
    /// the later one to count as a near-duplicate of the earlier (the same wire story with
    /// small edits). The default is 3.
    public var nearDuplicateDistance = 3

    /// How many days apart the dates of two events of the same kind may be for them to
    /// merge into one event. The default is 1 (a meeting reported the next day with
    /// "вчора" resolved one day off still merges).
    public var eventDateWindow = 1

    /// Makes the default configuration.
    public init() {}
}
