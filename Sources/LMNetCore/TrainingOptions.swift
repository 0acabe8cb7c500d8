/// Training function, as MATLAB's `net.trainFcn`.
public enum TrainFunction: String, CaseIterable, Sendable { case trainlm, trainbr }
/// Data division, as MATLAB's `net.divideFcn`.
public enum DivideFunction: String, CaseIterable, Sendable { case dividerand, divideblock, divideint, divideind, dividetrain }
/// Performance function, as MATLAB's `net.performFcn` (the ones LM can minimize).
public enum PerformFunction: String, CaseIterable, Sendable { case mse, sse }

/// Everything `train` needs besides the network and data, with MATLAB's names and
/// defaults. Values are validated by `set`, so a stored option is always valid.
public struct TrainingOptions: Equatable, Sendable {
    public private(set) var trainFcn: TrainFunction = .trainlm
    public var divideFcn: DivideFunction = .dividerand
    public var performFcn: PerformFunction = .mse

    // trainParam
    public private(set) var epochs: Int = 1000
    public private(set) var goal: Double = 0
    public private(set) var maxFail: Int = 6
    public private(set) var minGrad: Double = 1e-7
    public private(set) var mu: Double = 0.001
    public private(set) var muDec: Double = 0.1
    public private(set) var muInc: Double = 10
    public private(set) var muMax: Double = 1e10
    public private(set) var time: Double = .infinity
    public private(set) var show: Double = 25

    // divideParam
    public private(set) var trainRatio: Double = 0.7
    public private(set) var valRatio: Double = 0.15
    public private(set) var testRatio: Double = 0.15
    public var trainInd: [Int] = []
    public var valInd: [Int] = []
    public var testInd: [Int] = []

    // performParam
    public private(set) var regularization: Double = 0

    /// Seed of initialization (of an unconfigured network) and of dividerand.
    public private(set) var seed: UInt64 = 0

    public init() {}

    /// MATLAB's defaults for a training function (trainbr: mu 0.005, max_fail 0).
    public init(trainFcn: TrainFunction) {
        self.init()
        setTrainFunction(trainFcn)
    }

    /// Switches the training function and resets every trainParam to its defaults, as
    /// assigning `net.trainFcn` does in MATLAB.
    public mutating func setTrainFunction(_ f: TrainFunction) {
        let fresh = TrainingOptions()
        trainFcn = f
        epochs = fresh.epochs; goal = fresh.goal; minGrad = fresh.minGrad; muDec = fresh.muDec
        muInc = fresh.muInc; muMax = fresh.muMax; time = fresh.time; show = fresh.show
        mu = f == .trainbr ? 0.005 : fresh.mu
        maxFail = f == .trainbr ? 0 : fresh.maxFail
    }

    /// Keys of the numeric options, in documentation order.
    public static let numericKeys = ["epochs", "goal", "max_fail", "min_grad", "mu", "mu_dec", "mu_inc", "mu_max",
                                     "time", "show", "trainRatio", "valRatio", "testRatio", "regularization", "seed"]
    public static let stringKeys = ["trainFcn", "divideFcn", "performFcn"]
    public static let indexKeys = ["trainInd", "valInd", "testInd"]

    /// Reads a numeric option by its MATLAB name.
    public func value(_ key: String) throws -> Double {
        switch key {
        case "epochs": return Double(epochs)
        case "goal": return goal
        case "max_fail": return Double(maxFail)
        case "min_grad": return minGrad
        case "mu": return mu
        case "mu_dec": return muDec
        case "mu_inc": return muInc
        case "mu_max": return muMax
        case "time": return time
        case "show": return show
        case "trainRatio": return trainRatio
        case "valRatio": return valRatio
        case "testRatio": return testRatio
        case "regularization": return regularization
        case "seed": return Double(seed)
        default: throw Self.unknownKey(key, Self.numericKeys)
        }
    }

