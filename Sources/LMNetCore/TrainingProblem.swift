import CLinearAlgebra
#if canImport(Glibc)
import Glibc
#endif

/// The data of one training run in the form the hot loops want, and the evaluations
/// Levenberg–Marquardt needs: squared errors of a subset at given weights, and the
/// Gauss–Newton pair JᵀJ, Jᵀe over the training samples.
///
/// JᵀJ and Jᵀe are accumulated over blocks of samples by one dsyrk per block on the
/// augmented block [J | e]: its Gram matrix holds JᵀJ and, in its last column, Jᵀe, so
/// no second pass over J is needed. Memory is O(P² + block·P); the full Jacobian is
/// never held. Errors are in original target units: e = t - y with y after reverse
/// output processing, so J includes each output's reverse-mapminmax gain. All buffers
/// are allocated here, once.
public final class TrainingProblem {
    public let network: Network
    public let division: Division
    public let parameterCount: Int
    let sampleCount: Int
    let inputWidth: Int          // processed inputs per sample (R')
    let outputCount: Int         // raw target rows (S)
    let keptOutputs: Int         // output layer size (S_L)
    let xp: UnsafeMutablePointer<Double>   // processed inputs, Q × R'
    let t: UnsafeMutablePointer<Double>    // raw targets, Q × S
    let outPlan: Processing.Plan
    /// Forward-pass buffers for validation and test blocks (and training blocks without a cache).
    let pass: ForwardPass
    /// One forward pass per training block when they fit in `cacheBytes`: the accepted μ
    /// trial's activations are then reused by the next Jacobian instead of recomputed.
    let trainPasses: [ForwardPass]
    let cachedWeights: UnsafeMutablePointer<Double>
    var cacheValid = false
    static let cacheBytes = 64 << 20
    /// Rows of one Jacobian block (samples × kept outputs) and the block's sample count.
    let blockSamples: Int
    let blockRows: Int
    let jBlock: UnsafeMutablePointer<Double>            // blockRows × (P + 1), row-major: [J | e]
    let sensitivity: [UnsafeMutablePointer<Double>]     // S_k × blockRows per layer
    let subsetIndices: [UnsafeMutablePointer<Int>]      // train, val, test
    let subsetCounts: [Int]

    /// Gauss–Newton sums over the training set, filled by `accumulate`: Σ JᵀJ (upper
    /// triangle, column-major P × P with leading dimension `ld`) and Σ Jᵀe with J = ∂y/∂w.
    public let jtj: UnsafeMutablePointer<Double>
    public var jte: UnsafeMutablePointer<Double> { jtj + parameterCount * ld }
    /// Leading dimension of jtj and row stride of the Jacobian block: P + 1.
    public let ld: Int

    public var timing = PhaseTiming()

    public init(network: Network, x: UnsafeBufferPointer<Double>, t raw: UnsafeBufferPointer<Double>,
                sampleCount q: Int, division: Division) throws {
        guard network.isConfigured else { throw LMNetError(.notConfigured, "the network is not configured") }
        LinearAlgebraThreads.applyEnvironment()
        self.network = network
        self.division = division
        sampleCount = q
        parameterCount = network.weightCount
        let inPlan = network.inputProcessing.plan
        inputWidth = inPlan.kept.count
        outputCount = network.outputCount
        outPlan = network.outputProcessing.plan
        keptOutputs = outPlan.kept.count
        let p = parameterCount
        ld = p + 1
        // Memory guard: JᵀJ and the solver's copy are two (P + 1)² matrices; refuse what
        // would not fit in 80 % of physical memory rather than die allocating it.
        let matrixBytes = 2 * Double(p + 1) * Double(p + 1) * 8
        let physical = Double(sysconf(Int32(_SC_PHYS_PAGES))) * Double(sysconf(Int32(_SC_PAGESIZE)))
        guard physical <= 0 || matrixBytes <= 0.8 * physical else {
            throw LMNetError(.outOfMemory, "the network has \(p) weights; Levenberg–Marquardt needs two \(p + 1)×\(p + 1) matrices (\(Int(matrixBytes / 1e6)) MB), more than this machine's memory allows; use fewer weights")
        }
        xp = .allocate(capacity: max(q * inputWidth, 1))
        for s in 0..<q { inPlan.apply(x.baseAddress! + s * inPlan.rowCount, into: xp + s * inputWidth) }
        t = .allocate(capacity: q * outputCount)
        t.update(from: raw.baseAddress!, count: q * outputCount)
        // Up to 16 MB of Jacobian per block (at least 512 rows): long blocks keep dsyrk
        // efficient, and memory stays O(P² + block·P) however many samples there are.
        let rowsWanted = max(512, (1 << 21) / max(p, 1))
        let samplesPerBlock = max(1, min(q, rowsWanted / max(keptOutputs, 1)))
        let rowsPerBlock = samplesPerBlock * max(keptOutputs, 1)
        blockSamples = samplesPerBlock
        blockRows = rowsPerBlock
        pass = ForwardPass(network: network, capacity: samplesPerBlock)
        let trainCount = division.train.count
        let perSample = (network.layerSizes.reduce(0, +) * 2 + inPlan.kept.count) * MemoryLayout<Double>.size
        let blocks = (trainCount + samplesPerBlock - 1) / samplesPerBlock
        trainPasses = trainCount * perSample <= TrainingProblem.cacheBytes
            ? (0..<blocks).map { _ in ForwardPass(network: network, capacity: samplesPerBlock) } : []
        cachedWeights = .allocate(capacity: max(p, 1))
        jBlock = .allocate(capacity: rowsPerBlock * (p + 1))
        sensitivity = network.layerSizes.map { .allocate(capacity: max($0, 1) * rowsPerBlock) }
        let subsets = [division.train, division.val, division.test]
        subsetIndices = subsets.map { s in
            let ptr = UnsafeMutablePointer<Int>.allocate(capacity: max(s.count, 1))
            for (i, v) in s.enumerated() { ptr[i] = v }
            return ptr
        }
        subsetCounts = subsets.map(\.count)
        jtj = .allocate(capacity: (p + 1) * (p + 1))
    }

