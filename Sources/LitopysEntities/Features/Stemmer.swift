/// Cuts a common Ukrainian inflectional ending off a word so that case forms of one name
/// meet: `Брюсселі`, `Брюссель` → `брюссел`; `Женеві`, `Женева` → `женев`.
///
/// It is deliberately crude (no dictionary): it serves gazetteer matching and a feature,
/// and works when the morphology stage is absent. All-caps words and words with digits are
/// left whole (`США`, `НАТО`, `24`).
enum Stemmer {
    /// Endings, longest first, as folded code points.
    static let endings: [[UInt32]] = [
        "ями", "ами", "ові", "ією", "ого", "ому", "ими", "ій", "ою", "ею", "єю",
        "ої", "ах", "ях", "ом", "ем", "єм", "ів", "їв", "ія", "ії", "ію", "ам", "ям", "им",
        "их", "ий", "а", "я", "у", "ю", "е", "є", "о", "и", "і", "ї", "ь", "й",
    ].map { $0.unicodeScalars.map(\.value) }

    /// The shortest stem the stemmer leaves, in code points.
    static let minimumStem = 3

    /// The end offset of the stem of `scalars[range]`.
    ///
    /// - Complexity: O(number of endings × ending length).
    @inline(__always)
    static func stemEnd(_ scalars: UnsafeBufferPointer<UInt32>, _ range: Range<Int>) -> Int {
        let length = range.count
        var upper = 0
        for i in range {
            let v = scalars[i]
            if ScalarText.isDigit(v) { return range.upperBound }
            if ScalarText.isUpper(v) { upper += 1 }
        }
        if upper > 1 && upper * 2 > length { return range.upperBound }
        for ending in endings where length - ending.count >= minimumStem {
            var matches = true
            var j = range.upperBound - ending.count
            for e in ending {
                if ScalarText.fold(scalars[j]) != e { matches = false; break }
                j += 1
            }
            if matches { return range.upperBound - ending.count }
        }
        return range.upperBound
    }

    /// Hash of the stem of `scalars[range]`.
    @inline(__always)
    static func stemHash(_ scalars: UnsafeBufferPointer<UInt32>, _ range: Range<Int>) -> UInt64 {
        ScalarText.hash(scalars, range.lowerBound..<stemEnd(scalars, range), salt: 2)
    }

    /// Stem of a standalone word, as a `String`; for data files and tests.
    static func stem(_ word: String) -> String {
        let values = ContiguousArray(word.unicodeScalars.map(\.value))
        let end = values.withUnsafeBufferPointer { stemEnd($0, 0..<$0.count) }
        var view = String.UnicodeScalarView()
        for v in values[0..<end] { if let s = Unicode.Scalar(ScalarText.fold(v)) { view.append(s) } }
        return String(view)
    }
}
