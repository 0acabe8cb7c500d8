import LMNetCore
import Foundation

/// MATLAB's command-line training progress: a line at epoch 0, every `show` epochs and
/// at the stop, then "Training with TRAINLM completed: <stop>".
struct ProgressPrinter {
    let options: TrainingOptions

    func handle(_ r: TrainingRecord) -> Bool {
        let e = r.numEpochs
        let show = options.show
        let due = e == 0 || r.stopReason != .none || (!show.isNaN && e % Int(show) == 0)
        if due { print(line(r)) }
        if r.stopReason != .none {
            print("Training with \(options.trainFcn.rawValue.uppercased()) completed: \(r.stop)")
        }
        return false
    }

    func line(_ r: TrainingRecord) -> String {
        let i = r.numEpochs
        func g(_ v: Double) -> String { String(format: "%.3g", v) }
        var s = "Epoch \(String(format: "%4d", i))/\(options.epochs), Time \(String(format: "%.3f", r.time[i]))"
        s += ", Performance \(g(r.perf[i]))/\(g(options.goal)), Gradient \(g(r.gradient[i]))/\(g(options.minGrad))"
        s += ", Mu \(g(r.mu[i]))/\(g(options.muMax))"
        if options.trainFcn == .trainbr, i < r.gamk.count {
            s += ", Gamma \(g(r.gamk[i]))"
        } else {
            s += ", Validation Checks \(Int(r.valFail[i]))/\(options.maxFail)"
        }
        return s
    }
}
