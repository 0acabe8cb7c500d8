/// What the epoch loop needs from a training function (trainlm, trainbr).
protocol TrainingAlgorithm: AnyObject {
    var perf: Double { get }
    var vperf: Double { get }
    var tperf: Double { get }
    var gradient: Double { get }
    var weights: [Double] { get }
    /// Extra per-epoch states (trainbr: gamk, ssX).
    var extraSeries: [String: Double] { get }
    /// Computes perf, vperf, tperf, the gradient and the Gauss–Newton pair at the current weights.
    func evaluate()
    /// One epoch's μ loop; true if a step was accepted.
    func iterate(mu: inout Double) -> Bool
}

extension Network {
    /// MATLAB's `[net, tr] = train(net, x, t)`.
    ///
    /// An unconfigured network is configured (processing settings from all samples) and
    /// initialized from `options.seed`; a configured one continues from its weights. The
    /// samples are divided by `options.divideFcn`, then trained by `options.trainFcn`. On
    /// return the network holds the best weights: those of the best validation epoch, or
    /// of the lowest training performance when there is no validation set (trainbr with
    /// max_fail 0: the last epoch).
    public mutating func train(x: UnsafeBufferPointer<Double>, t: UnsafeBufferPointer<Double>,
                               sampleCount: Int, inputCount: Int, outputCount: Int,
                               options: TrainingOptions = TrainingOptions(),
                               progress: ProgressHandler? = nil) throws -> TrainingRecord {
        try Network.validate(x: x, t: t, sampleCount: sampleCount, inputCount: inputCount, outputCount: outputCount)
        if isConfigured {
            guard inputCount == self.inputCount, outputCount == self.outputCount else {
                throw LMNetError(.dimension, "the network is configured for \(self.inputCount) inputs and \(self.outputCount) outputs, got \(inputCount) and \(outputCount)")
            }
        } else {
            try configure(x: x, t: t, sampleCount: sampleCount, inputCount: inputCount, outputCount: outputCount, seed: options.seed)
        }
        let division = try Division(options, sampleCount: sampleCount)
        let problem = try TrainingProblem(network: self, x: x, t: t, sampleCount: sampleCount, division: division)
        let algorithm: TrainingAlgorithm
        switch options.trainFcn {
        case .trainlm: algorithm = LevenbergMarquardt(problem: problem, options: options, weights: weights)
        case .trainbr: algorithm = BayesianRegularization(problem: problem, options: options, weights: weights)
        }
        var loop = EpochLoop(problem: problem, options: options, algorithm: algorithm)
        let (record, best) = loop.run(progress: progress)
        weights = best
        return record
    }

    public mutating func train(x: [Double], t: [Double], sampleCount: Int, inputCount: Int, outputCount: Int,
                               options: TrainingOptions = TrainingOptions(),
                               progress: ProgressHandler? = nil) throws -> TrainingRecord {
        try x.withUnsafeBufferPointer { xb in
            try t.withUnsafeBufferPointer { tb in
                try train(x: xb, t: tb, sampleCount: sampleCount, inputCount: inputCount, outputCount: outputCount,
                          options: options, progress: progress)
            }
        }
    }
}

/// The epoch loop shared by the training functions: record the state, check the stop
/// conditions in MATLAB's order, run one iteration, track the best network.
struct EpochLoop {
    let problem: TrainingProblem
    let options: TrainingOptions
    let algorithm: TrainingAlgorithm
    var record = TrainingRecord()

    init(problem: TrainingProblem, options: TrainingOptions, algorithm: TrainingAlgorithm) {
        self.problem = problem
        self.options = options
        self.algorithm = algorithm
        record.options = options
        record.trainFcn = options.trainFcn
        record.performFcn = options.performFcn
        record.divideFcn = options.divideFcn
        record.trainInd = problem.division.train
        record.valInd = problem.division.val
        record.testInd = problem.division.test
        record.numSamples = problem.sampleCount
        record.numThreads = LinearAlgebraThreads.count
    }

    /// Trains to a stop; returns the record and the best weights.
    mutating func run(progress: ProgressHandler?) -> (TrainingRecord, [Double]) {
        let start = monotonicSeconds()
        var mu = options.mu
        var valFail = 0
        var epoch = 0
        algorithm.evaluate()
        // Validation drives the best network and the stop only when there is a validation set.
        let validating = !algorithm.vperf.isNaN && !(options.trainFcn == .trainbr && options.maxFail == 0)
        var best = (epoch: 0, weights: algorithm.weights, perf: algorithm.perf, vperf: algorithm.vperf)
        while true {
            let elapsed = monotonicSeconds() - start
            append(epoch: epoch, time: elapsed, mu: mu, valFail: valFail)
            var stop = stopReason(epoch: epoch, elapsed: elapsed, mu: mu, valFail: valFail, validating: validating)
            if stop != .none { record.stopReason = stop }
            if let progress, progress(record), stop == .none {
                stop = .userStop
                record.stopReason = stop
            }
            if stop != .none { break }
            epoch += 1
            if algorithm.iterate(mu: &mu) { algorithm.evaluate() }
            // MATLAB's trackBestNetwork.
            if validating {
                if algorithm.vperf < best.vperf {
                    best = (epoch, algorithm.weights, algorithm.perf, algorithm.vperf)
                    valFail = 0
                } else if algorithm.vperf > best.vperf {
                    valFail += 1
                }
            } else if algorithm.perf < best.perf || options.trainFcn == .trainbr {
                best = (epoch, algorithm.weights, algorithm.perf, algorithm.vperf)
            }
        }
        record.bestEpoch = best.epoch
        record.bestPerf = record.perf[best.epoch]
        record.bestVperf = record.vperf[best.epoch]
        record.bestTperf = record.tperf[best.epoch]
        problem.timing.total = monotonicSeconds() - start
        record.timing = problem.timing
        return (record, best.weights)
    }

    private mutating func append(epoch: Int, time: Double, mu: Double, valFail: Int) {
        record.epoch.append(Double(epoch))
        record.time.append(time)
        record.perf.append(algorithm.perf)
        record.vperf.append(algorithm.vperf)
        record.tperf.append(algorithm.tperf)
        record.mu.append(mu)
        record.gradient.append(algorithm.gradient)
        record.valFail.append(Double(valFail))
        let extra = algorithm.extraSeries
        if let g = extra["gamk"] { record.gamk.append(g) }
        if let s = extra["ssX"] { record.ssX.append(s) }
    }

    /// MATLAB's stop checks, first hit wins: goal, epochs, time, min_grad, mu_max, validation.
    private func stopReason(epoch: Int, elapsed: Double, mu: Double, valFail: Int, validating: Bool) -> StopReason {
        if algorithm.perf <= options.goal { return .goal }
        if epoch >= options.epochs { return .epochs }
        if elapsed >= options.time { return .time }
        if algorithm.gradient <= options.minGrad { return .minGradient }
        if mu >= options.muMax { return .muMax }
        if validating && options.maxFail > 0 && valFail >= options.maxFail { return .validation }
        return .none
    }
}
