import Foundation
import LMNetCore
import XCTest
@testable import LMNetHDF5

/// SplitMix64: the tests' own small deterministic generator.
struct TestRandom {
    private var state: UInt64
    init(_ seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in [a, b).
    mutating func uniform(_ a: Double, _ b: Double) -> Double { a + (b - a) * Double(next() >> 11) * 0x1p-53 }
    /// Uniform in 0..<n.
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
}

/// Builders of networks, records, options and datasets by hand (no training needed).
enum Make {
    /// A configured network with random processing settings and weights. Rows listed in
    /// `constantInputs`/`constantOutputs` get xmin == xmax, so removeconstantrows drops them.
    static func network(hidden: [Int], inputs: Int, outputs: Int, transfer: [TransferFunction]? = nil,
                        inputFcns: [ProcessFunction] = Processing.matlabDefault,
                        outputFcns: [ProcessFunction] = Processing.matlabDefault,
                        constantInputs: Set<Int> = [], constantOutputs: Set<Int> = [], seed: UInt64) throws -> Network {
        var rng = TestRandom(seed)
        var net = try Network(hiddenSizes: hidden)
        if let transfer { net.transferFunctions = transfer }
        func processing(_ fcns: [ProcessFunction], rows: Int, constant: Set<Int>) -> Processing {
            var lo: [Double] = [], hi: [Double] = []
            for i in 0..<rows {
                let a = rng.uniform(-5, 5)
                lo.append(a)
                hi.append(constant.contains(i) ? a : a + rng.uniform(0.1, 10))
            }
            return Processing(functions: fcns, xmin: lo, xmax: hi)
        }
        try net.setProcessing(processing(inputFcns, rows: inputs, constant: constantInputs), output: false)
        try net.setProcessing(processing(outputFcns, rows: outputs, constant: constantOutputs), output: true)
        net.weights = (0..<net.weightCount).map { _ in rng.uniform(-2, 2) }
        return net
    }

    /// Options with every value moved away from its default.
    static func options(trainFcn: TrainFunction = .trainlm, seed: Double = 12345) throws -> TrainingOptions {
        var o = TrainingOptions()
        try o.setString("trainFcn", trainFcn.rawValue)
        try o.setString("divideFcn", "divideind")
        try o.setString("performFcn", "sse")
        for (key, value) in [("epochs", 250.0), ("goal", 1e-6), ("max_fail", 9), ("min_grad", 1e-9), ("mu", 0.01),
                             ("mu_dec", 0.2), ("mu_inc", 7), ("mu_max", 1e9), ("time", 60.5), ("show", .nan),
                             ("trainRatio", 0.6), ("valRatio", 0.25), ("testRatio", 0.15), ("regularization", 0.1),
                             ("seed", seed)] {
            try o.set(key, value)
        }
        try o.setIndices("trainInd", [0, 2, 4, 6])
        try o.setIndices("valInd", [1, 5])
        try o.setIndices("testInd", [])
        return o
    }

    /// A record of `epochs` epochs over `samples` samples; trainbr records get gamk and ssX.
    static func record(epochs: Int, samples: Int, trainbr: Bool = false, seed: UInt64) throws -> TrainingRecord {
        var rng = TestRandom(seed)
        var r = TrainingRecord()
        r.trainFcn = trainbr ? .trainbr : .trainlm
        r.performFcn = .mse
        r.divideFcn = .dividerand
        r.options = try options(trainFcn: r.trainFcn)
        let n = epochs + 1
        try r.setSeries("epoch", (0..<n).map(Double.init))
        for key in ["time", "perf", "tperf", "mu", "gradient"] {
            try r.setSeries(key, (0..<n).map { _ in rng.uniform(0, 3) })
        }
        try r.setSeries("vperf", (0..<n).map { _ in .nan })
        try r.setSeries("val_fail", (0..<n).map { Double($0 % 3) })
        if trainbr {
            try r.setSeries("gamk", (0..<n).map { _ in rng.uniform(1, 20) })
            try r.setSeries("ssX", (0..<n).map { _ in rng.uniform(1, 100) })
        }
        r.numSamples = samples
        var division = Array(0..<samples)
        for i in stride(from: samples - 1, to: 0, by: -1) { division.swapAt(i, rng.below(i + 1)) }
        let nTrain = samples * 7 / 10, nTest = samples / 10
        r.trainInd = division[0..<nTrain].sorted()
        r.testInd = division[nTrain..<(nTrain + nTest)].sorted()
        r.valInd = []
        r.bestEpoch = epochs / 2
        r.bestPerf = rng.uniform(0, 1)
        r.bestVperf = .nan
        r.bestTperf = rng.uniform(0, 1)
        r.stopReason = .minGradient
        r.numThreads = 2
        r.timing.jacobian = 0.25
        r.timing.jtj = 0.125
        r.timing.solve = 1e-3
        r.timing.forward = 0.0625
        r.timing.total = 0.5
        r.timing.solves = 3 * epochs
        return r
    }

