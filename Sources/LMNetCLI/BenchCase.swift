import LMNetCore
import CLinearAlgebra
import Foundation

/// One benchmark case measured in this process.
enum BenchCase {
    static func measure(_ manifest: BenchManifest, name: String) throws -> [String: Any] {
        let c = try manifest.benchCase(name)
        guard let layers = c["layers"] as? [Int], layers.count >= 2, let datasetName = c["dataset"] as? String else {
            throw Arguments.Failure(description: "case \(name) has no layers or dataset")
        }
        let warmup = c["warmup_epochs"] as? Int ?? 3, timed = c["timed_epochs"] as? Int ?? 20
        let data = try manifest.dataset(datasetName)
        let hidden = Array(layers.dropFirst().dropLast())

        // Time per epoch: all samples train (dividetrain), only the epoch limit stops. After
        // the warm-up epochs, rounds of timed epochs alternate with measurements of the floor,
        // so machine noise hits both alike. Each round continues from the last one's weights
        // (warm start) and μ, so the rounds make the same trajectory as one run.
        var options = TrainingOptions()
        options.divideFcn = .dividetrain
        try options.set("min_grad", 0)
        try options.set("seed", 1)
        var net = try Network(hiddenSizes: hidden)
        try options.set("epochs", Double(max(warmup, 1)))
        let warm = try net.train(x: data.x, t: data.t, sampleCount: data.q, inputCount: data.r, outputCount: data.s, options: options)
        try options.set("mu", warm.mu.last ?? options.mu)
        let rounds = max(1, min(4, timed))
        var durations: [Double] = [], floors: [Floor] = [], timing = PhaseTiming(), epochs = 0
        for round in 0..<rounds {
            floors.append(try Floor.measure(network: net, x: data.x, q: data.q, rows: data.q * data.s))
            try options.set("epochs", Double(timed / rounds + (round < timed % rounds ? 1 : 0)))
            let r = try net.train(x: data.x, t: data.t, sampleCount: data.q, inputCount: data.r, outputCount: data.s, options: options)
            durations += (1...max(r.numEpochs, 1)).map { (r.time[$0] - r.time[$0 - 1]) * 1000 }
            try options.set("mu", r.mu.last ?? options.mu)
            epochs += r.numEpochs
            timing.jacobian += r.timing.jacobian; timing.jtj += r.timing.jtj; timing.solve += r.timing.solve
            timing.forward += r.timing.forward; timing.solves += r.timing.solves
        }
        let perEpoch = median(durations)
        let trials = Double(timing.solves) / Double(epochs)

        // The BLAS floor of the same epochs: JᵀJ by dsyrk over all rows, plus per μ trial one
        // Cholesky factor and solve and one forward pass (each the median over the rounds).
        let floor = Floor(dsyrk: median(floors.map(\.dsyrk)), cholesky: median(floors.map(\.cholesky)),
                          dpotrf: median(floors.map(\.dpotrf)), forward: median(floors.map(\.forward)))
        let floorEpoch = floor.dsyrk + trials * (floor.cholesky + floor.forward)
        let perPhase = { (seconds: Double) in seconds / Double(epochs) * 1000 }
        var result: [String: Any] = [
            "name": name, "params": net.weightCount, "samples": data.q, "layers": layers,
            "threads": LinearAlgebraThreads.count, "blas": LinearAlgebraThreads.blasDescription,
            "warmup_epochs": warmup, "timed_epochs": durations.count,
            "ms_per_epoch_median": perEpoch, "ms_per_epoch_all": durations,
            "floor_ms_per_epoch": floorEpoch, "ratio_to_floor": perEpoch / floorEpoch,
            "floor_ms": ["dsyrk": floor.dsyrk, "cholesky_solve": floor.cholesky, "dpotrf_solve": floor.dpotrf,
                         "forward": floor.forward],
            "floor_ms_per_epoch_with_dpotrf": floor.dsyrk + trials * (floor.dpotrf + floor.forward),
            "trials_per_epoch": trials,
            "phase_ms": ["jacobian": perPhase(timing.jacobian), "jtj": perPhase(timing.jtj),
                         "solve": perPhase(timing.solve), "forward": perPhase(timing.forward)],
        ]
        if c["to_target"] as? Bool == true, let target = manifest.json["to_target"] as? [String: Any] {
            result["seeds_to_target"] = try toTarget(data: data, hidden: hidden, target: target)
            result["goal_mse"] = target["goal_mse"]
        }
        result["peak_rss_mb"] = peakResidentMegabytes()
        return result
    }

