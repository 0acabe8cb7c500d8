import LMNetCore
import Foundation

/// `lmnet demo`: trains the reference problem with MATLAB's defaults and prints progress
/// and a summary.
enum DemoCommand {
    static func run(_ args: Arguments) throws {
        let seed = try args.uint64("--seed") ?? 0
        let hidden = try args.intList("--hidden") ?? ReferenceProblem.hiddenSizes
        let (x, t) = ReferenceProblem.data()
        var options = TrainingOptions()
        try options.set("seed", Double(seed))
        if let e = try args.int("--epochs") { try options.set("epochs", Double(e)) }
        var net = try Network(hiddenSizes: hidden)
        // The demo always saves its model (out/reference-model.h5 unless -o names a file).
        let output = args.string("-o") ?? args.string("--output") ?? "out/reference-model.h5"
        print("LMNet \(LMNetVersion.string): t = -x.*sin(10*x), x = 0.001*(1:1000); network 1-\(hidden.map(String.init).joined(separator: "-"))-1, seed \(seed)")
        print("Training with TRAINLM.")
        let printer = ProgressPrinter(options: options)
        let record = try net.train(x: x, t: t, sampleCount: x.count, inputCount: 1, outputCount: 1,
                                   options: options, progress: printer.handle)
        Summary.print(record, network: net)
        let folder = URL(fileURLWithPath: output).deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try ModelStore.save(net, record: record, options: options, to: output)
        print("Saved the model, its processing settings and this training record to \(output)")
    }
}

enum Summary {
    static func print(_ r: TrainingRecord, network net: Network) {
        func e(_ v: Double) -> String { String(format: "%.4e", v) }
        let perEpoch = r.numEpochs > 0 ? r.timing.total / Double(r.numEpochs) * 1000 : 0
        Swift.print("""

        Summary
          stop reason        \(r.stop)
          epochs             \(r.numEpochs) (best epoch \(r.bestEpoch))
          weights            \(net.weightCount)
          division           \(r.trainInd.count)/\(r.valInd.count)/\(r.testInd.count) (train/val/test)
          best train MSE     \(e(r.bestPerf))
          best val MSE       \(e(r.bestVperf))
          best test MSE      \(e(r.bestTperf))
          val MSE < 1e-6     \(r.vperf.firstIndex(where: { $0 < 1e-6 }).map { "first at epoch \($0)" } ?? "not reached")
          total time         \(String(format: "%.3f", r.timing.total)) s
          time per epoch     \(String(format: "%.2f", perEpoch)) ms (Jacobian \(ms(r.timing.jacobian, r)), JᵀJ \(ms(r.timing.jtj, r)), solves \(ms(r.timing.solve, r)), trial evaluations \(ms(r.timing.forward, r)) ms per epoch; \(String(format: "%.2f", Double(r.timing.solves) / Double(max(r.numEpochs, 1)))) solves per epoch)
          threads            \(r.numThreads)
        """)
    }

    static func ms(_ s: Double, _ r: TrainingRecord) -> String {
        String(format: "%.2f", s / Double(max(r.numEpochs, 1)) * 1000)
    }
}