    static func dataset(samples: Int, inputs: Int, outputs: Int, names: Bool, division: Bool, seed: UInt64) throws -> Dataset {
        var rng = TestRandom(seed)
        let x = (0..<(samples * inputs)).map { _ in rng.uniform(-10, 10) }
        var t = (0..<(samples * outputs)).map { _ in rng.uniform(-1, 1) }
        if !t.isEmpty { t[t.count / 2] = .nan }  // "don't care" target
        var d = try Dataset(x: x, t: t, sampleCount: samples, inputCount: inputs, outputCount: outputs)
        if names {
            d.inputNames = (0..<inputs).map { "input \($0) µ" }
            d.targetNames = (0..<outputs).map { "target_\($0)" }
        }
        if division {
            d.trainInd = Array(stride(from: 0, to: samples, by: 2))
            d.valInd = Array(stride(from: 1, to: samples, by: 4))
            d.testInd = Array(stride(from: 3, to: samples, by: 4))
        }
        return d
    }

    /// Random finite inputs for simulation.
    static func inputs(samples: Int, inputs: Int, seed: UInt64) -> [Double] {
        var rng = TestRandom(seed)
        return (0..<(samples * inputs)).map { _ in rng.uniform(-8, 8) }
    }
}

/// Bitwise comparisons (NaN equals NaN, -0 differs from 0).
enum Same {
    static func bits(_ a: [Double], _ b: [Double]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { $0.bitPattern == $1.bitPattern }
    }

    static func bits(_ a: Double, _ b: Double) -> Bool { a.bitPattern == b.bitPattern }

    static func processing(_ a: Processing, _ b: Processing) -> Bool {
        a.functions == b.functions && bits(a.xmin, b.xmin) && bits(a.xmax, b.xmax)
    }

    static func network(_ a: Network, _ b: Network) -> Bool {
        a.hiddenSizes == b.hiddenSizes && a.transferFunctions == b.transferFunctions
            && processing(a.inputProcessing, b.inputProcessing) && processing(a.outputProcessing, b.outputProcessing)
            && bits(a.weights, b.weights)
    }

    static func options(_ a: TrainingOptions, _ b: TrainingOptions) -> Bool {
        TrainingOptions.numericKeys.allSatisfy { (try? a.value($0).bitPattern) == (try? b.value($0).bitPattern) }
            && TrainingOptions.stringKeys.allSatisfy { (try? a.string($0)) == (try? b.string($0)) }
            && TrainingOptions.indexKeys.allSatisfy { (try? a.indices($0)) == (try? b.indices($0)) }
    }

    static func record(_ a: TrainingRecord, _ b: TrainingRecord) -> Bool {
        TrainingRecord.seriesKeys.allSatisfy { bits((try? a.series($0)) ?? [1], (try? b.series($0)) ?? [2]) }
            && TrainingRecord.scalarKeys.allSatisfy { (try? a.scalar($0).bitPattern) == (try? b.scalar($0).bitPattern) }
            && TrainingRecord.stringKeys.allSatisfy { (try? a.string($0)) == (try? b.string($0)) }
            && TrainingRecord.indexKeys.allSatisfy { (try? a.indices($0)) == (try? b.indices($0)) }
            && options(a.options, b.options)
    }

    static func dataset(_ a: Dataset, _ b: Dataset) -> Bool {
        a.sampleCount == b.sampleCount && a.inputCount == b.inputCount && a.outputCount == b.outputCount
            && bits(a.x, b.x) && bits(a.t, b.t) && a.inputNames == b.inputNames && a.targetNames == b.targetNames
            && a.trainInd == b.trainInd && a.valInd == b.valInd && a.testInd == b.testInd
    }
}

/// A fresh directory under the system temporary directory, removed by `tearDown`.
class TemporaryDirectoryTestCase: XCTestCase {
    private(set) var directory = ""

    override func setUpWithError() throws {
        let base = FileManager.default.temporaryDirectory.path
        directory = base + "/lmnet-hdf5-\(getpid())-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: directory)
        XCTAssertEqual(HDF5.openObjectCount(), 0, "HDF5 objects left open")
    }

    func path(_ name: String) -> String { directory + "/" + name }

    /// Asserts that `body` throws an LMNetError of `kind` whose message starts with
    /// `path` and contains every fragment; returns the message.
    @discardableResult
    func assertError<T>(_ kind: LMNetError.Kind, _ path: String, _ fragments: [String] = [],
                        file: StaticString = #filePath, line: UInt = #line, _ body: () throws -> T) -> String {
        do {
            _ = try body()
            XCTFail("expected an error", file: file, line: line)
        } catch let e as LMNetError {
            XCTAssertEqual(e.kind, kind, e.message, file: file, line: line)
            XCTAssertTrue(e.message.hasPrefix(path + ": "), "message does not name the file: \(e.message)", file: file, line: line)
            for f in fragments {
                XCTAssertTrue(e.message.contains(f), "'\(e.message)' lacks '\(f)'", file: file, line: line)
            }
            return e.message
        } catch {
            XCTFail("unexpected error type \(error)", file: file, line: line)
        }
        return ""
    }
}
