import LMNetCore
import Foundation

let usage = """
usage: lmnet <command> [options]
  demo   [--seed N] [--hidden 20,20,10] [--epochs N] [-o MODEL.h5]
                                      train the reference problem t = -x.*sin(10x), print progress and a summary
  train  DATA.h5 -o MODEL.h5 [--hidden 10] [--seed N] [--epochs N] [--train-fcn trainlm|trainbr] [--divide-fcn F]
  sim    MODEL.h5 DATA.h5 -o OUT.h5     simulate a model on the inputs of a dataset, write the outputs as a dataset
  info   MODEL.h5                       describe a model file
  bench  [--json FILE] [--threads N] [--quick]   measure time per epoch against the BLAS floor
"""

let argv = Array(CommandLine.arguments.dropFirst())
guard let command = argv.first else {
    print(usage)
    exit(2)
}
let args = Arguments(words: Array(argv.dropFirst()))
do {
    switch command {
    case "demo": try DemoCommand.run(args)
    case "train": try TrainCommand.run(args)
    case "sim": try SimCommand.run(args)
    case "info": try InfoCommand.run(args)
    case "bench": try BenchCommand.run(args)
    case "-h", "--help", "help": print(usage)
    default:
        FileHandle.standardError.write("lmnet: unknown command '\(command)'\n\(usage)\n".data(using: .utf8)!)
        exit(2)
    }
} catch {
    FileHandle.standardError.write("lmnet: \(error)\n".data(using: .utf8)!)
    exit(1)
}
