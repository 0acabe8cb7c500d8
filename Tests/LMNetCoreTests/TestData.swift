import Foundation
@testable import LMNetCore

/// Small deterministic problems shared by the tests.
enum TestData {
    /// The reference problem t = -x·sin(10x), x = 0.001·(1...1000).
    static func reference() -> (x: [Double], t: [Double]) {
        let x = (1...1000).map { Double($0) / 1000 }
        return (x, x.map { -$0 * sin(10 * $0) })
    }

    /// A smooth map from `inputs` to `outputs` values on `samples` pseudo-random points.
    static func smooth(samples: Int, inputs: Int, outputs: Int, seed: UInt64 = 7) -> (x: [Double], t: [Double]) {
        var rng = RandomSource(seed: seed, stream: .division)
        var x = [Double](), t = [Double]()
        for _ in 0..<samples {
            let p = (0..<inputs).map { _ in rng.symmetric() * 3 }
            x += p
            for o in 0..<outputs {
                t.append(sin(p.enumerated().reduce(0) { $0 + Double($1.offset + o + 1) * $1.element * 0.5 }) * Double(o + 2) + Double(o))
            }
        }
        return (x, t)
    }

    /// A configured network with random weights (uniform ±scale).
    static func network(hidden: [Int], transfer: [TransferFunction], x: [Double], t: [Double],
                        inputs: Int, outputs: Int, seed: UInt64 = 3, scale: Double = 1) throws -> Network {
        var net = try Network(hiddenSizes: hidden)
        net.transferFunctions = transfer
        let q = x.count / inputs
        try x.withUnsafeBufferPointer { xb in
            try t.withUnsafeBufferPointer { tb in
                try net.configure(x: xb, t: tb, sampleCount: q, inputCount: inputs, outputCount: outputs, seed: seed)
            }
        }
        var rng = RandomSource(seed: seed, stream: .initialization)
        net.weights = net.weights.map { _ in rng.symmetric() * scale }
        return net
    }
}
