import XCTest
@testable import LMNetCore

final class BayesianRegularizationTests: XCTestCase {
    /// Noisy sine: trainbr's test error against the noise-free function is lower than
    /// trainlm with validation stop for most seeds; γ stays in (0, P].
    func testTrainbrGeneralizesBetterOnNoisySine() throws {
        let q = 80
        let x = (0..<q).map { -1 + 2 * Double($0) / Double(q - 1) }
        let clean = x.map { sin(2.5 * $0) }
        let xTest = (0..<400).map { -1 + 2 * Double($0) / 399 }
        let cleanTest = xTest.map { sin(2.5 * $0) }
        var wins = 0
        for seed in 1...5 {
            var rng = RandomSource(seed: UInt64(seed) * 31, stream: .division)
            let t = clean.map { $0 + 0.2 * rng.symmetric() }
            func testError(_ f: TrainFunction) throws -> (Double, TrainingRecord, Int) {
                var o = TrainingOptions(trainFcn: f)
                try o.set("seed", Double(seed))
                try o.set("epochs", 300)
                var net = try Network(hiddenSizes: [15])
                let r = try net.train(x: x, t: t, sampleCount: q, inputCount: 1, outputCount: 1, options: o)
                let y = try net.simulate(xTest, sampleCount: xTest.count)
                return (zip(y, cleanTest).map { pow($0 - $1, 2) }.reduce(0, +) / Double(y.count), r, net.weightCount)
            }
            let (br, record, p) = try testError(.trainbr)
            let (lm, _, _) = try testError(.trainlm)
            if br < lm { wins += 1 }
            XCTAssertEqual(record.gamk.count, record.numEpochs + 1)
            XCTAssertEqual(record.ssX.count, record.numEpochs + 1)
            for g in record.gamk { XCTAssert(g > 0 && g <= Double(p), "gamk \(g) outside (0, \(p)]") }
            XCTAssertEqual(record.trainFcn, .trainbr)
        }
        XCTAssertGreaterThanOrEqual(wins, 3)
    }
}

final class MultiStartTests: XCTestCase {
    func testThreadsPickTheSameWinnerAsSerialStarts() throws {
        let x = (0..<200).map { Double($0) / 200 }
        let t = x.map { -$0 * sin(10 * $0) }
        var o = TrainingOptions()
        try o.set("epochs", 30)
        try o.set("seed", 2)
        let net = try Network(hiddenSizes: [8, 6])
        let seeds: [UInt64] = [11, 12, 13, 14]
        let parallel = try x.withUnsafeBufferPointer { xb in
            try t.withUnsafeBufferPointer { tb in
                try MultiStart.train(net, options: o, x: xb, t: tb, sampleCount: 200, inputCount: 1, outputCount: 1, seeds: seeds, threads: 4)
            }
        }
        // The same starts one by one.
        var best: (Int, Double, [Double])? = nil
        for (i, s) in seeds.enumerated() {
            var n = net
            try x.withUnsafeBufferPointer { xb in
                try t.withUnsafeBufferPointer { tb in try n.configure(x: xb, t: tb, sampleCount: 200, inputCount: 1, outputCount: 1, seed: s) }
            }
            let r = try n.train(x: x, t: t, sampleCount: 200, inputCount: 1, outputCount: 1, options: o)
            XCTAssertEqual(parallel.bestVperf[i], r.bestVperf)
            if best == nil || r.bestVperf < best!.1 { best = (i, r.bestVperf, n.weights) }
        }
        XCTAssertEqual(parallel.winner, best!.0)
        XCTAssertEqual(parallel.network.weights, best!.2)
    }
}
