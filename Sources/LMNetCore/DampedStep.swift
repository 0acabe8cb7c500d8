/// The state and the μ loop shared by trainlm and trainbr: the current weights w, the
/// gradient term g of the objective (je, or β·J_eᵀe + α·w), and buffers for the trial
/// step. Everything is allocated once; the μ loop allocates nothing.
final class DampedStep {
    let problem: TrainingProblem
    let p: Int
    let solver: DampedSolver
    let w: UnsafeMutablePointer<Double>
    /// Right-hand side of the step: Δ = -(s·Σ J_yᵀJ_y + (μ + shift)·I)⁻¹ g.
    let g: UnsafeMutablePointer<Double>
    let candidate: UnsafeMutablePointer<Double>
    let delta: UnsafeMutablePointer<Double>

    init(problem: TrainingProblem, weights: [Double]) {
        self.problem = problem
        p = problem.parameterCount
        solver = DampedSolver(n: p)
        w = .allocate(capacity: max(p, 1))
        g = .allocate(capacity: max(p, 1))
        candidate = .allocate(capacity: max(p, 1))
        delta = .allocate(capacity: max(p, 1))
        for i in 0..<p { w[i] = weights[i] }
    }

    deinit { w.deallocate(); g.deallocate(); candidate.deallocate(); delta.deallocate() }

    var weights: [Double] { Array(UnsafeBufferPointer(start: w, count: p)) }
    var weightView: UnsafeBufferPointer<Double> { UnsafeBufferPointer(start: w, count: p) }

    /// 2‖g‖.
    var gradientNorm: Double {
        var s = 0.0
        for i in 0..<p { s += g[i] * g[i] }
        return 2 * s.squareRoot()
    }

    /// MATLAB's μ loop: while μ ≤ mu_max, solve for Δ and accept w + Δ when `improves`
    /// says so (μ ← max(μ·mu_dec, 1e-20)); a failed or singular solve, or no improvement,
    /// raises μ ← μ·mu_inc. Returns whether a step was accepted.
    func iterate(mu: inout Double, options: TrainingOptions, scale: Double, shift: Double,
                 improves: (UnsafePointer<Double>) -> Bool) -> Bool {
        while mu <= options.muMax {
            let t0 = monotonicSeconds()
            for i in 0..<p { candidate[i] = -g[i] }
            let ok = solver.solve(problem.jtj, lda: problem.ld, scale: scale, mu: mu + shift, rhs: candidate, into: delta)
            problem.timing.solve += monotonicSeconds() - t0
            problem.timing.solves += 1
            if ok {
                for i in 0..<p { candidate[i] = w[i] + delta[i] }
                if improves(candidate) {
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
