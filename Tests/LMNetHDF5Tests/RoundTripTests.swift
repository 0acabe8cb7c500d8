import Foundation
import LMNetCore
import XCTest
@testable import LMNetHDF5

/// Save then load gives back exactly what was saved, and a loaded model predicts bit-identically.
final class RoundTripTests: TemporaryDirectoryTestCase {
    /// Architectures × transfer functions × processing variants.
    func testModelsRoundTripAndPredictIdentically() throws {
        struct Case { let hidden: [Int]; let inputs: Int; let outputs: Int; let transfer: [TransferFunction]?
                      var inputFcns = Processing.matlabDefault; var outputFcns = Processing.matlabDefault
                      var constantInputs: Set<Int> = []; var constantOutputs: Set<Int> = [] }
        let all = TransferFunction.allCases
        var cases: [Case] = [
            Case(hidden: [10], inputs: 1, outputs: 1, transfer: nil),
            Case(hidden: [], inputs: 3, outputs: 2, transfer: [.purelin]),
            Case(hidden: [5, 3], inputs: 4, outputs: 3, transfer: [.logsig, .tansig, .purelin]),
            Case(hidden: [4], inputs: 5, outputs: 2, transfer: nil, constantInputs: [1, 3], constantOutputs: [0]),
            Case(hidden: [3, 3, 2], inputs: 2, outputs: 4, transfer: [.radbas, .poslin, .satlins, .tribas],
                 inputFcns: [.mapminmax], outputFcns: [], constantOutputs: [2]),
            Case(hidden: [2], inputs: 3, outputs: 1, transfer: [.elliotsig, .satlin], inputFcns: [.removeconstantrows],
                 outputFcns: [.mapminmax, .removeconstantrows], constantInputs: [0]),
        ]
        // Every transfer function in every position of a 3-layer network.
        for (i, f) in all.enumerated() {
            cases.append(Case(hidden: [3, 2], inputs: 2, outputs: 2, transfer: [f, all[(i + 3) % all.count], all[(i + 5) % all.count]]))
        }
        for (n, c) in cases.enumerated() {
            let net = try Make.network(hidden: c.hidden, inputs: c.inputs, outputs: c.outputs, transfer: c.transfer,
                                       inputFcns: c.inputFcns, outputFcns: c.outputFcns,
                                       constantInputs: c.constantInputs, constantOutputs: c.constantOutputs, seed: UInt64(n + 1))
            let file = path("model\(n).h5")
            try ModelFile.save(net, to: file)
            let loaded = try ModelFile.load(file)
            XCTAssertTrue(Same.network(net, loaded.network), "case \(n)")
            XCTAssertEqual(net, loaded.network, "case \(n)")
            XCTAssertNil(loaded.record)
            XCTAssertNil(loaded.options)

            let x = Make.inputs(samples: 37, inputs: c.inputs, seed: UInt64(100 + n))
            let before = try net.simulate(x, sampleCount: 37)
            let after = try loaded.network.simulate(x, sampleCount: 37)
            XCTAssertTrue(Same.bits(before, after), "case \(n): predictions differ")
            XCTAssertEqual(before.count, 37 * c.outputs)
        }
    }

    func testModelWithRecordAndOptions() throws {
        let net = try Make.network(hidden: [6, 4], inputs: 3, outputs: 2, constantOutputs: [1], seed: 7)
        for trainbr in [false, true] {
            let record = try Make.record(epochs: 12, samples: 40, trainbr: trainbr, seed: 8)
            let options = try Make.options(trainFcn: trainbr ? .trainbr : .trainlm)
            let file = path("full-\(trainbr).h5")
            try ModelFile.save(net, record: record, options: options, to: file)
            let loaded = try ModelFile.load(file)
            XCTAssertTrue(Same.network(net, loaded.network))
            let r = try XCTUnwrap(loaded.record)
            XCTAssertTrue(Same.record(record, r))
            XCTAssertEqual(r.stop, "Minimum gradient reached.")
            XCTAssertEqual(r.gamk.count, trainbr ? 13 : 0)
            let o = try XCTUnwrap(loaded.options)
            XCTAssertTrue(Same.options(options, o))
            XCTAssertTrue(try o.value("show").isNaN)
            XCTAssertEqual(try o.indices("trainInd"), [0, 2, 4, 6])
        }
        // Record only, options only.
        let record = try Make.record(epochs: 3, samples: 5, seed: 9)
        try ModelFile.save(net, record: record, to: path("r.h5"))
        let r = try ModelFile.load(path("r.h5"))
        XCTAssertNotNil(r.record)
        XCTAssertNil(r.options)
        try ModelFile.save(net, options: TrainingOptions(), to: path("o.h5"))
        let o = try ModelFile.load(path("o.h5"))
        XCTAssertNil(o.record)
        XCTAssertEqual(o.options, TrainingOptions())
    }

    func testRecordFiles() throws {
        var cases = [try Make.record(epochs: 0, samples: 1, seed: 1), try Make.record(epochs: 50, samples: 200, trainbr: true, seed: 2)]
        cases.append(TrainingRecord())  // empty record: no epochs, no samples
        for stop in StopReason.allCases {
            var r = try Make.record(epochs: 4, samples: 10, seed: UInt64(10 + stop.rawValue))
            r.stopReason = stop
            cases.append(r)
        }
        for (n, record) in cases.enumerated() {
            let file = path("record\(n).h5")
            try RecordFile.save(record, to: file)
            XCTAssertTrue(Same.record(record, try RecordFile.load(file)), "case \(n)")
        }
    }

