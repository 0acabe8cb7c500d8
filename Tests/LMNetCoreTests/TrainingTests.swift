import XCTest
@testable import LMNetCore

final class TrainingTests: XCTestCase {
    /// Trains fitnet(hidden) on a noisy sine of q samples.
    func train(hidden: [Int] = [10], q: Int = 200, noise: Double = 0, options: TrainingOptions,
               progress: ProgressHandler? = nil) throws -> (Network, TrainingRecord, [Double], [Double]) {
        var rng = RandomSource(seed: 99, stream: .division)
        let x = (0..<q).map { -1 + 2 * Double($0) / Double(q - 1) }
        let t = x.map { sin(3 * $0) + noise * rng.symmetric() }
        var net = try Network(hiddenSizes: hidden)
        let r = try net.train(x: x, t: t, sampleCount: q, inputCount: 1, outputCount: 1, options: options, progress: progress)
        return (net, r, x, t)
    }

    func options(_ pairs: [String: Double]) throws -> TrainingOptions {
        var o = TrainingOptions()
        for (k, v) in pairs { try o.set(k, v) }
        return o
    }

    func testEveryStopReasonWithMatlabSentence() throws {
        XCTAssertEqual(try train(options: options(["goal": 1e-2])).1.stop, "Performance goal met.")
        XCTAssertEqual(try train(options: options(["epochs": 4, "min_grad": 0])).1.stop, "Maximum epoch reached.")
        XCTAssertEqual(try train(options: options(["time": 0])).1.stop, "Maximum time elapsed.")
        XCTAssertEqual(try train(options: options(["min_grad": 1e3])).1.stop, "Minimum gradient reached.")
        XCTAssertEqual(try train(options: options(["mu": 1, "mu_max": 1])).1.stop, "Maximum MU reached.")
        let user = try train(options: options([:]), progress: { $0.numEpochs == 3 })
        XCTAssertEqual(user.1.stop, "User stop.")
        XCTAssertEqual(user.1.numEpochs, 3)
        XCTAssertEqual(user.1.stopReason, .userStop)
    }

    func testMuMaxIsReachedThroughTheMuLoop() throws {
        // A linear network reaches the least-squares solution of noisy linear data at once;
        // then no step lowers perf, μ grows past mu_max inside the μ loop and the next check stops.
        var rng = RandomSource(seed: 5, stream: .division)
        let x = (0..<40).map { Double($0) / 40 }
        let t = x.map { 2 * $0 + 0.1 * rng.symmetric() }
        var net = try Network(hiddenSizes: [])
        var o = try options(["min_grad": 0])
        o.divideFcn = .dividetrain
        let r = try net.train(x: x, t: t, sampleCount: 40, inputCount: 1, outputCount: 1, options: o)
        XCTAssertEqual(r.stop, "Maximum MU reached.")
        XCTAssertGreaterThan(r.mu.last!, 1e10)
        XCTAssertLessThan(r.numEpochs, 20)
    }

    func testValidationStopReturnsTheBestValidationWeights() throws {
        // A large network on few noisy samples overfits: validation performance rises.
        let (net, r, x, t) = try train(hidden: [30], q: 60, noise: 0.5, options: options(["min_grad": 0]))
        XCTAssertEqual(r.stop, "Validation stop.")
        XCTAssertEqual(r.bestEpoch, r.numEpochs - 6)
        XCTAssertEqual(r.valFail.last, 6)
        XCTAssertEqual(r.bestVperf, r.vperf.min())
        // The returned network's validation MSE is the best epoch's.
        let y = try net.simulate(x, sampleCount: x.count)
        let mse = r.valInd.map { pow(t[$0] - y[$0], 2) }.reduce(0, +) / Double(r.valInd.count)
        XCTAssertEqual(mse, r.bestVperf, accuracy: 1e-12 * max(1, mse))
    }

    func testPerformanceNeverIncreasesAndRecordIsConsistent() throws {
        let r = try train(hidden: [8], q: 150, noise: 0.05, options: options(["epochs": 60, "min_grad": 0, "max_fail": 1000])).1
        XCTAssertEqual(r.epoch, (0...r.numEpochs).map(Double.init))
        for k in 1..<r.perf.count { XCTAssertLessThanOrEqual(r.perf[k], r.perf[k - 1]) }
        for s in [r.time, r.perf, r.vperf, r.tperf, r.mu, r.gradient, r.valFail] { XCTAssertEqual(s.count, r.numEpochs + 1) }
        XCTAssert(r.mu.allSatisfy { $0 >= 1e-20 && $0 <= 1e10 })
        XCTAssertEqual([r.trainInd.count, r.valInd.count, r.testInd.count], [104, 23, 23])
        XCTAssertEqual(r.bestPerf, r.perf[r.bestEpoch])
        XCTAssertEqual(r.bestTperf, r.tperf[r.bestEpoch])
    }

