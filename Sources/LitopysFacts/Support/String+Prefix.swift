extension String {
    /// Whether the string begins with `prefix`, compared byte by byte.
    ///
    /// The vocabularies are lowercase NFC text like the words they are matched against, so
    /// byte comparison is exact, and much faster than `hasPrefix`'s canonical equivalence.
    @inline(__always)
    func begins(with prefix: String) -> Bool {
        utf8.starts(with: prefix.utf8)
    }

    /// Whether the string contains `needle`, compared byte by byte (exact for NFC text, as
    /// ``begins(with:)`` explains; `contains` would search with canonical equivalence).
    func includes(_ needle: String) -> Bool {
        var text = self
        var pattern = needle
        return text.withUTF8 { text in
            pattern.withUTF8 { pattern in
                guard pattern.count <= text.count else { return false }
                guard let first = pattern.first else { return true }
                var i = 0
                while i + pattern.count <= text.count {
                    if text[i] == first {
                        var k = 1
                        while k < pattern.count && text[i + k] == pattern[k] { k += 1 }
                        if k == pattern.count { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }
}
