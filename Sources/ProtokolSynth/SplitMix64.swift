/// A small, fast, seeded random number generator (SplitMix64, Steele, Lea and Flood 2014).
///
/// The synthetic corpus never uses the system generator: the same seed gives the same numbers on
/// every machine and every run, so the same corpus.
public struct SplitMix64: RandomNumberGenerator, Sendable, Hashable {
    public private(set) var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    /// A generator for one part of a larger whole: `seed` mixed with `stream` (a document's index, say),
    /// so that the parts are independent of each other and of the order they are made in.
    public init(seed: UInt64, stream: UInt64) {
        var mixer = SplitMix64(seed: seed ^ (stream &* 0xD1B5_4A32_D192_ED03))
        state = mixer.next() ^ stream
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound` (Lemire's multiply-and-shift; the tiny bias does not matter here).
    /// A bound below 1 gives 0.
    public mutating func below(_ bound: Int) -> Int {
        guard bound > 1 else { return 0 }
        let product = next().multipliedFullWidth(by: UInt64(bound))
        return Int(product.high)
    }

    /// A number in the closed range.
    public mutating func within(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.upperBound - range.lowerBound + 1)
    }

    /// True with probability `p` (0...1).
    public mutating func chance(_ p: Double) -> Bool {
        Double(next() >> 11) / Double(1 << 53) < p
    }

    /// One element of a non-empty array; nil for an empty one.
    public mutating func element<T>(of array: [T]) -> T? {
        array.isEmpty ? nil : array[below(array.count)]
    }

    /// An index chosen by the weights (all ≥ 0, some > 0).
    public mutating func weighted(_ weights: [Int]) -> Int {
        let total = weights.reduce(0, +)
        var roll = below(total)
        for (index, weight) in weights.enumerated() {
            if roll < weight { return index }
            roll -= weight
        }
        return max(0, weights.count - 1)
    }
}
