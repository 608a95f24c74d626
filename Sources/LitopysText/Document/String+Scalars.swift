extension String {
    /// Makes a string from code points by encoding them as UTF-8 in one buffer.
    ///
    /// Faster than appending scalars to a `String.UnicodeScalarView` one by one.
    ///
    /// - Complexity: O(n).
    @inlinable
    public init<C: Collection>(scalars: C) where C.Element == Unicode.Scalar {
        self.init(unsafeUninitializedCapacity: scalars.count * 4) { buffer in
            var i = 0
            for scalar in scalars {
                let v = scalar.value
                if v < 0x80 {
                    buffer[i] = UInt8(v)
                    i += 1
                } else if v < 0x800 {
                    buffer[i] = UInt8(0xC0 | (v >> 6))
                    buffer[i + 1] = UInt8(0x80 | (v & 0x3F))
                    i += 2
                } else if v < 0x10000 {
                    buffer[i] = UInt8(0xE0 | (v >> 12))
                    buffer[i + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
                    buffer[i + 2] = UInt8(0x80 | (v & 0x3F))
                    i += 3
                } else {
                    buffer[i] = UInt8(0xF0 | (v >> 18))
                    buffer[i + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
                    buffer[i + 2] = UInt8(0x80 | ((v >> 6) & 0x3F))
                    buffer[i + 3] = UInt8(0x80 | (v & 0x3F))
                    i += 4
                }
            }
            return i
        }
    }
}
