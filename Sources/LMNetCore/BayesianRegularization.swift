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
    /// step.g holds ∇F/2 = β·J_eᵀe + α·w at the current point.
    let step: DampedStep
    var perf = Double.nan, vperf = Double.nan, tperf = Double.nan, gradient = Double.nan
    var alpha = 0.0, beta = 0.0, gamma = 0.0
    var ssX = 0.0, objective = 0.0
    var started = false

    init(problem: TrainingProblem, options: TrainingOptions, weights: [Double]) {
        self.problem = problem
        self.options = options
        measure = PerformanceMeasure(options.performFcn)
        step = DampedStep(problem: problem, weights: weights)
    }

    var weights: [Double] { step.weights }
    var extraSeries: [String: Double] { ["gamk": gamma, "ssX": ssX] }

    private func sumOfSquares(_ v: UnsafePointer<Double>) -> Double {
        var s = 0.0
        for i in 0..<step.p { s += v[i] * v[i] }
        return s
    }

    func evaluate() {
        let p = step.p, w = step.w
        let e = problem.accumulate(weights: w)  // jtj = Σ J_yᵀJ_y, jte = Σ J_yᵀe (J_e = -J_y)
        ssX = sumOfSquares(w)
        if !started {
            gamma = Double(p)
            started = true
        } else if let trace = step.solver.traceOfInverse(problem.jtj, lda: problem.ld, scale: beta, mu: alpha) {
            gamma = Double(p) - alpha * trace
        }
        alpha = ssX == 0 ? 1 : gamma / (2 * ssX)
        beta = e.sse == 0 ? 1 : (Double(e.count) - gamma) / (2 * e.sse)
        if beta <= 0 { beta = 1 }
        objective = beta * e.sse + alpha * ssX
        for i in 0..<p { step.g[i] = -beta * problem.jte[i] + alpha * w[i] }
        gradient = step.gradientNorm
        perf = measure.perf(sse: e.sse, count: e.count, weights: step.weightView)
        let v = problem.errors(.val, weights: w), t = problem.errors(.test, weights: w)
        vperf = measure.perf(sse: v.sse, count: v.count, weights: step.weightView)
        tperf = measure.perf(sse: t.sse, count: t.count, weights: step.weightView)
    }

    func iterate(mu: inout Double) -> Bool {
        let (a, b, f) = (alpha, beta, objective)
        return step.iterate(mu: &mu, options: options, scale: b, shift: a) { candidate in
            b * problem.errors(.train, weights: candidate).sse + a * sumOfSquares(candidate) < f
        }
    }
}
