/// Training, validation and test sample indices (0-based, ascending).
public struct Division: Equatable, Sendable {
    public var train: [Int]
    public var val: [Int]
    public var test: [Int]

    public init(train: [Int], val: [Int], test: [Int]) {
        self.train = train
        self.val = val
        self.test = test
    }

    /// Divides Q samples as MATLAB's divide functions do.
    public init(_ options: TrainingOptions, sampleCount q: Int) throws {
        switch options.divideFcn {
        case .dividetrain:
            self.init(train: Array(0..<q), val: [], test: [])
        case .divideind:
            func clean(_ v: [Int]) -> [Int] { Array(Set(v.filter { $0 < q })).sorted() }
            self.init(train: clean(options.trainInd), val: clean(options.valInd), test: clean(options.testInd))
        case .dividerand, .divideblock, .divideint:
            let (nTrain, nVal, nTest) = try Division.counts(options, q)
            switch options.divideFcn {
            case .dividerand:
                // A random permutation: first n_train to training, next n_val to validation, rest to test.
                var rng = RandomSource(seed: options.seed, stream: .division)
                var p = Array(0..<q)
                for i in stride(from: q - 1, to: 0, by: -1) { p.swapAt(i, rng.index(below: i + 1)) }
                self.init(train: p[0..<nTrain].sorted(), val: p[nTrain..<(nTrain + nVal)].sorted(),
                          test: p[(nTrain + nVal)...].sorted())
            case .divideblock:
                self.init(train: Array(0..<nTrain), val: Array(nTrain..<(nTrain + nVal)), test: Array((nTrain + nVal)..<q))
            default:
                self = Division.interleaved(options, q)
                _ = nTest
            }
        }
        guard !train.isEmpty else {
            throw LMNetError(.dimension, "the division (\(options.divideFcn.rawValue)) leaves no training samples out of \(q)")
        }
    }

    /// MATLAB's counts: ratios normalized by their sum, n_val = round(valRatio·Q),
    /// n_test = round(testRatio·Q), n_train = the rest (1000 → 700/150/150, 94 → 66/14/14).
    static func counts(_ o: TrainingOptions, _ q: Int) throws -> (Int, Int, Int) {
        let sum = o.trainRatio + o.valRatio + o.testRatio
        guard sum > 0 else { throw LMNetError(.invalidArgument, "trainRatio + valRatio + testRatio must be positive") }
        let nVal = Int((o.valRatio / sum * Double(q)).rounded())
        let nTest = Int((o.testRatio / sum * Double(q)).rounded())
        return (max(q - nVal - nTest, 0), nVal, nTest)
    }

    /// divideint: sample 0 to training; each next sample to the subset whose share falls
    /// furthest below its ratio (ties in the order train, val, test).
    static func interleaved(_ o: TrainingOptions, _ q: Int) -> Division {
        let sum = o.trainRatio + o.valRatio + o.testRatio
        let ratio = [o.trainRatio / sum, o.valRatio / sum, o.testRatio / sum]
        var sets: [[Int]] = [[0], [], []]
        for i in 1..<max(q, 1) {
            var best = 0, bestDeficit = -Double.infinity
            for k in 0..<3 {
                let deficit = ratio[k] - Double(sets[k].count) / Double(i)
                if deficit > bestDeficit { best = k; bestDeficit = deficit }
            }
            sets[best].append(i)
        }
        return Division(train: sets[0], val: sets[1], test: sets[2])
    }
}
