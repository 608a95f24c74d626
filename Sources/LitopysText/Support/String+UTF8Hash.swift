extension String {
    /// FNV-1a of the string's UTF-8 bytes, finished with a mix of the high bits into the low.
    ///
    /// For lookups of words that are already NFC (cleaned text, vocabularies): hashing the
    /// bytes is several times cheaper than `hashValue`, which normalises Unicode first.
    public var utf8Hash: UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in utf8 { h = (h ^ UInt64(byte)) &* 0x100_0000_01B3 }
        return h ^ (h >> 29)
    }
}