    deinit {
        xp.deallocate(); t.deallocate(); jBlock.deallocate(); cachedWeights.deallocate()
        sensitivity.forEach { $0.deallocate() }
        subsetIndices.forEach { $0.deallocate() }
        jtj.deallocate()
    }

    public enum Subset: Int { case train = 0, val, test }

    /// Σe² and the number of non-NaN targets of a subset at weights w (one forward pass).
    public func errors(_ subset: Subset, weights w: UnsafePointer<Double>) -> ErrorSum {
        let start = monotonicSeconds()
        defer { timing.forward += monotonicSeconds() - start }
        var sum = ErrorSum()
        forEachBlock(subset) { samples, f in
            f.loadProcessed(xp, samples: samples)
            f.run(weights: w, count: samples.count)
            sum.add(blockErrors(samples, f, into: nil))
        }
        if subset == .train { rememberCachedWeights(w) }
        return sum
    }

    /// Σe² and count of the training set, and JᵀJ, Jᵀe (J = ∂y/∂w) at weights w.
    public func accumulate(weights w: UnsafePointer<Double>) -> ErrorSum {
        var sum = ErrorSum()
        var first = true
        let n = Int32(ld)
        let reuse = cacheValid && memcmp(w, cachedWeights, parameterCount * MemoryLayout<Double>.size) == 0
        forEachBlock(.train) { samples, f in
            var t0 = monotonicSeconds()
            if !reuse {
                f.loadProcessed(xp, samples: samples)
                f.run(weights: w, count: samples.count)
            }
            sum.add(blockErrors(samples, f, into: jBlock + parameterCount))
            let rows = samples.count * keptOutputs
            buildJacobianBlock(samples, f, weights: w)
            var t1 = monotonicSeconds()
            timing.jacobian += t1 - t0
            t0 = t1
            if rows > 0 {
                cblas_dsyrk(CblasColMajor, CblasUpper, CblasNoTrans, n, Int32(rows), 1, jBlock, n, first ? 0 : 1, jtj, n)
                first = false
            }
            t1 = monotonicSeconds()
            timing.jtj += t1 - t0
        }
        if first {  // no rows at all (every output constant): zero sums
            jtj.update(repeating: 0, count: ld * ld)
        }
        rememberCachedWeights(w)
        return sum
    }

    /// Marks the training blocks' activations as those of weights w (when they are kept).
    private func rememberCachedWeights(_ w: UnsafePointer<Double>) {
        guard !trainPasses.isEmpty else { return }
        cachedWeights.update(from: w, count: parameterCount)
        cacheValid = true
    }

    /// Calls body with consecutive blocks of a subset's sample indices and the forward
    /// pass that holds the block (a training block's own when cached).
    @inline(__always)
    private func forEachBlock(_ subset: Subset, _ body: (UnsafeBufferPointer<Int>, ForwardPass) -> Void) {
        let idx = subsetIndices[subset.rawValue], n = subsetCounts[subset.rawValue]
        let cached = subset == .train && !trainPasses.isEmpty
        var start = 0, block = 0
        while start < n {
            let m = min(blockSamples, n - start)
            body(UnsafeBufferPointer(start: idx + start, count: m), cached ? trainPasses[block] : pass)
            start += m
            block += 1
        }
    }

