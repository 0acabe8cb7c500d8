/// MATLAB's training record `tr`: one row of states per epoch (0...numEpochs), the
/// division, the best epoch and why training stopped, plus time spent per phase.
public struct TrainingRecord: Equatable, Sendable {
    public var trainFcn: TrainFunction = .trainlm
    public var performFcn: PerformFunction = .mse
    public var divideFcn: DivideFunction = .dividerand
    public var options = TrainingOptions()

    // Per-epoch states (MATLAB tr.epoch, tr.time, ...).
    public var epoch: [Double] = []
    public var time: [Double] = []
    public var perf: [Double] = []
    public var vperf: [Double] = []
    public var tperf: [Double] = []
    public var mu: [Double] = []
    public var gradient: [Double] = []
    public var valFail: [Double] = []
    /// trainbr only: effective number of parameters and sum of squared weights.
    public var gamk: [Double] = []
    public var ssX: [Double] = []

    // Division (0-based, ascending).
    public var trainInd: [Int] = []
    public var valInd: [Int] = []
    public var testInd: [Int] = []
    public var numSamples = 0

    public var bestEpoch = 0
    public var bestPerf = Double.nan
    public var bestVperf = Double.nan
    public var bestTperf = Double.nan
    public var stopReason = StopReason.none

    /// Seconds spent per phase, and the number of linear solves.
    public var timing = PhaseTiming()
    public var numThreads = 1

    public init() {}

    public var numEpochs: Int { max(epoch.count - 1, 0) }
    public var stop: String { stopReason.sentence }
    public var goal: Double { options.goal }

    /// Names of the per-epoch series, MATLAB's `tr.states` plus trainbr's.
    public static let seriesKeys = ["epoch", "time", "perf", "vperf", "tperf", "mu", "gradient", "val_fail", "gamk", "ssX"]
    public static let scalarKeys = ["num_epochs", "best_epoch", "best_perf", "best_vperf", "best_tperf", "goal",
                                    "stop_reason", "num_samples", "num_threads", "time_jacobian", "time_jtj",
                                    "time_solve", "time_forward", "time_total", "num_solves"]
    public static let stringKeys = ["stop", "trainFcn", "performFcn", "divideFcn"]
    public static let indexKeys = ["trainInd", "valInd", "testInd"]

    public func series(_ key: String) throws -> [Double] {
        switch key {
        case "epoch": return epoch
        case "time": return time
        case "perf": return perf
        case "vperf": return vperf
        case "tperf": return tperf
        case "mu": return mu
        case "gradient": return gradient
        case "val_fail": return valFail
        case "gamk": return gamk
        case "ssX": return ssX
        default: throw TrainingRecord.unknown(key, Self.seriesKeys, "series")
        }
    }

    public mutating func setSeries(_ key: String, _ v: [Double]) throws {
        switch key {
        case "epoch": epoch = v
        case "time": time = v
        case "perf": perf = v
        case "vperf": vperf = v
        case "tperf": tperf = v
        case "mu": mu = v
        case "gradient": gradient = v
        case "val_fail": valFail = v
        case "gamk": gamk = v
        case "ssX": ssX = v
        default: throw TrainingRecord.unknown(key, Self.seriesKeys, "series")
        }
    }

    public func scalar(_ key: String) throws -> Double {
        switch key {
        case "num_epochs": return Double(numEpochs)
        case "best_epoch": return Double(bestEpoch)
        case "best_perf": return bestPerf
        case "best_vperf": return bestVperf
        case "best_tperf": return bestTperf
        case "goal": return goal
        case "stop_reason": return Double(stopReason.rawValue)
        case "num_samples": return Double(numSamples)
        case "num_threads": return Double(numThreads)
        case "time_jacobian": return timing.jacobian
        case "time_jtj": return timing.jtj
        case "time_solve": return timing.solve
        case "time_forward": return timing.forward
        case "time_total": return timing.total
        case "num_solves": return Double(timing.solves)
        default: throw TrainingRecord.unknown(key, Self.scalarKeys, "scalar")
        }
    }

    public func string(_ key: String) throws -> String {
        switch key {
        case "stop": return stop
        case "trainFcn": return trainFcn.rawValue
        case "performFcn": return performFcn.rawValue
        case "divideFcn": return divideFcn.rawValue
        default: throw TrainingRecord.unknown(key, Self.stringKeys, "string")
        }
    }

    public func indices(_ key: String) throws -> [Int] {
        switch key {
        case "trainInd": return trainInd
        case "valInd": return valInd
        case "testInd": return testInd
        default: throw TrainingRecord.unknown(key, Self.indexKeys, "index list")
        }
    }

    static func unknown(_ key: String, _ valid: [String], _ what: String) -> LMNetError {
        LMNetError(.unknownName, "unknown record \(what) '\(key)' (valid: \(valid.joined(separator: ", ")))")
    }
}

/// Wall-clock seconds per phase of Levenberg–Marquardt training.
public struct PhaseTiming: Equatable, Sendable {
    /// Forward pass and backpropagation of the Jacobian blocks.
    public var jacobian = 0.0
    /// JᵀJ (dsyrk) and Jᵀe accumulation.
    public var jtj = 0.0
    /// Cholesky factorizations and solves.
    public var solve = 0.0
    /// Trial evaluations of the performance at a candidate step.
    public var forward = 0.0
    public var total = 0.0
    public var solves = 0
    public init() {}
}
