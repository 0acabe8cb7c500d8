import CLMNet
import LMNetCore

/// Options from a handle, or the defaults for NULL.
private func optionsOrDefault(_ opts: OpaquePointer?) throws -> TrainingOptions {
    opts == nil ? TrainingOptions() : (try unbox(opts, "opts") as OptionsBox).options
}

@c @implementation
public func lmnet_train(_ net: OpaquePointer?, _ opts: OpaquePointer?, _ x: UnsafePointer<Double>?, _ t: UnsafePointer<Double>?,
                        _ nSamples: Int64, _ nInputs: Int64, _ nOutputs: Int64, _ progress: lmnet_progress_fn?,
                        _ user: UnsafeMutableRawPointer?, _ recordOut: UnsafeMutablePointer<OpaquePointer?>?) -> lmnet_status {
    api {
        let box: NetworkBox = try unbox(net, "net")
        let options = try optionsOrDefault(opts)
        let (xb, tb) = try trainingData(x, t, nSamples, nInputs, nOutputs)
        // The callback sees the record so far through one handle that lives for the call.
        let live = RecordBox(TrainingRecord())
        let handle = OpaquePointer(Unmanaged.passUnretained(live).toOpaque())
        let handler: ProgressHandler? = progress.map { fn in
            { record in
                live.record = record
                defer { live.record = TrainingRecord() }
                return fn(handle, user) != 0
            }
        }
        var network = box.network
        let record = try network.train(x: xb, t: tb, sampleCount: Int(nSamples), inputCount: Int(nInputs),
                                       outputCount: Int(nOutputs), options: options, progress: handler)
        box.network = network
        if let recordOut { handOut(RecordBox(record), to: recordOut) }
    }
}

@c @implementation
public func lmnet_perform(_ net: OpaquePointer?, _ opts: OpaquePointer?, _ t: UnsafePointer<Double>?, _ y: UnsafePointer<Double>?,
                          _ nSamples: Int64, _ nOutputs: Int64, _ out: UnsafeMutablePointer<Double>?) -> lmnet_status {
    api {
        let options = try optionsOrDefault(opts)
        guard nSamples >= 1, nOutputs >= 1 else {
            throw LMNetError(.dimension, "n_samples and n_outputs must be positive, got \(nSamples) and \(nOutputs)")
        }
        let n = try elementCount(nSamples, nOutputs, "t")
        let tb = try inputArray(t, n, "t"), yb = try inputArray(y, n, "y")
        let out = try requireOut(out, "out")
        var weights: [Double] = []
        if options.regularization > 0 {
            guard net != nil else { throw LMNetError(.invalidArgument, "net is NULL but regularization is \(options.regularization) (it needs the weights)") }
            let network = (try unbox(net, "net") as NetworkBox).network
            guard network.isConfigured else { throw LMNetError(.notConfigured, "regularization needs the weights, but the network is not configured") }
            weights = network.weights
        }
        out.pointee = try PerformanceMeasure(options).perform(t: tb, y: yb, weights: weights)
    }
}

@c @implementation
public func lmnet_train_multistart(_ net: OpaquePointer?, _ opts: OpaquePointer?, _ x: UnsafePointer<Double>?,
                                   _ t: UnsafePointer<Double>?, _ nSamples: Int64, _ nInputs: Int64, _ nOutputs: Int64,
                                   _ seeds: UnsafePointer<UInt64>?, _ numStarts: Int64, _ numThreads: Int32,
                                   _ bestOut: UnsafeMutablePointer<OpaquePointer?>?, _ recordOut: UnsafeMutablePointer<OpaquePointer?>?,
                                   _ winner: UnsafeMutablePointer<Int64>?, _ bestVperf: UnsafeMutablePointer<Double>?,
                                   _ bestPerf: UnsafeMutablePointer<Double>?) -> lmnet_status {
    api {
        let box: NetworkBox = try unbox(net, "net")
        let options = try optionsOrDefault(opts)
        let (xb, tb) = try trainingData(x, t, nSamples, nInputs, nOutputs)
        let bestOut = try requireOut(bestOut, "best_out")
        guard numStarts >= 1, numStarts <= 100_000 else { throw LMNetError(.dimension, "num_starts must be in 1...100000, got \(numStarts)") }
        guard numThreads >= 1, numThreads <= 1024 else { throw LMNetError(.invalidArgument, "num_threads must be in 1...1024, got \(numThreads)") }
        guard let seeds else { throw LMNetError(.invalidArgument, "seeds is NULL") }
        let seedList = (0..<Int(numStarts)).map { seeds[$0] }
        let result = try MultiStart.train(box.network, options: options, x: xb, t: tb, sampleCount: Int(nSamples),
                                          inputCount: Int(nInputs), outputCount: Int(nOutputs), seeds: seedList,
                                          threads: Int(numThreads))
        handOut(NetworkBox(result.network), to: bestOut)
        if let recordOut { handOut(RecordBox(result.record), to: recordOut) }
        winner?.pointee = Int64(result.winner)
        for i in 0..<seedList.count {
            bestVperf?[i] = result.bestVperf[i]
            bestPerf?[i] = result.bestPerf[i]
        }
    }
}
