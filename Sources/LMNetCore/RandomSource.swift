/// xoshiro256** seeded by SplitMix64: a small, fast generator whose stream depends
/// only on (seed, stream), so initialization and division are reproducible and
/// independent of each other and of the platform.
public struct RandomSource: RandomNumberGenerator, Sendable {
    private var s: (UInt64, UInt64, UInt64, UInt64)

    /// Streams used by LMNet, so the weights do not depend on whether division ran first.
    public enum Stream: UInt64, Sendable { case initialization = 1, division = 2 }

    public init(seed: UInt64, stream: Stream) {
        var x = seed &+ stream.rawValue &* 0x9E37_79B9_7F4A_7C15
        func splitmix() -> UInt64 {
            x &+= 0x9E37_79B9_7F4A_7C15
            var z = x
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        s = (splitmix(), splitmix(), splitmix(), splitmix())
    }

    public mutating func next() -> UInt64 {
        let result = ((s.1 &* 5) << 7 | (s.1 &* 5) >> 57) &* 9
        let t = s.1 << 17
        s.2 ^= s.0; s.3 ^= s.1; s.1 ^= s.2; s.0 ^= s.3
        s.2 ^= t
        s.3 = s.3 << 45 | s.3 >> 19
        return result
    }

    /// Uniform in [0, 1) with 53 random bits.
    public mutating func unit() -> Double { Double(next() >> 11) * 0x1p-53 }
    /// Uniform in [-1, 1), MATLAB's `rands`.
    public mutating func symmetric() -> Double { 2 * unit() - 1 }
    /// Uniform integer in 0..<n (n > 0), without modulo bias.
    public mutating func index(below n: Int) -> Int { Int(truncatingIfNeeded: next(upperBound: UInt64(n))) }
}