    func testDatasetFiles() throws {
        let cases = [
            try Make.dataset(samples: 1, inputs: 1, outputs: 1, names: false, division: false, seed: 1),
            try Make.dataset(samples: 50, inputs: 3, outputs: 2, names: true, division: true, seed: 2),
            try Make.dataset(samples: 20, inputs: 4, outputs: 0, names: true, division: false, seed: 3),
            try Make.dataset(samples: 9, inputs: 2, outputs: 5, names: false, division: true, seed: 4),
        ]
        for (n, d) in cases.enumerated() {
            let file = path("data\(n).h5")
            try DatasetFile.save(d, to: file)
            XCTAssertTrue(Same.dataset(d, try DatasetFile.load(file)), "case \(n)")
        }
        // Unordered division comes back ascending.
        var d = cases[1]
        d.trainInd = [5, 1, 3]
        try DatasetFile.save(d, to: path("unordered.h5"))
        XCTAssertEqual(try DatasetFile.load(path("unordered.h5")).trainInd, [1, 3, 5])
    }

    /// The same content gives the same bytes (no timestamps), so files can be compared and committed.
    func testSavingIsDeterministic() throws {
        let net = try Make.network(hidden: [3], inputs: 2, outputs: 1, seed: 3)
        let record = try Make.record(epochs: 2, samples: 6, seed: 4)
        try ModelFile.save(net, record: record, options: TrainingOptions(), to: path("a.h5"))
        Thread.sleep(forTimeInterval: 1.1)
        try ModelFile.save(net, record: record, options: TrainingOptions(), to: path("b.h5"))
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path("a.h5"))), try Data(contentsOf: URL(fileURLWithPath: path("b.h5"))))
    }

    /// Saving over an existing file replaces it; saves and loads run on many threads at
    /// once, each getting back exactly its own content.
    func testOverwriteAndConcurrentUse() throws {
        let file = path("m.h5")
        let a = try Make.network(hidden: [2], inputs: 1, outputs: 1, seed: 1)
        let b = try Make.network(hidden: [5, 5], inputs: 3, outputs: 2, seed: 2)
        try ModelFile.save(a, to: file)
        try ModelFile.save(b, to: file)
        XCTAssertTrue(Same.network(b, try ModelFile.load(file).network))
        let results = LockedResults()
        let dir = directory
        DispatchQueue.concurrentPerform(iterations: 16) { i in
            do {
                let own = try Make.network(hidden: [1 + i % 4], inputs: 1 + i % 3, outputs: 1 + i % 2, seed: UInt64(100 + i))
                let ownFile = dir + "/t\(i).h5"
                for _ in 0..<3 {
                    try ModelFile.save(own, to: ownFile)
                    guard Same.network(own, try ModelFile.load(ownFile).network) else { return results.append("\(i): own differs") }
                    guard Same.network(b, try ModelFile.load(file).network) else { return results.append("\(i): shared differs") }
                }
                results.append("ok")
            } catch {
                results.append("\(i): \(error)")
            }
        }
        XCTAssertEqual(results.values, Array(repeating: "ok", count: 16))
    }

    /// HDF5 prints its error stack to stderr unless told not to, per thread: a failure
    /// inside HDF5 on a fresh thread must print nothing and end up in the message.
    func testHDF5ErrorsAreCollectedNotPrinted() throws {
        try ModelFile.save(try Make.network(hidden: [2], inputs: 1, outputs: 1, seed: 1), to: path("m.h5"))
        var bytes = try AtomicFile.readAll(path("m.h5"))
        bytes[FileSeal.userBlockSize] ^= 0xff  // HDF5's superblock signature, behind a valid seal
        for j in 0..<FileSeal.userBlockSize { bytes[j] = 0 }
        try FileSeal.seal(&bytes, format: "lmnet.model")
        let file = path("bad-superblock.h5")
        try Data(bytes).write(to: URL(fileURLWithPath: file))

        let captured = path("stderr.txt")
        let savedStderr = dup(2)
        let sink = open(captured, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        XCTAssertGreaterThanOrEqual(sink, 0)
        dup2(sink, 2)
        let message = LockedResults()
        let done = DispatchSemaphore(value: 0)
        Thread {
            do { _ = try ModelFile.load(file) } catch { message.append("\(error)") }
            done.signal()
        }.start()
        done.wait()
        dup2(savedStderr, 2)
        close(sink)
        close(savedStderr)
        XCTAssertEqual(try String(contentsOfFile: captured, encoding: .utf8), "", "HDF5 printed to stderr")
        let text = try XCTUnwrap(message.values.first)
        XCTAssertTrue(text.hasPrefix(file + ": not a readable HDF5 file (HDF5: "), text)
    }
}

final class LockedResults: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []
    func append(_ v: String) { lock.lock(); items.append(v); lock.unlock() }
    var values: [String] { lock.lock(); defer { lock.unlock() }; return items }
}
