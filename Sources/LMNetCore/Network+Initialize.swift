#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Network {
    /// MATLAB's `configure(net, x, t)`: processing settings from all samples, then `init`.
    public mutating func configure(x: UnsafeBufferPointer<Double>, t: UnsafeBufferPointer<Double>,
                                   sampleCount: Int, inputCount: Int, outputCount: Int, seed: UInt64) throws {
        try Network.validate(x: x, t: t, sampleCount: sampleCount, inputCount: inputCount, outputCount: outputCount)
        inputProcessing = Processing(functions: inputProcessing.functions, data: x, samples: sampleCount, rows: inputCount)
        outputProcessing = Processing(functions: outputProcessing.functions, data: t, samples: sampleCount, rows: outputCount)
        try requireReasonableSize()
        resizeWeights()
        try initialize(seed: seed)
    }

    /// Checks the shapes of training data and that the inputs are finite.
    public static func validate(x: UnsafeBufferPointer<Double>, t: UnsafeBufferPointer<Double>,
                                sampleCount: Int, inputCount: Int, outputCount: Int) throws {
        guard sampleCount >= 1, inputCount >= 1, outputCount >= 1 else {
            throw LMNetError(.dimension, "samples, inputs and outputs must be positive, got \(sampleCount) samples, \(inputCount) inputs, \(outputCount) outputs")
        }
        guard x.count == sampleCount * inputCount else {
            throw LMNetError(.dimension, "x must hold \(sampleCount)×\(inputCount) values, got \(x.count)")
        }
        guard t.count == sampleCount * outputCount else {
            throw LMNetError(.dimension, "t must hold \(sampleCount)×\(outputCount) values, got \(t.count)")
        }
        try Dataset.requireFinite(x, "x", columns: inputCount)
        if let bad = t.firstIndex(where: { $0.isInfinite }) {
            throw LMNetError(.nonFinite, "t holds \(t[bad]) at sample \(bad / outputCount), row \(bad % outputCount) (0-based); targets must be finite or NaN (don't care)")
        }
    }

    /// MATLAB's `init` with `initlay`/`initnw`, layer by layer from one random stream.
    ///
    /// Nguyen–Widrow where the transfer function has a finite active range [α, β]:
    /// with S neurons and r non-constant source rows, W = 0.7 S^(1/r) · (rows of a
    /// uniform[-1,1] matrix normalized to unit length), b = 0.7 S^(1/r) · linspace(-1,1,S) ·
    /// sign(W[:,1]) (b = 0 for S = 1); then net input [-1,1] is mapped to [α, β]
    /// (W, b scaled by (β-α)/2, b shifted by (α+β)/2), and each source range [p, P] to
    /// [-1, 1] (column j scaled by 2/(P-p), b += W·(1 - P·scale)). Source ranges are [-1,1]
    /// for the mapminmax-ed inputs (their actual range for pass-through rows) and the
    /// previous layer's output range otherwise. Layers with an infinite active range
    /// (purelin, poslin) get uniform[-1, 1] weights and biases (MATLAB's rands).
    public mutating func initialize(seed: UInt64) throws {
        guard isConfigured else { throw LMNetError(.notConfigured, "the network is not configured (configure it with data first)") }
        var rng = RandomSource(seed: seed, stream: .initialization)
        let layout = self.layout
        let plan = inputProcessing.plan
        // Source range of each processed input row.
        var source: [ClosedRange<Double>] = plan.kept.enumerated().map { j, i in
            if plan.gain[j] != 1 || plan.shift[j] != 0 { return -1...1 }
            let lo = inputProcessing.xmin[i], hi = inputProcessing.xmax[i]
            return (lo.isFinite && hi.isFinite && lo <= hi) ? lo...hi : -1...1
        }
        var w = [Double](repeating: 0, count: layout.count)
        for k in 0..<layerCount {
            let s = layout.sizes[k], r = layout.inputs[k]
            let bo = layout.biasOffset[k], wo = layout.weightOffset(k)
            if let active = transferFunctions[k].activeInputRange {
                nguyenWidrow(&w, biasAt: bo, weightsAt: wo, s: s, r: r, source: source, active: active, rng: &rng)
            } else {
                for i in 0..<(s * r) { w[wo + i] = rng.symmetric() }
                for i in 0..<s { w[bo + i] = rng.symmetric() }
            }
            let out = transferFunctions[k].outputRangeForInitialization
            source = Array(repeating: out, count: s)
        }
        weights = w
    }

    private func nguyenWidrow(_ w: inout [Double], biasAt bo: Int, weightsAt wo: Int, s: Int, r: Int,
                              source: [ClosedRange<Double>], active: ClosedRange<Double>, rng: inout RandomSource) {
        let live = (0..<r).filter { source[$0].upperBound > source[$0].lowerBound }
        guard s > 0 else { return }
        if live.isEmpty {  // no varying input: MATLAB leaves zeros
            return
        }
        let m = 0.7 * pow(Double(s), 1 / Double(live.count))
        // Directions: uniform rows normalized to unit length, drawn row by row.
        var dir = [Double](repeating: 0, count: s * live.count)
        for i in 0..<s {
            var norm = 0.0
            for j in 0..<live.count {
                let v = rng.symmetric()
                dir[i * live.count + j] = v
                norm += v * v
            }
            norm = norm.squareRoot()
            for j in 0..<live.count { dir[i * live.count + j] = norm > 0 ? dir[i * live.count + j] / norm : 0 }
        }
        let half = (active.upperBound - active.lowerBound) / 2, mid = (active.upperBound + active.lowerBound) / 2
        for i in 0..<s {
            let spread = s == 1 ? 0 : -1 + 2 * Double(i) / Double(s - 1)
            let sign: Double = dir[i * live.count] >= 0 ? 1 : -1
            var b = m * spread * sign * half + mid
            for (j, col) in live.enumerated() {
                let p = source[col]
                let scale = 2 / (p.upperBound - p.lowerBound), offset = 1 - p.upperBound * scale
                let wij = m * dir[i * live.count + j] * half
                b += wij * offset
                w[wo + col * s + i] = wij * scale
            }
            w[bo + i] = b
        }
    }
}
