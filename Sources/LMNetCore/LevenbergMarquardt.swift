/// Called after each epoch's state is recorded (epoch 0 included, and the final state
/// once the stop reason is set). Returning true asks training to stop ("User stop.").
public typealias ProgressHandler = (TrainingRecord) -> Bool

/// MATLAB's `trainlm` (see shared spec §4–§6), one instance per run.
///
/// With J_e = ∂e/∂w over the N training error terms, MATLAB's mse scaling gives
///   jj = J_eᵀJ_e / N,  je = J_eᵀe / N,  gradient = 2‖je‖,
/// blended with the weights for regularization r: jj ← (1-r) jj + r I/n_w, je ← (1-r) je + r w/n_w
/// (sse: no division by N or n_w). Each epoch tries Δ = -(jj + μI)⁻¹ je, accepting the first
/// trial whose training performance is strictly lower (μ ← max(μ·mu_dec, 1e-20)), and
/// otherwise raising μ ← μ·mu_inc while μ ≤ mu_max; a singular solve counts as a failed trial.
final class LevenbergMarquardt: TrainingAlgorithm {
    let problem: TrainingProblem
    let options: TrainingOptions
    let measure: PerformanceMeasure
    let p: Int
    let solver: DampedSolver
    // Current point and its Gauss–Newton quantities (mse-scaled, regularized).
    let w: UnsafeMutablePointer<Double>
    let candidate: UnsafeMutablePointer<Double>
    let delta: UnsafeMutablePointer<Double>
    let je: UnsafeMutablePointer<Double>
    var perf = Double.nan, vperf = Double.nan, tperf = Double.nan, gradient = Double.nan
    var jjScale = 1.0, jjShift = 0.0

    init(problem: TrainingProblem, options: TrainingOptions, weights: [Double]) {
        self.problem = problem
        self.options = options
        measure = PerformanceMeasure(options)
        p = problem.parameterCount
        solver = DampedSolver(n: p)
        w = .allocate(capacity: max(p, 1))
        candidate = .allocate(capacity: max(p, 1))
        delta = .allocate(capacity: max(p, 1))
        je = .allocate(capacity: max(p, 1))
        for i in 0..<p { w[i] = weights[i] }
    }

    deinit { w.deallocate(); candidate.deallocate(); delta.deallocate(); je.deallocate() }

    var extraSeries: [String: Double] { [:] }

    var weights: [Double] { Array(UnsafeBufferPointer(start: w, count: p)) }

    /// Training performance at weights v (one forward pass over the training set).
    func trainingPerf(_ v: UnsafePointer<Double>) -> Double {
        let e = problem.errors(.train, weights: v)
        return measure.perf(sse: e.sse, count: e.count, weights: UnsafeBufferPointer(start: v, count: p))
    }

    func subsetPerf(_ s: TrainingProblem.Subset) -> Double {
        let e = problem.errors(s, weights: w)
        return measure.perf(sse: e.sse, count: e.count, weights: UnsafeBufferPointer(start: w, count: p))
    }

    /// Recomputes perf, vperf, tperf, je, the gradient and the scaling of jj at w.
    /// jj = jjScale · Σ J_yᵀJ_y + jjShift · I is never formed: the solver scales while it copies.
    func evaluate() {
        let e = problem.accumulate(weights: w)
        let weightsView = UnsafeBufferPointer(start: UnsafePointer(w), count: p)
        perf = measure.perf(sse: e.sse, count: e.count, weights: weightsView)
        // J_e = -J_y: je = -(1 - r)·scale·Σ J_yᵀe + r·w/n_w.
        let scale = measure.errorScale(count: max(e.count, 1))
        let r = measure.regularization, ws = measure.weightScale(count: max(p, 1))
        jjScale = (1 - r) * scale
        jjShift = r * ws
        var norm = 0.0
        for j in 0..<p {
            je[j] = -jjScale * problem.jte[j] + jjShift * w[j]
            norm += je[j] * je[j]
        }
        gradient = 2 * norm.squareRoot()
        vperf = subsetPerf(.val)
        tperf = subsetPerf(.test)
    }

    /// One epoch's μ loop; returns whether a step was accepted (μ is updated in place).
    func iterate(mu: inout Double) -> Bool {
        while mu <= options.muMax {
            let t0 = monotonicSeconds()
            for i in 0..<p { candidate[i] = -je[i] }
            let ok = solver.solve(problem.jtj, scale: jjScale, mu: mu + jjShift, rhs: candidate, into: delta)
            problem.timing.solve += monotonicSeconds() - t0
            problem.timing.solves += 1
            if ok {
                for i in 0..<p { candidate[i] = w[i] + delta[i] }
                let trial = trainingPerf(candidate)
                if trial < perf {
                    w.update(from: candidate, count: p)
                    mu = max(mu * options.muDec, 1e-20)
                    return true
                }
            }
            mu *= options.muInc
        }
        return false
    }
}
