import LMNetCore
import LMNetHDF5
import Foundation

enum ModelStore {
    static func save(_ net: Network, record: TrainingRecord?, options: TrainingOptions?, to path: String) throws {
        try ModelFile.save(net, record: record, options: options, to: path)
    }
}

/// `lmnet train DATA.h5 -o MODEL.h5 [options]`: trains a fitnet on a dataset file (its
/// stored division, when present, is used through divideind).
enum TrainCommand {
    static func run(_ args: Arguments) throws {
        guard let dataPath = args.positional.first, let output = args.string("-o") else {
            throw Arguments.Failure(description: "usage: lmnet train DATA.h5 -o MODEL.h5 [--hidden 10] [--seed N] [--epochs N] [--train-fcn trainlm|trainbr] [--divide-fcn F] [--quiet]")
        }
        let data = try DatasetFile.load(dataPath)
        guard data.outputCount > 0 else { throw Arguments.Failure(description: "\(dataPath) holds no targets t to train on") }
        var options = TrainingOptions()
        if let f = args.string("--train-fcn") { try options.setString("trainFcn", f) }
        if let s = try args.uint64("--seed") { try options.set("seed", Double(s)) }
        if let e = try args.int("--epochs") { try options.set("epochs", Double(e)) }
        if let f = args.string("--divide-fcn") {
            try options.setString("divideFcn", f)
        } else if !data.trainInd.isEmpty {
            options.divideFcn = .divideind
            options.trainInd = data.trainInd
            options.valInd = data.valInd
            options.testInd = data.testInd
        }
        var net = try Network(hiddenSizes: try args.intList("--hidden") ?? [10])
        let printer = ProgressPrinter(options: options)
        let quiet = args.has("--quiet")
        let progress: ProgressHandler? = quiet ? nil : { printer.handle($0) }
        let record = try net.train(x: data.x, t: data.t, sampleCount: data.sampleCount, inputCount: data.inputCount,
                                   outputCount: data.outputCount, options: options, progress: progress)
        if !quiet { Summary.print(record, network: net) }
        try ModelFile.save(net, record: record, options: options, to: output)
        print("Saved the model to \(output)")
    }
}

/// `lmnet sim MODEL.h5 DATA.h5 -o OUT.h5`: outputs y = net(x) as a dataset (x, t = y).
enum SimCommand {
    static func run(_ args: Arguments) throws {
        let files = args.positional
        guard files.count == 2, let output = args.string("-o") else {
            throw Arguments.Failure(description: "usage: lmnet sim MODEL.h5 DATA.h5 -o OUT.h5")
        }
        let net = try ModelFile.load(files[0]).network
        let data = try DatasetFile.load(files[1])
        guard data.inputCount == net.inputCount else {
            throw Arguments.Failure(description: "\(files[1]) has \(data.inputCount) inputs, the model expects \(net.inputCount)")
        }
        let y = try net.simulate(data.x, sampleCount: data.sampleCount)
        var out = try Dataset(x: data.x, t: y, sampleCount: data.sampleCount, inputCount: data.inputCount, outputCount: net.outputCount)
        out.inputNames = data.inputNames
        try DatasetFile.save(out, to: output)
        var summary = "Wrote \(data.sampleCount) outputs of \(net.outputCount) values to \(output) (dataset: x = inputs, t = outputs)"
        if data.outputCount == net.outputCount {
            let mse = try PerformanceMeasure(.mse).perform(t: data.t, y: y)
            summary += String(format: "; MSE against the dataset's targets %.4e", mse)
        }
        print(summary)
    }
}

/// `lmnet info MODEL.h5`: architecture, processing and training summary of a model file.
enum InfoCommand {
    static func run(_ args: Arguments) throws {
        guard let path = args.positional.first else { throw Arguments.Failure(description: "usage: lmnet info MODEL.h5") }
        let (net, record, options) = try ModelFile.load(path)
        let layers = ["\(net.inputCount)"] + net.layerSizes.map(String.init)
        print("Model \(path)")
        print("  architecture       \(layers.joined(separator: "-")) (\(net.weightCount) weights)")
        print("  transfer functions \(net.transferFunctions.map(\.rawValue).joined(separator: ", "))")
        print("  input processing   \(net.inputProcessing.functions.map(\.rawValue).joined(separator: ", ")); xmin \(net.inputProcessing.xmin), xmax \(net.inputProcessing.xmax)")
        print("  output processing  \(net.outputProcessing.functions.map(\.rawValue).joined(separator: ", ")); xmin \(net.outputProcessing.xmin), xmax \(net.outputProcessing.xmax)")
        if let options { print("  training function \(options.trainFcn.rawValue), \(options.performFcn.rawValue), \(options.divideFcn.rawValue), seed \(options.seed)") }
        if let r = record {
            print("  training           \(r.numEpochs) epochs, stop: \(r.stop)")
            print(String(format: "  best epoch         %d: train %.4e, val %.4e, test %.4e", r.bestEpoch, r.bestPerf, r.bestVperf, r.bestTperf))
        }
    }
}
