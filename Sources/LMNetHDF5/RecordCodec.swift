import LMNetCore

/// A `TrainingRecord` as the datasets of a /training group (docs/file-format.md,
/// "Training record"), named like MATLAB's tr and LMNet's record keys.
enum RecordCodec {
    /// MATLAB's tr.states: one value per epoch 0...num_epochs in every record.
    static let requiredSeries = ["epoch", "time", "perf", "vperf", "tperf", "mu", "gradient", "val_fail"]
    /// trainbr's series: empty (trainlm) or one value per epoch.
    static let optionalSeries = ["gamk", "ssX"]
    static let timingKeys = ["time_jacobian", "time_jtj", "time_solve", "time_forward", "time_total"]
    static let masks: [(key: String, mask: String)] = [("trainInd", "train_mask"), ("valInd", "val_mask"), ("testInd", "test_mask")]

    static func encode(_ r: TrainingRecord, into doc: inout Document, at prefix: String) throws {
        try validate(r)
        for key in TrainingRecord.stringKeys { doc[prefix + "/" + key] = .string(try r.string(key)) }
        try OptionsCodec.encode(r.options, into: &doc, at: prefix + "/options")
        doc[prefix + "/stop_reason"] = .scalar(r.stopReason.rawValue)
        doc[prefix + "/num_epochs"] = .scalar(r.numEpochs)
        doc[prefix + "/best_epoch"] = .scalar(r.bestEpoch)
        doc[prefix + "/best_perf"] = .scalar(r.bestPerf)
        doc[prefix + "/best_vperf"] = .scalar(r.bestVperf)
        doc[prefix + "/best_tperf"] = .scalar(r.bestTperf)
        doc[prefix + "/goal"] = .scalar(r.goal)
        doc[prefix + "/num_samples"] = .scalar(r.numSamples)
        doc[prefix + "/num_threads"] = .scalar(r.numThreads)
        for key in timingKeys { doc[prefix + "/" + key] = .scalar(try r.scalar(key)) }
        doc[prefix + "/num_solves"] = .scalar(r.timing.solves)
        for key in requiredSeries + optionalSeries {
            let s = try r.series(key)
            doc[prefix + "/" + key] = .float64(s, shape: [s.count])
        }
        for (key, mask) in masks {
            doc[prefix + "/" + mask] = .uint8(try IndexMask.encode(r.indices(key), count: r.numSamples, name: "record \(key)"), shape: [r.numSamples])
        }
    }

    /// What a record must satisfy to be stored (and what loading checks again).
    static func validate(_ r: TrainingRecord) throws {
        func require(_ ok: Bool, _ message: @autoclosure () -> String) throws {
            if !ok { throw LMNetError(.invalidArgument, "record: " + message()) }
        }
        let n = r.epoch.count
        for key in requiredSeries {
            let c = try r.series(key).count
            try require(c == n, "series '\(key)' has \(c) values, 'epoch' has \(n)")
        }
        for key in optionalSeries {
            let c = try r.series(key).count
            try require(c == 0 || c == n, "series '\(key)' has \(c) values, expected 0 or \(n) (one per epoch)")
        }
        try require(r.epoch.enumerated().allSatisfy { Double($0.offset) == $0.element }, "series 'epoch' must be 0, 1, 2, ...")
        try require(r.bestEpoch >= 0 && r.bestEpoch <= r.numEpochs, "best_epoch \(r.bestEpoch) is outside 0...\(r.numEpochs)")
        try require(r.numSamples >= 0, "num_samples is \(r.numSamples)")
        try require(r.numThreads >= 1, "num_threads is \(r.numThreads)")
        try require(r.timing.solves >= 0, "num_solves is \(r.timing.solves)")
        for key in timingKeys {
            let t = try r.scalar(key)
            try require(t.isFinite && t >= 0, "\(key) is \(t), expected a finite number of seconds")
        }
    }

    static func decode(_ doc: Document, at prefix: String) throws -> TrainingRecord {
        var r = TrainingRecord()
        r.trainFcn = try doc.name(prefix + "/trainFcn", as: TrainFunction.self, what: "training function")
        r.performFcn = try doc.name(prefix + "/performFcn", as: PerformFunction.self, what: "performance function")
        r.divideFcn = try doc.name(prefix + "/divideFcn", as: DivideFunction.self, what: "division function")
        r.options = try OptionsCodec.decode(doc, at: prefix + "/options")

        let reasonCode = try doc.integer(prefix + "/stop_reason", in: 0...Int(Int32.max))
        guard let reason = StopReason(rawValue: reasonCode) else {
            throw Document.problem("dataset \(prefix)/stop_reason holds unknown stop reason \(reasonCode)")
        }
        r.stopReason = reason
        let stop = try doc.string(prefix + "/stop")
        guard stop == reason.sentence else {
            throw Document.problem("dataset \(prefix)/stop is '\(stop)', but stop_reason \(reasonCode) means '\(reason.sentence)'")
        }

        let epochs = try doc.integer(prefix + "/num_epochs", in: 0...NetworkCodec.maxSize)
        for key in requiredSeries + optionalSeries {
            let p = prefix + "/" + key
            let values = try doc.float64(p, shape: [nil]).values
            try OptionsCodec.rethrowing(p) { try r.setSeries(key, values) }
        }
        let expected = r.epoch.isEmpty ? 0 : r.epoch.count - 1
        guard epochs == expected else {
            throw Document.problem("dataset \(prefix)/num_epochs holds \(epochs), but \(prefix)/epoch has \(r.epoch.count) values")
        }
        r.bestEpoch = try doc.integer(prefix + "/best_epoch", in: 0...NetworkCodec.maxSize)
        r.bestPerf = try doc.float64Scalar(prefix + "/best_perf")
        r.bestVperf = try doc.float64Scalar(prefix + "/best_vperf")
        r.bestTperf = try doc.float64Scalar(prefix + "/best_tperf")
        let goal = try doc.float64Scalar(prefix + "/goal")
        guard goal.bitPattern == r.options.goal.bitPattern else {
            throw Document.problem("dataset \(prefix)/goal holds \(goal), but \(prefix)/options/trainParam/goal holds \(r.options.goal)")
        }
        r.numSamples = try doc.integer(prefix + "/num_samples", in: 0...NetworkCodec.maxSize)
        r.numThreads = try doc.integer(prefix + "/num_threads", in: 1...Int(Int32.max))
        r.timing.jacobian = try doc.float64Scalar(prefix + "/time_jacobian")
        r.timing.jtj = try doc.float64Scalar(prefix + "/time_jtj")
        r.timing.solve = try doc.float64Scalar(prefix + "/time_solve")
        r.timing.forward = try doc.float64Scalar(prefix + "/time_forward")
        r.timing.total = try doc.float64Scalar(prefix + "/time_total")
        r.timing.solves = try doc.integer(prefix + "/num_solves", in: 0...Int.max)
        for (key, mask) in masks {
            let p = prefix + "/" + mask
            let indices = try IndexMask.decode(doc.uint8(p, shape: [r.numSamples]).values, path: p)
            switch key {
            case "trainInd": r.trainInd = indices
            case "valInd": r.valInd = indices
            default: r.testInd = indices
            }
        }
        do {
            try validate(r)
        } catch let e as LMNetError {
            throw Document.problem("group \(prefix): \(e.message)")
        }
        return r
    }
}
