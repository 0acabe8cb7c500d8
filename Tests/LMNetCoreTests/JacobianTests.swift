import XCTest
@testable import LMNetCore

/// The analytic Jacobian (backpropagation) against central finite differences of the
/// simulated outputs, through the quantities training uses: JᵀJ and Jᵀe.
final class JacobianTests: XCTestCase {
    func check(hidden: [Int], transfer: [TransferFunction], inputs: Int, outputs: Int, samples: Int = 23,
               file: StaticString = #filePath, line: UInt = #line) throws {
        let (x, t) = TestData.smooth(samples: samples, inputs: inputs, outputs: outputs)
        let net = try TestData.network(hidden: hidden, transfer: transfer, x: x, t: t, inputs: inputs, outputs: outputs, scale: 0.8)
        let division = Division(train: Array(0..<samples), val: [], test: [])
        let problem = try x.withUnsafeBufferPointer { xb in
            try t.withUnsafeBufferPointer { tb in try TrainingProblem(network: net, x: xb, t: tb, sampleCount: samples, division: division) }
        }
        let p = net.weightCount
        _ = net.weights.withUnsafeBufferPointer { problem.accumulate(weights: $0.baseAddress!) }
        // Finite-difference J (rows (q, o), columns w) of the simulated outputs.
        let y0 = try net.simulate(x, sampleCount: samples)
        let rows = samples * outputs
        var jfd = [Double](repeating: 0, count: rows * p)
        let h = 1e-6
        for i in 0..<p {
            var plus = net, minus = net
            plus.weights[i] += h
            minus.weights[i] -= h
            let yp = try plus.simulate(x, sampleCount: samples), ym = try minus.simulate(x, sampleCount: samples)
            for r in 0..<rows { jfd[r * p + i] = (yp[r] - ym[r]) / (2 * h) }
        }
        var maxJtJ = 0.0, errJtJ = 0.0, maxJte = 0.0, errJte = 0.0
        for a in 0..<p {
            var jte = 0.0
            for r in 0..<rows { jte += jfd[r * p + a] * (t[r] - y0[r]) }
            maxJte = max(maxJte, abs(jte))
            errJte = max(errJte, abs(jte - problem.jte[a]))
            for b in a..<p {
                var s = 0.0
                for r in 0..<rows { s += jfd[r * p + a] * jfd[r * p + b] }
                maxJtJ = max(maxJtJ, abs(s))
                errJtJ = max(errJtJ, abs(s - problem.jtj[b * problem.ld + a]))  // upper triangle, column-major
            }
        }
        XCTAssertLessThan(errJtJ / maxJtJ, 1e-6, "JᵀJ relative error for \(transfer)", file: file, line: line)
        XCTAssertLessThan(errJte / maxJte, 1e-6, "Jᵀe relative error for \(transfer)", file: file, line: line)
    }

    func testEveryTransferFunctionOneOutput() throws {
        for f in TransferFunction.allCases {
            try check(hidden: [5], transfer: [f, .purelin], inputs: 2, outputs: 1)
            try check(hidden: [4], transfer: [.tansig, f], inputs: 1, outputs: 1)
        }
    }

    func testEveryTransferFunctionThreeOutputs() throws {
        for f in TransferFunction.allCases {
            try check(hidden: [4, 3], transfer: [f, .tansig, f], inputs: 2, outputs: 3)
        }
    }

    func testDeeperArchitectures() throws {
        try check(hidden: [6, 5, 4], transfer: [.tansig, .logsig, .elliotsig, .purelin], inputs: 3, outputs: 2)
        try check(hidden: [], transfer: [.purelin], inputs: 2, outputs: 3)
        try check(hidden: [60], transfer: [.radbas, .purelin], inputs: 1, outputs: 1, samples: 1600)  // two Jacobian blocks
    }
}