    /// Sets a numeric option by its MATLAB name after checking its range (MATLAB's checks).
    public mutating func set(_ key: String, _ v: Double) throws {
        func require(_ ok: Bool, _ what: String) throws {
            if !ok { throw LMNetError(.invalidArgument, "option '\(key)' must be \(what), got \(v)") }
        }
        let isCount = v.isFinite && v >= 0 && v == v.rounded() && v <= 9007199254740992  // 2^53
        switch key {
        case "epochs": try require(isCount, "a non-negative integer"); epochs = Int(v)
        case "goal": try require(v >= 0 && !v.isNaN, "a non-negative number"); goal = v
        case "max_fail": try require(isCount, "a non-negative integer"); maxFail = Int(v)
        case "min_grad": try require(v >= 0 && !v.isNaN, "a non-negative number"); minGrad = v
        case "mu": try require(v > 0 && v.isFinite, "a positive finite number"); mu = v
        case "mu_dec": try require(v > 0 && v < 1, "in (0, 1)"); muDec = v
        case "mu_inc": try require(v > 1 && v.isFinite, "a finite number above 1"); muInc = v
        case "mu_max": try require(v > 0 && !v.isNaN, "a positive number"); muMax = v
        case "time": try require(v >= 0 && !v.isNaN, "a non-negative number of seconds (inf for no limit)"); time = v
        case "show": try require(v.isNaN || (v >= 1 && v == v.rounded()), "a positive integer or NaN"); show = v
        case "trainRatio": try require(v >= 0 && v.isFinite, "a non-negative finite number"); trainRatio = v
        case "valRatio": try require(v >= 0 && v.isFinite, "a non-negative finite number"); valRatio = v
        case "testRatio": try require(v >= 0 && v.isFinite, "a non-negative finite number"); testRatio = v
        case "regularization": try require(v >= 0 && v <= 1, "in [0, 1]"); regularization = v
        case "seed": try require(isCount && v <= 9007199254740992, "an integer in [0, 2^53]"); seed = UInt64(v)
        default: throw Self.unknownKey(key, Self.numericKeys)
        }
    }

    public func string(_ key: String) throws -> String {
        switch key {
        case "trainFcn": return trainFcn.rawValue
        case "divideFcn": return divideFcn.rawValue
        case "performFcn": return performFcn.rawValue
        default: throw Self.unknownKey(key, Self.stringKeys)
        }
    }

    public mutating func setString(_ key: String, _ v: String) throws {
        func parse<E: RawRepresentable & CaseIterable>(_: E.Type) throws -> E where E.RawValue == String {
            guard let e = E(rawValue: v) else {
                throw LMNetError(.unknownName, "unknown \(key) '\(v)' (valid: \(E.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            return e
        }
        switch key {
        case "trainFcn": setTrainFunction(try parse(TrainFunction.self))
        case "divideFcn": divideFcn = try parse(DivideFunction.self)
        case "performFcn": performFcn = try parse(PerformFunction.self)
        default: throw Self.unknownKey(key, Self.stringKeys)
        }
    }

    public func indices(_ key: String) throws -> [Int] {
        switch key {
        case "trainInd": return trainInd
        case "valInd": return valInd
        case "testInd": return testInd
        default: throw Self.unknownKey(key, Self.indexKeys)
        }
    }

    public mutating func setIndices(_ key: String, _ v: [Int]) throws {
        if let bad = v.first(where: { $0 < 0 }) {
            throw LMNetError(.invalidArgument, "option '\(key)' must hold non-negative 0-based indices, got \(bad)")
        }
        switch key {
        case "trainInd": trainInd = v
        case "valInd": valInd = v
        case "testInd": testInd = v
        default: throw Self.unknownKey(key, Self.indexKeys)
        }
    }

    static func unknownKey(_ key: String, _ valid: [String]) -> LMNetError {
        LMNetError(.unknownName, "unknown option key '\(key)' (valid: \(valid.joined(separator: ", ")))")
    }
}
