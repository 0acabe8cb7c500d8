/// MATLAB's `trainbr`: Levenberg–Marquardt on F = β·E_D + α·E_W with MacKay's updates
/// (shared spec §12). E_D is the training SSE over N error terms, E_W = Σw² (ssX),
/// n_p the number of weights.
///   start:  γ = n_p, β = (N - γ)/(2E_D) (1 if E_D = 0 or β ≤ 0), α = γ/(2E_W) (1 if E_W = 0)
///   step:   Δ = -(β·J_eᵀJ_e + (μ + α)I)⁻¹ (β·J_eᵀe + α·w), accepted when F falls
///   update: γ = n_p - α·trace((β·J_eᵀJ_e + αI)⁻¹), α = γ/(2E_W), β = (N - γ)/(2E_D)
/// The record's perf, vperf and tperf use the performance function without
/// regularization (MATLAB forces it to 0); `gradient` is 2‖∇F/2‖ = 2‖β·J_eᵀe + α·w‖.
final class BayesianRegularization: TrainingAlgorithm {
    let problem: TrainingProblem
    let options: TrainingOptions
    let measure: PerformanceMeasure
    let p: Int
    let solver: DampedSolver
    let w: UnsafeMutablePointer<Double>
    let candidate: UnsafeMutablePointer<Double>
    let delta: UnsafeMutablePointer<Double>
    /// ∇F/2 = β·J_eᵀe + α·w at the current point.
    let halfGradient: UnsafeMutablePointer<Double>
    var perf = Double.nan, vperf = Double.nan, tperf = Double.nan, gradient = Double.nan
    var alpha = 0.0, beta = 0.0, gamma = 0.0
    var errorSum = 0.0, errorCount = 0, ssX = 0.0, objective = 0.0
    var started = false

    init(problem: TrainingProblem, options: TrainingOptions, weights: [Double]) {
        self.problem = problem
        self.options = options
        measure = PerformanceMeasure(options.performFcn)
        p = problem.parameterCount
        solver = DampedSolver(n: p)
        w = .allocate(capacity: max(p, 1))
        candidate = .allocate(capacity: max(p, 1))
        delta = .allocate(capacity: max(p, 1))
        halfGradient = .allocate(capacity: max(p, 1))
        for i in 0..<p { w[i] = weights[i] }
    }

    deinit { w.deallocate(); candidate.deallocate(); delta.deallocate(); halfGradient.deallocate() }

    var weights: [Double] { Array(UnsafeBufferPointer(start: w, count: p)) }
    var extraSeries: [String: Double] { ["gamk": gamma, "ssX": ssX] }

    private func sumOfSquares(_ v: UnsafePointer<Double>) -> Double {
        var s = 0.0
        for i in 0..<p { s += v[i] * v[i] }
        return s
    }

    func evaluate() {
        let e = problem.accumulate(weights: w)  // jtj = Σ J_yᵀJ_y, jte = Σ J_yᵀe (J_e = -J_y)
        errorSum = e.sse
        errorCount = e.count
        ssX = sumOfSquares(w)
        if !started {
            gamma = Double(p)
            started = true
        } else if let trace = solver.traceOfInverse(problem.jtj, scale: beta, mu: alpha) {
            gamma = Double(p) - alpha * trace
        }
        alpha = ssX == 0 ? 1 : gamma / (2 * ssX)
        beta = errorSum == 0 ? 1 : (Double(errorCount) - gamma) / (2 * errorSum)
        if beta <= 0 { beta = 1 }
        objective = beta * errorSum + alpha * ssX
        var norm = 0.0
        for i in 0..<p {
            halfGradient[i] = -beta * problem.jte[i] + alpha * w[i]
            norm += halfGradient[i] * halfGradient[i]
        }
        gradient = 2 * norm.squareRoot()
        let view = UnsafeBufferPointer(start: UnsafePointer(w), count: p)
        perf = measure.perf(sse: e.sse, count: e.count, weights: view)
        let v = problem.errors(.val, weights: w), t = problem.errors(.test, weights: w)
        vperf = measure.perf(sse: v.sse, count: v.count, weights: view)
        tperf = measure.perf(sse: t.sse, count: t.count, weights: view)
    }

    func iterate(mu: inout Double) -> Bool {
        while mu <= options.muMax {
            let t0 = monotonicSeconds()
            for i in 0..<p { candidate[i] = -halfGradient[i] }
            let ok = solver.solve(problem.jtj, scale: beta, mu: mu + alpha, rhs: candidate, into: delta)
            problem.timing.solve += monotonicSeconds() - t0
            problem.timing.solves += 1
            if ok {
                for i in 0..<p { candidate[i] = w[i] + delta[i] }
                let e = problem.errors(.train, weights: candidate)
                if beta * e.sse + alpha * sumOfSquares(candidate) < objective {
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