    func testWarmStartContinuesFromTrainedWeights() throws {
        var o = try options(["epochs": 5, "min_grad": 0, "max_fail": 1000])
        o.divideFcn = .dividetrain
        var (net, first, x, t) = try train(options: o)
        let before = net.weights
        let second = try net.train(x: x, t: t, sampleCount: x.count, inputCount: 1, outputCount: 1, options: o)
        XCTAssertEqual(second.perf[0], first.perf.last!, accuracy: 1e-15 * max(1, first.perf.last!))
        XCTAssertNotEqual(net.weights, before)
    }

    func testSameSeedSameResult() throws {
        let o = try options(["epochs": 15, "seed": 4])
        let a = try train(options: o), b = try train(options: o)
        XCTAssertEqual(a.0.weights, b.0.weights)
        XCTAssertEqual(a.1.perf, b.1.perf)
        XCTAssertEqual(a.1.valInd, b.1.valInd)
    }

    func testNaNTargetsAreDontCareAndNaNInputsAreRejected() throws {
        var x = (0..<50).map { Double($0) / 50 }
        var t = x.map { $0 * $0 }
        t[7] = .nan
        var net = try Network(hiddenSizes: [4])
        var o = TrainingOptions()
        o.divideFcn = .dividetrain
        try o.set("epochs", 20)
        let r = try net.train(x: x, t: t, sampleCount: 50, inputCount: 1, outputCount: 1, options: o)
        XCTAssert(r.perf.allSatisfy { $0.isFinite }, "\(r.perf)")
        x[3] = .nan
        var fresh = try Network(hiddenSizes: [4])
        XCTAssertThrowsError(try fresh.train(x: x, t: t, sampleCount: 50, inputCount: 1, outputCount: 1)) { e in
            XCTAssertEqual((e as? LMNetError)?.kind, .nonFinite)
            XCTAssert((e as? LMNetError)?.message.contains("sample 3") ?? false)
        }
    }

    func testMultipleOutputsAndConstantTargetRow() throws {
        let q = 120
        let x = (0..<q).flatMap { i -> [Double] in let v = Double(i) / Double(q); return [v, 1 - v * v] }
        let t = (0..<q).flatMap { i -> [Double] in let v = Double(i) / Double(q); return [sin(3 * v), 4.0, v * v * 10] }
        var net = try Network(hiddenSizes: [6])
        var o = TrainingOptions()
        try o.set("epochs", 40)
        let r = try net.train(x: x, t: t, sampleCount: q, inputCount: 2, outputCount: 3, options: o)
        XCTAssertEqual(net.layerSizes, [6, 2])   // the constant target row is removed
        let y = try net.simulate(x, sampleCount: q)
        for i in 0..<q { XCTAssertEqual(y[i * 3 + 1], 4.0) }
        XCTAssertLessThan(r.bestPerf, 1e-3)
    }

    func testOptionsValidation() throws {
        var o = TrainingOptions()
        XCTAssertThrowsError(try o.set("mu_dec", 1.5))
        XCTAssertThrowsError(try o.set("nope", 1)) { XCTAssertEqual(($0 as? LMNetError)?.kind, .unknownName) }
        XCTAssertThrowsError(try o.setString("divideFcn", "divideall"))
        XCTAssertEqual(try o.value("mu_dec"), 0.1)
        try o.setString("trainFcn", "trainbr")
        XCTAssertEqual(try o.value("mu"), 0.005)
        XCTAssertEqual(try o.value("max_fail"), 0)
        XCTAssertEqual(TrainingOptions().epochs, 1000)
        XCTAssertEqual(TrainingOptions().show, 25)
    }

    /// The reference problem with MATLAB defaults: at least 4 of 5 seeds reach a best
    /// validation MSE below 1e-6 within 100 epochs.
    func testReferenceProblemReachesMatlabAccuracy() throws {
        let (x, t) = TestData.reference()
        var reached = 0
        var report: [String] = []
        for seed in 1...5 {
            var net = try Network(hiddenSizes: [20, 20, 10])
            var o = TrainingOptions()
            try o.set("seed", Double(seed))
            try o.set("epochs", 100)
            let r = try net.train(x: x, t: t, sampleCount: 1000, inputCount: 1, outputCount: 1, options: o)
            if r.bestVperf < 1e-6 { reached += 1 }
            report.append("seed \(seed): best vperf \(r.bestVperf) at epoch \(r.bestEpoch), \(r.stop)")
        }
        print(report.joined(separator: "\n"))
        XCTAssertGreaterThanOrEqual(reached, 4, report.joined(separator: "; "))
    }
}
