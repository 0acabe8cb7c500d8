import LMNetCore
@testable import LMNetHDF5

/// The content of the golden files in Golden/, written once by format version 1
/// (`GoldenFileTests.testWriteGoldenFiles`, run with LMNET_WRITE_GOLDEN=1) and loaded
/// by every later version. FROZEN: never edit these values; a new format version adds
/// new fixtures and new files next to these.
enum GoldenV1 {
    /// model_v1.h5: 3 inputs (row 1 constant, removed), hidden [3, 2], 2 outputs,
    /// with options and a training record.
    static func model() throws -> Network {
        var net = try Network(hiddenSizes: [3, 2])
        net.transferFunctions = [.logsig, .tansig, .purelin]
        try net.setProcessing(Processing(functions: [.removeconstantrows, .mapminmax],
                                     xmin: [-1.5, 2.0, 0.0], xmax: [4.25, 2.0, 10.0]), output: false)
        try net.setProcessing(Processing(functions: [.removeconstantrows, .mapminmax],
                                     xmin: [-3.0, 0.5], xmax: [5.0, 1.75]), output: true)
        net.weights = modelWeights
        return net
    }

    /// getwb order: b1 (3), IW (3×2 column-major), b2 (2), LW21 (2×3), b3 (2), LW32 (2×2).
    static let modelWeights: [Double] = [
        0.1, -0.2, 0.3,
        0.5, -1.25, 2.0, 0.75, -0.125, 1.0 / 3.0,
        -0.4, 0.6,
        1.5, -0.5, 0.25, 0.8, -1.1, 0.05,
        0.01, -0.02,
        0.9, -0.7, 1.2, 0.4,
    ]

    static func modelOptions() throws -> TrainingOptions {
        var o = TrainingOptions()
        try o.setString("divideFcn", "divideind")
        try o.setString("performFcn", "sse")
        try o.set("epochs", 300)
        try o.set("goal", 1e-5)
        try o.set("max_fail", 10)
        try o.set("mu", 0.005)
        try o.set("time", 120)
        try o.set("show", .nan)
        try o.set("trainRatio", 0.8)
        try o.set("valRatio", 0.1)
        try o.set("testRatio", 0.1)
        try o.set("regularization", 0.25)
        try o.set("seed", 42)
        try o.setIndices("trainInd", [0, 1, 2, 4])
        try o.setIndices("valInd", [3])
        try o.setIndices("testInd", [5])
        return o
    }

    static func modelRecord() throws -> TrainingRecord {
        var r = TrainingRecord()
        r.trainFcn = .trainlm
        r.performFcn = .sse
        r.divideFcn = .divideind
        r.options = try modelOptions()
        r.epoch = [0, 1, 2, 3]
        r.time = [0.0, 0.015625, 0.03125, 0.046875]
        r.perf = [2.5, 0.75, 0.3, 0.2875]
        r.vperf = [2.25, 0.8, 0.35, 0.4]
        r.tperf = [2.75, 0.9, 0.5, 0.45]
        r.mu = [0.005, 0.0005, 0.00005, 0.0005]
        r.gradient = [3.5, 1.25, 0.0625, 0.03125]
        r.valFail = [0, 0, 0, 1]
        r.trainInd = [0, 1, 2, 4]
        r.valInd = [3]
        r.testInd = [5]
        r.numSamples = 6
        r.bestEpoch = 2
        r.bestPerf = 0.3
        r.bestVperf = 0.35
        r.bestTperf = 0.5
        r.stopReason = .epochs
        r.numThreads = 1
        r.timing.jacobian = 0.01
        r.timing.jtj = 0.002
        r.timing.solve = 0.003
        r.timing.forward = 0.004
        r.timing.total = 0.05
        r.timing.solves = 5
        return r
    }

    /// Inputs of model_v1_predictions.h5 (5 samples × 3 inputs); its targets are the
    /// model's outputs computed when the golden files were written.
    static let predictionInputs: [Double] = [
        -1.5, 2.0, 0.0,
        4.25, 2.0, 10.0,
        0.5, 2.0, 3.0,
        -2.0, 7.0, 12.5,
        1.0, -1.0, 5.0,
    ]

    /// model_linear_v1.h5: no hidden layer, mapminmax on inputs only, no options or record.
    static func linearModel() throws -> Network {
        var net = try Network(hiddenSizes: [])
        try net.setProcessing(Processing(functions: [.mapminmax], xmin: [0.0, -10.0], xmax: [1.0, 10.0]), output: false)
        try net.setProcessing(Processing(functions: [], xmin: [-7.5], xmax: [7.5]), output: true)
        net.weights = [0.125, 2.5, -0.375]
        return net
    }

    /// record_v1.h5: a trainbr record stopped by validation.
    static func record() throws -> TrainingRecord {
        var r = TrainingRecord()
        r.trainFcn = .trainbr
        r.performFcn = .mse
        r.divideFcn = .dividerand
        r.options = TrainingOptions(trainFcn: .trainbr)
        try r.options.set("max_fail", 2)
        r.epoch = [0, 1, 2]
        r.time = [0.0, 0.5, 1.0]
        r.perf = [1.0, 0.5, 0.25]
        r.vperf = [1.5, 0.75, 0.875]
        r.tperf = [.nan, .nan, .nan]
        r.mu = [0.005, 0.05, 0.5]
        r.gradient = [2.0, 1.0, 0.5]
        r.valFail = [0, 0, 1]
        r.gamk = [4.0, 5.5, 6.25]
        r.ssX = [10.0, 12.5, 13.0]
        r.trainInd = [0, 2]
        r.valInd = [1, 3]
        r.testInd = []
        r.numSamples = 4
        r.bestEpoch = 1
        r.bestPerf = 0.5
        r.bestVperf = 0.75
        r.bestTperf = .nan
        r.stopReason = .validation
        r.numThreads = 2
        r.timing.total = 1.25
        r.timing.solves = 4
        return r
    }

    /// dataset_v1.h5: 4 samples, 2 inputs, 1 target (one NaN), names and division.
    static func dataset() throws -> Dataset {
        var d = try Dataset(x: [1.0, -2.0, 3.5, 0.25, -0.5, 8.0, 2.0, 2.0],
                            t: [0.5, .nan, -1.25, 3.0], sampleCount: 4, inputCount: 2, outputCount: 1)
        d.inputNames = ["temperature", "pressure"]
        d.targetNames = ["yield"]
        d.trainInd = [0, 3]
        d.valInd = [1]
        d.testInd = [2]
        return d
    }
}
