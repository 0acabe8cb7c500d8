/// MATLAB's performance functions with `performParam.regularization` r:
///   mse: perf = (1 - r)·Σe²/N + r·Σw²/n_w
///   sse: perf = (1 - r)·Σe²   + r·Σw²
/// where the sums over e leave out NaN targets and N counts the others.
public struct PerformanceMeasure: Sendable {
    public let function: PerformFunction
    public let regularization: Double

    public init(_ function: PerformFunction, regularization: Double = 0) {
        self.function = function
        self.regularization = regularization
    }

    public init(_ options: TrainingOptions) {
        self.init(options.performFcn, regularization: options.regularization)
    }

    /// The divisor of the error terms: N for mse, 1 for sse.
    @inline(__always) public func errorScale(count: Int) -> Double { function == .mse ? 1 / Double(count) : 1 }
    /// The divisor of the weight terms: n_w for mse, 1 for sse.
    @inline(__always) public func weightScale(count: Int) -> Double { function == .mse ? 1 / Double(count) : 1 }

    /// perf from the sum of squared errors over `count` terms and the weights; NaN when count is 0.
    public func perf(sse: Double, count: Int, weights: UnsafeBufferPointer<Double>) -> Double {
        guard count > 0 else { return .nan }
        var p = sse * errorScale(count: count)
        if regularization > 0 {
            var ssw = 0.0
            for v in weights { ssw += v * v }
            p = (1 - regularization) * p + regularization * ssw * weightScale(count: weights.count)
        }
        return p
    }

    /// MATLAB's `perform(net, t, y)` on sample-major arrays.
    public func perform(t: UnsafeBufferPointer<Double>, y: UnsafeBufferPointer<Double>, weights: [Double]) throws -> Double {
        guard t.count == y.count else { throw LMNetError(.dimension, "t and y must have the same size (\(t.count) vs \(y.count))") }
        var sse = 0.0, n = 0
        for i in 0..<t.count where !t[i].isNaN {
            let e = t[i] - y[i]
            sse += e * e
            n += 1
        }
        return weights.withUnsafeBufferPointer { perf(sse: sse, count: n, weights: $0) }
    }
}

extension PerformanceMeasure {
    public func perform(t: [Double], y: [Double], weights: [Double] = []) throws -> Double {
        try t.withUnsafeBufferPointer { tb in try y.withUnsafeBufferPointer { try perform(t: tb, y: $0, weights: weights) } }
    }
}

/// Squared errors of one subset: their sum and the number of non-NaN targets.
public struct ErrorSum: Sendable {
    public var sse = 0.0
    public var count = 0
}