    /// Errors of a block after the forward pass; when asked, writes e (0 for NaN targets)
    /// for Jacobian row c at e[c · ld].
    @inline(__always)
    private func blockErrors(_ samples: UnsafeBufferPointer<Int>, _ pass: ForwardPass, into e: UnsafeMutablePointer<Double>?) -> ErrorSum {
        var sum = ErrorSum()
        let out = pass.output, sl = keptOutputs, s = outputCount
        for (j, q) in samples.enumerated() {
            let tq = t + q * s, yq = out + j * sl
            // Removed (constant) rows: y is the constant.
            for r in outPlan.removed {
                let target = tq[r.row]
                if !target.isNaN { let d = target - r.value; sum.sse += d * d; sum.count += 1 }
            }
            for o in 0..<sl {
                let target = tq[outPlan.kept[o]]
                let y = (yq[o] - outPlan.shift[o]) / outPlan.gain[o] + outPlan.offset[o]
                var d = 0.0
                if !target.isNaN { d = target - y; sum.sse += d * d; sum.count += 1 }
                e?[(j * sl + o) * ld] = d
            }
        }
        return sum
    }

    /// Backpropagation of one block: row (q, o) of J holds ∂y_o(q)/∂w.
    ///
    /// Sensitivities D_k(:, row) = ∂y_o/∂n_k: at the output D_L = f'_L(n_L)/gain_o on
    /// neuron o only (0 for a NaN target), then D_{k-1} = f'_{k-1}(n_{k-1}) ⊙ (W_kᵀ D_k).
    /// Row entries: ∂y/∂b_k = D_k, ∂y/∂W_k(i, j) = D_k(i) · a_{k-1}(j).
    private func buildJacobianBlock(_ samples: UnsafeBufferPointer<Int>, _ pass: ForwardPass, weights w: UnsafePointer<Double>) {
        let sizes = pass.sizes, inputs = pass.inputs, layout = pass.layout
        let L = sizes.count, sl = keptOutputs, n = samples.count, rows = n * sl
        guard rows > 0 else { return }
        // Output layer.
        let dL = sensitivity[L - 1], nL = pass.net[L - 1], aL = pass.activation[L - 1], fL = pass.transfer[L - 1]
        dL.update(repeating: 0, count: sl * rows)
        for j in 0..<n {
            let tq = t + samples[j] * outputCount
            for o in 0..<sl where !tq[outPlan.kept[o]].isNaN {
                let v = fL.derivative(n: nL[j * sl + o], a: aL[j * sl + o]) / outPlan.gain[o]
                dL[(j * sl + o) * sl + o] = v
            }
        }
        // Hidden layers.
        if L >= 2 {
            for k in stride(from: L - 1, through: 1, by: -1) {
                let s = sizes[k], r = inputs[k], below = sensitivity[k - 1]
                cblas_dgemm(CblasColMajor, CblasTrans, CblasNoTrans, Int32(r), Int32(rows), Int32(s),
                            1, w + layout.weightOffset(k), Int32(s), sensitivity[k], Int32(s), 0, below, Int32(r))
                let f = pass.transfer[k - 1], nk = pass.net[k - 1], ak = pass.activation[k - 1]
                if sl == 1 {  // one column per sample: the whole block at once
                    f.scaleByDerivative(below, n: nk, a: ak, count: r * rows)
                } else {
                    for c in 0..<rows {
                        let col = (c / sl) * r
                        f.scaleByDerivative(below + c * r, n: nk + col, a: ak + col, count: r)
                    }
                }
            }
        }
        // Jacobian rows.
        for c in 0..<rows {
            let row = jBlock + c * ld, j = c / sl
            for k in 0..<L {
                let s = sizes[k], r = inputs[k], d = sensitivity[k] + c * s
                (row + layout.biasOffset[k]).update(from: d, count: s)
                let a = (k == 0 ? pass.input : pass.activation[k - 1]) + j * r
                let wrow = row + layout.weightOffset(k)
                if s == 1 {  // one neuron: the row segment is a scaled copy of the inputs
                    let dv = d[0]
                    for jj in 0..<r { wrow[jj] = a[jj] * dv }
                } else {
                    for jj in 0..<r {
                        let av = a[jj], w = wrow + jj * s
                        for i in 0..<s { w[i] = av * d[i] }
                    }
                }
            }
        }
    }
}

extension ErrorSum {
    @inline(__always) mutating func add(_ o: ErrorSum) { sse += o.sse; count += o.count }
}
