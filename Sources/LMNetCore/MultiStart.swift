import Dispatch
#if canImport(Glibc)
import Glibc
#endif

/// Trains K copies of a network from K seeds on parallel threads and keeps the best,
/// because Levenberg–Marquardt finds local minima (MATLAB users retrain and keep the
/// best network by validation performance).
public enum MultiStart {
    public struct Result: Sendable {
        public var network: Network
        public var record: TrainingRecord
        public var winner: Int
        /// Every start's best validation and training performance.
        public var bestVperf: [Double]
        public var bestPerf: [Double]
    }

    /// Each start i configures (when the network is unconfigured) or re-initializes the
    /// network from seeds[i]; the division comes from options.seed and is the same for all
    /// starts. The winner has the lowest best_vperf (best_perf when there is no validation
    /// set), ties to the lower index, so the result does not depend on `threads`.
    public static func train(_ network: Network, options: TrainingOptions, x: UnsafeBufferPointer<Double>,
                             t: UnsafeBufferPointer<Double>, sampleCount: Int, inputCount: Int, outputCount: Int,
                             seeds: [UInt64], threads: Int) throws -> Result {
        try Network.validate(x: x, t: t, sampleCount: sampleCount, inputCount: inputCount, outputCount: outputCount)
        guard !seeds.isEmpty else { throw LMNetError(.dimension, "multi-start needs at least one seed") }
        let slots = Slots(count: seeds.count)
        let workers = max(1, min(threads, seeds.count))
        // Read-only for the duration of the call.
        nonisolated(unsafe) let x = x, t = t
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            for i in stride(from: worker, to: seeds.count, by: workers) {
                slots.store(i, Result.start(network, seed: seeds[i], options: options, x: x, t: t,
                                            sampleCount: sampleCount, inputCount: inputCount, outputCount: outputCount))
            }
        }
        var runs: [(Network, TrainingRecord)] = []
        for r in slots.results { runs.append(try r!.get()) }
        let vperf = runs.map { $0.1.bestVperf }, perf = runs.map { $0.1.bestPerf }
        let score = vperf.allSatisfy({ !$0.isNaN }) ? vperf : perf
        var winner = 0
        for i in 1..<runs.count where score[i] < score[winner] || (score[winner].isNaN && !score[i].isNaN) { winner = i }
        return Result(network: runs[winner].0, record: runs[winner].1, winner: winner, bestVperf: vperf, bestPerf: perf)
    }
}

extension MultiStart.Result {
    static func start(_ network: Network, seed: UInt64, options: TrainingOptions, x: UnsafeBufferPointer<Double>,
                      t: UnsafeBufferPointer<Double>, sampleCount: Int, inputCount: Int, outputCount: Int)
        -> Result<(Network, TrainingRecord), Error> {
        Result<(Network, TrainingRecord), Error> {
            var net = network
            if net.isConfigured {
                try net.initialize(seed: seed)
            } else {
                try net.configure(x: x, t: t, sampleCount: sampleCount, inputCount: inputCount, outputCount: outputCount, seed: seed)
            }
            let record = try net.train(x: x, t: t, sampleCount: sampleCount, inputCount: inputCount,
                                       outputCount: outputCount, options: options)
            return (net, record)
        }
    }
}

/// One result slot per start, each written by exactly one worker.
private final class Slots: @unchecked Sendable {
    private(set) var results: [Result<(Network, TrainingRecord), Error>?]
    private let lock = Mutex()
    init(count: Int) { results = Array(repeating: nil, count: count) }
    func store(_ i: Int, _ r: Result<(Network, TrainingRecord), Error>) {
        lock.withLock { results[i] = r }
    }
}

/// A small mutex over pthread.
final class Mutex: @unchecked Sendable {
    private var mutex = pthread_mutex_t()
    init() { pthread_mutex_init(&mutex, nil) }
    deinit { pthread_mutex_destroy(&mutex) }
    func withLock<T>(_ body: () throws -> T) rethrows -> T {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        return try body()
    }
}
