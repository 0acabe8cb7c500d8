/// Samples for training or simulation, sample-major: x[q * inputCount + i], t[q * outputCount + j].
public struct Dataset: Equatable, Sendable {
    public var x: [Double]
    public var t: [Double]
    public let sampleCount: Int
    public let inputCount: Int
    public let outputCount: Int
    public var inputNames: [String] = []
    public var targetNames: [String] = []
    /// Optional division, 0-based.
    public var trainInd: [Int] = []
    public var valInd: [Int] = []
    public var testInd: [Int] = []

    /// Validates sizes and values: x finite, t any (NaN targets are "don't care").
    public init(x: [Double], t: [Double], sampleCount: Int, inputCount: Int, outputCount: Int) throws {
        guard sampleCount >= 1, inputCount >= 1, outputCount >= 0 else {
            throw LMNetError(.dimension, "a dataset needs at least 1 sample and 1 input (got \(sampleCount) samples, \(inputCount) inputs, \(outputCount) outputs)")
        }
        guard x.count == sampleCount * inputCount, t.count == sampleCount * outputCount else {
            throw LMNetError(.dimension, "x must hold \(sampleCount)×\(inputCount) and t \(sampleCount)×\(outputCount) values")
        }
        try Dataset.requireFinite(x, "x")
        self.x = x
        self.t = t
        self.sampleCount = sampleCount
        self.inputCount = inputCount
        self.outputCount = outputCount
    }

    /// Throws `nonFinite` naming the first NaN or Inf in an array of inputs.
    public static func requireFinite(_ v: UnsafeBufferPointer<Double>, _ name: String, columns: Int? = nil) throws {
        for (i, value) in v.enumerated() where !value.isFinite {
            let at = columns.map { "sample \(i / $0), row \(i % $0)" } ?? "element \(i)"
            throw LMNetError(.nonFinite, "\(name) holds \(value) at \(at) (0-based); inputs must be finite")
        }
    }

    public static func requireFinite(_ v: [Double], _ name: String) throws {
        try v.withUnsafeBufferPointer { try requireFinite($0, name) }
    }
}