    /// MATLAB defaults with goal = goal_mse, one run per seed: epochs and seconds to the goal.
    static func toTarget(data: (x: [Double], t: [Double], q: Int, r: Int, s: Int), hidden: [Int],
                         target: [String: Any]) throws -> [[String: Any]] {
        let goal = target["goal_mse"] as? Double ?? 1e-5
        let seeds = target["seeds"] as? [Int] ?? [1, 2, 3, 4, 5]
        return try seeds.map { seed in
            var o = TrainingOptions()
            try o.set("goal", goal)
            try o.set("seed", Double(seed))
            try o.set("epochs", Double(target["max_epochs"] as? Int ?? 1000))
            var net = try Network(hiddenSizes: hidden)
            let start = Date()
            let r = try net.train(x: data.x, t: data.t, sampleCount: data.q, inputCount: data.r, outputCount: data.s, options: o)
            return ["seed": seed, "epochs": r.numEpochs, "seconds": Date().timeIntervalSince(start),
                    "reached": r.stopReason == .goal, "stop": r.stop]
        }
    }

    static func median(_ v: [Double]) -> Double {
        let s = v.sorted()
        guard !s.isEmpty else { return .nan }
        return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }

    /// VmHWM of this process, in MB.
    static func peakResidentMegabytes() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kb = Double(line.split(separator: " ").dropFirst().first ?? "") else { return .nan }
        return kb / 1024
    }
}

/// Milliseconds of the BLAS/LAPACK operations an LM epoch cannot avoid, median of repeats.
struct Floor {
    var dsyrk = 0.0, cholesky = 0.0, dpotrf = 0.0, forward = 0.0

    static func measure(network: Network, x: [Double], q: Int, rows: Int) throws -> Floor {
        let p = network.weightCount
        var rng = RandomSource(seed: 42, stream: .initialization)
        // dsyrk over all rows, in blocks of at most 8192 rows so that 1e6 samples fit.
        let blockRows = min(rows, 8192)
        let block = UnsafeMutablePointer<Double>.allocate(capacity: blockRows * p)
        defer { block.deallocate() }
        for i in 0..<(blockRows * p) { block[i] = rng.symmetric() }
        let c = UnsafeMutablePointer<Double>.allocate(capacity: p * p)
        defer { c.deallocate() }
        let repeats = rows > 100_000 ? 1 : 3
        var f = Floor()
        f.dsyrk = time(repeats) {
            var done = 0
            while done < rows {
                let n = min(blockRows, rows - done)
                cblas_dsyrk(CblasColMajor, CblasUpper, CblasNoTrans, Int32(p), Int32(n), 1, block, Int32(p), done == 0 ? 0 : 1, c, Int32(p))
                done += n
            }
        }
        // Cholesky factor and solve of the damped matrix (made well conditioned): LMNet's
        // recursive factorization, and OpenBLAS's dpotrf for comparison.
        for j in 0..<p { c[j * p + j] += 1 }
        let a = UnsafeMutablePointer<Double>.allocate(capacity: p * p), b = UnsafeMutablePointer<Double>.allocate(capacity: p)
        defer { a.deallocate(); b.deallocate() }
        func factorAndSolve(_ factor: () -> Void) {
            a.update(from: c, count: p * p)
            for i in 0..<p { b[i] = 1 }
            factor()
            _ = LAPACKE_dpotrs_work(LAPACK_COL_MAJOR, CChar(UInt8(ascii: "U")), Int32(p), 1, a, Int32(p), b, Int32(p))
        }
        f.cholesky = time(3) { factorAndSolve { _ = Cholesky.factor(a, n: p, lda: p) } }
        f.dpotrf = time(3) {
            factorAndSolve { _ = LAPACKE_dpotrf_work(LAPACK_COL_MAJOR, CChar(UInt8(ascii: "U")), Int32(p), a, Int32(p)) }
        }
        // One forward pass over all samples.
        let pass = ForwardPass(network: network, capacity: min(q, ForwardPass.defaultBlock))
        let plan = network.inputProcessing.plan
        f.forward = try x.withUnsafeBufferPointer { xb in
            time(repeats) {
                var start = 0
                while start < q {
                    let n = min(pass.capacity, q - start)
                    pass.loadInputs(xb.baseAddress! + start * network.inputCount, count: n, plan: plan)
                    pass.run(weights: network.weights, count: n)
                    start += n
                }
            }
        }
        return f
    }

    /// Median milliseconds of body over `repeats` runs after one warm-up run.
    static func time(_ repeats: Int, _ body: () throws -> Void) rethrows -> Double {
        try body()
        var times: [Double] = []
        for _ in 0..<repeats {
            let start = DispatchTime.now().uptimeNanoseconds
            try body()
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
        return BenchCase.median(times)
    }
}
