/// First-order Viterbi decoding over flat score buffers, shared by tagging and training.
enum Viterbi {
    /// Writes the best label path of a sentence into `path`, with a second transition matrix
    /// per class of the token entered (``TransitionClasses``): the score of the pair `p → y`
    /// into token `t` is `transitions[p, y] + classTransitions[classes[t], p, y]`. Training
    /// decodes with it, before the two are added into one matrix per class.
    ///
    /// - Parameters:
    ///   - emissions: `[n × labels]` scores of each label at each token.
    ///   - transitions: `[(labels + 1) × labels]`; row `labels` scores the first label.
    ///   - classTransitions: `[classes × (labels + 1) × labels]`.
    ///   - classes: the class of each of the `n` tokens.
    ///   - scores: scratch, at least `[n × labels]`.
    ///   - back: scratch, at least `[n × labels]`.
    ///   - path: receives `n` labels.
    /// - Complexity: O(n × labels²).
    @inline(__always)
    static func decode(
        n: Int, labels l: Int, emissions: UnsafeBufferPointer<Float>, transitions: UnsafeBufferPointer<Float>,
        classTransitions: UnsafeBufferPointer<Float>, classes: UnsafeBufferPointer<UInt8>,
        scores: UnsafeMutableBufferPointer<Float>, back: UnsafeMutableBufferPointer<UInt8>,
        path: UnsafeMutableBufferPointer<UInt8>
    ) {
        guard n > 0 else { return }
        let matrix = (l + 1) * l
        let start = l * l
        var own = Int(classes[0]) * matrix
        for y in 0..<l { scores[y] = transitions[start + y] + classTransitions[own + start + y] + emissions[y] }
        var t = 1
        while t < n {
            let previous = (t - 1) * l
            let current = t * l
            own = Int(classes[t]) * matrix
            for y in 0..<l {
                var best = -Float.infinity
                var arg = 0
                for p in 0..<l {
                    let s = scores[previous + p] + transitions[p * l + y] + classTransitions[own + p * l + y]
                    if s > best {
                        best = s
                        arg = p
                    }
                }
                scores[current + y] = best + emissions[current + y]
                back[current + y] = UInt8(arg)
            }
            t += 1
        }
        finish(n: n, labels: l, scores: scores, back: back, path: path)
    }

    /// ``decode(n:labels:emissions:transitions:classTransitions:classes:scores:back:path:)`` for
    /// tagging, where each class's matrix holds both parts and most transitions are
    /// forbidden (−∞), as BIO makes them: only the labels in `predecessors[starts[y] ..< starts[y + 1]]`
    /// (ascending) are tried before label `y`. The result is the same; an `I-` label then costs
    /// two comparisons instead of 27. With `classes`, `transitions` holds one matrix per
    /// class (``TransitionClasses``) and token `t` is entered by the matrix of `classes[t]`.
    @inline(__always)
    static func decode(
        n: Int, labels l: Int, emissions: UnsafeBufferPointer<Float>, transitions: UnsafeBufferPointer<Float>,
        classes: UnsafeBufferPointer<UInt8>?,
        predecessors: UnsafeBufferPointer<UInt8>, starts: UnsafeBufferPointer<Int32>,
        scores: UnsafeMutableBufferPointer<Float>, back: UnsafeMutableBufferPointer<UInt8>,
        path: UnsafeMutableBufferPointer<UInt8>
    ) {
        guard n > 0 else { return }
        let matrix = (l &+ 1) &* l
        let start = l &* l
        var own = classes.map { Int($0[0]) &* matrix } ?? 0
        for y in 0..<l { scores[y] = transitions[own &+ start &+ y] + emissions[y] }
        var t = 1
        while t < n {
            let previous = (t &- 1) &* l
            let current = t &* l
            own = classes.map { Int($0[t]) &* matrix } ?? 0
            for y in 0..<l {
                var best = -Float.infinity
                var arg = 0
                for k in Int(starts[y])..<Int(starts[y &+ 1]) {
                    let p = Int(predecessors[k])
                    let s = scores[previous &+ p] + transitions[own &+ p &* l &+ y]
                    if s > best {
                        best = s
                        arg = p
                    }
                }
                scores[current &+ y] = best + emissions[current &+ y]
                back[current &+ y] = UInt8(truncatingIfNeeded: arg)
            }
            t &+= 1
        }
        finish(n: n, labels: l, scores: scores, back: back, path: path)
    }

    /// The best last label, and the path back from it.
    @inline(__always)
    private static func finish(
        n: Int, labels l: Int, scores: UnsafeMutableBufferPointer<Float>, back: UnsafeMutableBufferPointer<UInt8>,
        path: UnsafeMutableBufferPointer<UInt8>
    ) {
        var best = -Float.infinity
        var arg = 0
        let last = (n - 1) * l
        for y in 0..<l where scores[last + y] > best {
            best = scores[last + y]
            arg = y
        }
        var k = n - 1
        path[k] = UInt8(arg)
        while k > 0 {
            arg = Int(back[k * l + arg])
            k -= 1
            path[k] = UInt8(arg)
        }
    }
}
