import CLinearAlgebra

extension Network {
    /// MATLAB's `y = net(x)`: input processing, forward pass, reverse output processing.
    /// `x` holds `sampleCount × inputCount` finite values (sample-major); the result holds
    /// `sampleCount × outputCount`.
    public func simulate(_ x: UnsafeBufferPointer<Double>, sampleCount: Int) throws -> [Double] {
        guard isConfigured else { throw LMNetError(.notConfigured, "the network is not configured (train or configure it first)") }
        guard sampleCount >= 1 else { throw LMNetError(.dimension, "the number of samples must be positive, got \(sampleCount)") }
        guard x.count == sampleCount * inputCount else {
            throw LMNetError(.dimension, "x must hold \(sampleCount) samples × \(inputCount) inputs = \(sampleCount * inputCount) values, got \(x.count)")
        }
        try Dataset.requireFinite(x, "x", columns: inputCount)
        var y = [Double](repeating: 0, count: sampleCount * outputCount)
        LinearAlgebraThreads.applyEnvironment()
        let pass = ForwardPass(network: self, capacity: min(sampleCount, ForwardPass.defaultBlock))
        let inPlan = inputProcessing.plan, outPlan = outputProcessing.plan
        y.withUnsafeMutableBufferPointer { yb in
            var start = 0
            while start < sampleCount {
                let n = min(pass.capacity, sampleCount - start)
                pass.loadInputs(x.baseAddress! + start * inputCount, count: n, plan: inPlan)
                pass.run(weights: weights, count: n)
                let out = pass.output
                let s = pass.sizes.last!
                for q in 0..<n {
                    outPlan.reverse(out + q * s, into: yb.baseAddress! + (start + q) * outputCount)
                }
                start += n
            }
        }
        return y
    }

    public func simulate(_ x: [Double], sampleCount: Int) throws -> [Double] {
        try x.withUnsafeBufferPointer { try simulate($0, sampleCount: sampleCount) }
    }
}

/// Buffers and code of one forward pass over a block of samples, each sample a column:
/// n_k = W_k a_{k-1} + b_k, a_k = f_k(n_k), with a_0 the processed inputs. Keeps n_k and
/// a_k of every layer for backpropagation. Allocates once; reusable for any block size up
/// to `capacity`.
public final class ForwardPass {
    public static let defaultBlock = 512

    public let sizes: [Int]
    public let inputs: [Int]
    public let transfer: [TransferFunction]
    public let layout: WeightLayout
    public let capacity: Int
    /// a_0 (processed inputs), in_1 × capacity, column per sample.
    public let input: UnsafeMutablePointer<Double>
    /// n_k and a_k of each layer, S_k × capacity.
    public let net: [UnsafeMutablePointer<Double>]
    public let activation: [UnsafeMutablePointer<Double>]

    public init(network: Network, capacity: Int) {
        sizes = network.layerSizes
        inputs = network.layerInputCounts
        transfer = network.transferFunctions
        layout = network.layout
        self.capacity = max(capacity, 1)
        input = .allocate(capacity: max(inputs[0], 1) * self.capacity)
        net = sizes.map { .allocate(capacity: max($0, 1) * capacity) }
        activation = sizes.map { .allocate(capacity: max($0, 1) * capacity) }
    }

    deinit {
        input.deallocate()
        net.forEach { $0.deallocate() }
        activation.forEach { $0.deallocate() }
    }

    /// The output layer's activations, S_L × count.
    public var output: UnsafeMutablePointer<Double> { activation[sizes.count - 1] }

    /// Processes `count` raw samples (row-major by sample) into a_0.
    public func loadInputs(_ x: UnsafePointer<Double>, count: Int, plan: Processing.Plan) {
        let r = inputs[0]
        for q in 0..<count { plan.apply(x + q * plan.rowCount, into: input + q * r) }
    }

    /// Loads already-processed inputs of the given sample indices into a_0.
    public func loadProcessed(_ xp: UnsafePointer<Double>, samples: UnsafeBufferPointer<Int>) {
        let r = inputs[0]
        for (j, q) in samples.enumerated() { (input + j * r).update(from: xp + q * r, count: r) }
    }

    public func run(weights: [Double], count: Int) {
        weights.withUnsafeBufferPointer { run(weights: $0.baseAddress!, count: count) }
    }

    /// The forward pass over the first `count` columns.
    public func run(weights w: UnsafePointer<Double>, count: Int) {
        var a = UnsafePointer(input)
        for k in 0..<sizes.count {
            let s = sizes[k], r = inputs[k]
            let n = net[k], b = w + layout.biasOffset[k]
            if s == 0 { a = UnsafePointer(activation[k]); continue }  // every target row constant
            for q in 0..<count { (n + q * s).update(from: b, count: s) }
            if r > 0 {
                cblas_dgemm(CblasColMajor, CblasNoTrans, CblasNoTrans, Int32(s), Int32(count), Int32(r),
                            1, w + layout.weightOffset(k), Int32(s), a, Int32(r), 1, n, Int32(s))
            }
            transfer[k].apply(n, into: activation[k], count: s * count)
            a = UnsafePointer(activation[k])
        }
    }
}
