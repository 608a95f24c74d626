extension String {
    /// Whether the string begins with `prefix`, compared byte by byte.
    ///
    /// The vocabularies are lowercase NFC text like the words they are matched against, so
    /// byte comparison is exact, and much faster than `hasPrefix`'s canonical equivalence.
    @inline(__always)
    func begins(with prefix: String) -> Bool {
        utf8.starts(with: prefix.utf8)
    }
}
