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
    let step: DampedStep
    var perf = Double.nan, vperf = Double.nan, tperf = Double.nan, gradient = Double.nan
    /// jj = jjScale · Σ J_yᵀJ_y + jjShift · I, never formed: the solver scales while it copies.
    var jjScale = 1.0, jjShift = 0.0

    init(problem: TrainingProblem, options: TrainingOptions, weights: [Double]) {
        self.problem = problem
        self.options = options
        measure = PerformanceMeasure(options)
        step = DampedStep(problem: problem, weights: weights)
    }

    var extraSeries: [String: Double] { [:] }
    var weights: [Double] { step.weights }

    /// Performance of a subset at weights v.
    func perf(_ subset: TrainingProblem.Subset, at v: UnsafePointer<Double>) -> Double {
        let e = problem.errors(subset, weights: v)
        return measure.perf(sse: e.sse, count: e.count, weights: UnsafeBufferPointer(start: v, count: step.p))
    }

    /// Recomputes perf, vperf, tperf, je (in step.g), the gradient and jj's scaling at w.
    func evaluate() {
        let p = step.p, w = step.w
        let e = problem.accumulate(weights: w)
        perf = measure.perf(sse: e.sse, count: e.count, weights: step.weightView)
        // J_e = -J_y: je = -(1 - r)·scale·Σ J_yᵀe + r·w/n_w.
        let r = measure.regularization, ws = measure.weightScale(count: max(p, 1))
        jjScale = (1 - r) * measure.errorScale(count: max(e.count, 1))
        jjShift = r * ws
        for j in 0..<p { step.g[j] = -jjScale * problem.jte[j] + jjShift * w[j] }
        gradient = step.gradientNorm
        vperf = perf(.val, at: w)
        tperf = perf(.test, at: w)
    }

    func iterate(mu: inout Double) -> Bool {
        let current = perf
        return step.iterate(mu: &mu, options: options, scale: jjScale, shift: jjShift) { candidate in
            perf(.train, at: candidate) < current
        }
    }
}
