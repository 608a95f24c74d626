extension String {
    /// Whether the string is spelled exactly `literal`, byte for byte.
    ///
    /// The fact rules compare words of the cleaned text, which is in NFC, with literals in
    /// NFC; comparing bytes gives the same answer as `==` without the Unicode normalisation
    /// that `==` does for any non-ASCII string, which is most of the rules' time otherwise.
    @inline(__always)
    func isSpelled(_ literal: StaticString) -> Bool {
        var copy = self
        return literal.withUTF8Buffer { expected in
            copy.withUTF8 { actual in
                actual.count == expected.count && actual.elementsEqual(expected)
            }
        }
    }
}
