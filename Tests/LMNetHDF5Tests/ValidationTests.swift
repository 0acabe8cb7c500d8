import Foundation
import LMNetCore
import XCTest
@testable import LMNetHDF5

/// Each kind of bad file or bad value gives its own clear error naming the file and the problem.
final class ValidationTests: TemporaryDirectoryTestCase {
    private func modelDocument() throws -> Document {
        let net = try Make.network(hidden: [3], inputs: 2, outputs: 2, seed: 5)
        return Container.complete(try ModelFile.content(net, record: try Make.record(epochs: 2, samples: 4, seed: 6),
                                                        options: TrainingOptions()), kind: .model)
    }

    /// Writes `doc` after `change`, with a correct content checksum and seal.
    private func craft(_ name: String, _ doc: Document, _ change: (inout Document) -> Void) throws -> String {
        var d = doc
        change(&d)
        d[ContentChecksum.path] = .string(ContentChecksum.compute(d))
        let file = path(name)
        try Container.saveAsIs(d, to: file, durable: false)
        return file
    }

    private func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let file = path(name)
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        return file
    }

    func testFilesThatAreNotLMNetFiles() throws {
        assertError(.io, path("nothing.h5"), ["cannot open for reading", "No such file"]) { try ModelFile.load(path("nothing.h5")) }
        assertError(.io, directory, ["not a regular file"]) { try ModelFile.load(directory) }
        let empty = try write("empty.h5", [])
        assertError(.format, empty, ["the file is empty"]) { try ModelFile.load(empty) }
        let text = try write("text.h5", Array("x,t\n1,2\n".utf8))
        assertError(.format, text, ["not an LMNet file"]) { try DatasetFile.load(text) }
        // A plain HDF5 file (no seal): the bytes LMNet writes before sealing.
        let plain = path("plain.h5")
        try HDF5FileWriter.create(plain, with: try modelDocument(), rootAttributes: [])
        assertError(.format, plain, ["an HDF5 file without the LMNet header"]) { try ModelFile.load(plain) }
    }

    func testSealProblems() throws {
        let net = try Make.network(hidden: [2], inputs: 1, outputs: 1, seed: 1)
        try ModelFile.save(net, to: path("good.h5"))
        let good = try AtomicFile.readAll(path("good.h5"))

        let truncated = try write("truncated.h5", Array(good.prefix(good.count - 100)))
        assertError(.format, truncated, ["truncated: \(good.count - 100) bytes, the header says \(good.count)"]) { try ModelFile.load(truncated) }
        let short = try write("short.h5", Array(good.prefix(300)))
        assertError(.format, short, ["truncated"]) { try ModelFile.load(short) }
        let extended = try write("extended.h5", good + [0])
        assertError(.format, extended, ["bytes appended"]) { try ModelFile.load(extended) }

        // One flipped bit in the last weight's bytes: caught by the seal.
        var flipped = good
        flipped[flipped.count / 2] ^= 0x01
        let flippedFile = try write("flipped.h5", flipped)
        assertError(.format, flippedFile, ["damaged: file checksum mismatch"]) { try ModelFile.load(flippedFile) }

        // A newer seal: refused as a newer format, not as damage.
        var newer = good
        let marker = Array("\nseal 1\n".utf8)
        let at = try XCTUnwrap((0..<512).first { Array(good[$0..<($0 + marker.count)]) == marker })
        newer[at + 6] = UInt8(ascii: "2")
        let newerFile = try write("newer-seal.h5", newer)
        assertError(.formatVersion, newerFile, ["seal version 2 is newer than this library's 1"]) { try ModelFile.load(newerFile) }
    }

    /// A weight changed behind a recomputed seal: only the content checksum can tell.
    func testContentChecksumCatchesChangedValues() throws {
        var doc = try modelDocument()
        guard case .float64(var w) = doc["/network/layer_1/weights"]?.values else { return XCTFail("no weights") }
        w[0] = w[0].nextUp
        doc["/network/layer_1/weights"] = .float64(w, shape: [2, 3])
        let file = path("changed.h5")
        try Container.saveAsIs(doc, to: file, durable: false)  // checksum not recomputed
        assertError(.format, file, ["damaged: content checksum mismatch"]) { try ModelFile.load(file) }
    }

    func testFormatNameAndVersion() throws {
        let doc = try modelDocument()
        let v2 = try craft("v2.h5", doc) { $0["/meta/format_version"] = .scalar(2) }
        assertError(.formatVersion, v2, ["format_version 2 is newer than this library's 1"]) { try ModelFile.load(v2) }
        let v0 = try craft("v0.h5", doc) { $0["/meta/format_version"] = .scalar(0) }
        assertError(.format, v0, ["/meta/format_version is 0"]) { try ModelFile.load(v0) }
        let other = try craft("other.h5", doc) { $0["/meta/format"] = .string("keras.model") }
        assertError(.format, other, ["/meta/format is 'keras.model', not an LMNet format"]) { try ModelFile.load(other) }
        assertError(.format, other, []) { try RecordFile.load(other) }
        let asRecord = try craft("record-kind.h5", doc) { $0["/meta/format"] = .string("lmnet.record") }
        assertError(.format, asRecord, ["holds an lmnet.record file, expected lmnet.model"]) { try ModelFile.load(asRecord) }
        let algorithm = try craft("algorithm.h5", doc) { $0["/meta/checksum_algorithm"] = .string("crc32") }
        assertError(.format, algorithm, ["/meta/checksum_algorithm is 'crc32'"]) { try ModelFile.load(algorithm) }
    }

    func testNetworkLayoutProblems() throws {
        let doc = try modelDocument()
        let cases: [(String, String, (inout Document) -> Void)] = [
            ("missing dataset /network/layer_2/weights", "missing.h5", { $0["/network/layer_2/weights"] = nil }),
            ("dataset /network/layer_1/weights has shape (3, 2), expected (2, 3)", "transposed.h5", {
                if case .float64(let v) = $0["/network/layer_1/weights"]?.values { $0["/network/layer_1/weights"] = .float64(v, shape: [3, 2]) }
            }),
            ("dataset /network/layer_1/bias has shape (3), expected (1, 3)", "flat-bias.h5", {
                if case .float64(let v) = $0["/network/layer_1/bias"]?.values { $0["/network/layer_1/bias"] = .float64(v, shape: [3]) }
            }),
            ("dataset /network/num_inputs has type float64, expected int64", "float-count.h5", { $0["/network/num_inputs"] = .scalar(2.0) }),
            ("dataset /network/num_inputs holds 0, expected a value in 1...", "zero-inputs.h5", { $0["/network/num_inputs"] = .scalar(0) }),
            ("dataset /network/input_processing/xmin has shape (1, 2), expected (1, 3)", "more-inputs.h5", { $0["/network/num_inputs"] = .scalar(3) }),
            ("dataset /network/layer_2/weights holds a non-finite weight (nan) at element 1", "nan.h5", {
                if case .float64(var v) = $0["/network/layer_2/weights"]?.values { v[1] = .nan; $0["/network/layer_2/weights"] = .float64(v, shape: [3, 2]) }
            }),
            ("dataset /network/layer_1/transfer_fcn holds unknown transfer function 'foo'", "foo.h5", { $0["/network/layer_1/transfer_fcn"] = .string("foo") }),
            ("holds unknown processing function 'mapstd'", "mapstd.h5", {
                $0["/network/output_processing/process_fcns"] = .strings(["removeconstantrows", "mapstd"])
            }),
            ("dataset /network/layer_sizes has shape (2), expected (3)", "sizes.h5", { $0["/network/num_layers"] = .scalar(3) }),
            ("gives the output layer 2 neurons, but output processing keeps 1 of the 2 target rows", "kept.h5", {
                $0["/network/output_processing/xmin"] = .float64([-1, 5], shape: [1, 2])
                $0["/network/output_processing/xmax"] = .float64([3, 5], shape: [1, 2])
            }),
            ("dataset /meta/library_version has type int64, expected string", "lib.h5", { $0["/meta/library_version"] = .scalar(1) }),
            // Sizes are checked against the stored arrays before anything is allocated.
            ("dataset /network/layer_1/bias has shape (1, 3), expected (1, 2147483648)", "huge.h5", {
                $0["/network/layer_sizes"] = .int64([1 << 31, 2], shape: [2])
            }),
        ]
        for (fragment, name, change) in cases {
            let file = try craft(name, doc, change)
            assertError(.format, file, [fragment]) { try ModelFile.load(file) }
        }
    }

    func testOptionAndRecordProblems() throws {
        let doc = try modelDocument()
        let cases: [(String, String, (inout Document) -> Void)] = [
            ("dataset /options/trainParam/mu: option 'mu' must be a positive finite number, got -1.0", "mu.h5", {
                $0["/options/trainParam/mu"] = .scalar(-1.0)
            }),
            ("dataset /options/trainFcn: unknown trainFcn 'trainscg'", "trainscg.h5", { $0["/options/trainFcn"] = .string("trainscg") }),
            ("dataset /options/divideParam/valInd holds 0; expected 1-based sample indices", "index0.h5", {
                $0["/options/divideParam/valInd"] = .int64([0], shape: [1])
            }),
            ("missing dataset /options/seed", "seed.h5", { $0["/options/seed"] = nil }),
            ("dataset /training/stop is 'Validation stop.', but stop_reason 6 means 'Minimum gradient reached.'", "stop.h5", {
                $0["/training/stop"] = .string("Validation stop.")
            }),
            ("dataset /training/stop_reason holds unknown stop reason 42", "reason.h5", { $0["/training/stop_reason"] = .scalar(42) }),
            ("dataset /training/num_epochs holds 5, but /training/epoch has 3 values", "epochs.h5", { $0["/training/num_epochs"] = .scalar(5) }),
            ("series 'perf' has 2 values, 'epoch' has 3", "perf.h5", { $0["/training/perf"] = .float64([1, 2], shape: [2]) }),
            ("dataset /training/val_mask holds 2; a mask holds only 0 and 1", "mask.h5", {
                $0["/training/val_mask"] = .uint8([0, 2, 0, 0], shape: [4])
            }),
            ("dataset /training/train_mask has shape (3), expected (4)", "mask-size.h5", {
                $0["/training/train_mask"] = .uint8([0, 1, 0], shape: [3])
            }),
            ("dataset /training/goal holds 1.0, but /training/options/trainParam/goal holds", "goal.h5", {
                $0["/training/goal"] = .scalar(1.0)
            }),
            ("best_epoch 9 is outside 0...2", "best.h5", { $0["/training/best_epoch"] = .scalar(9) }),
        ]
        for (fragment, name, change) in cases {
            let file = try craft(name, doc, change)
            assertError(.format, file, [fragment]) { try ModelFile.load(file) }
        }
    }

    func testDatasetFileProblems() throws {
        let d = try Make.dataset(samples: 4, inputs: 2, outputs: 1, names: true, division: true, seed: 3)
        var content = Document()
        try DatasetCodec.encode(d, into: &content)
        let doc = Container.complete(content, kind: .dataset)
        let cases: [(String, String, (inout Document) -> Void)] = [
            ("dataset /x: x holds inf", "inf.h5", {
                $0["/x"] = .float64([1, 2, .infinity, 4, 5, 6, 7, 8], shape: [4, 2])
            }),
            ("dataset /t has shape (3, 1), expected (4, any)", "t.h5", { $0["/t"] = .float64([1, 2, 3], shape: [3, 1]) }),
            ("dataset /input_names has shape (3), expected (2)", "names.h5", { $0["/input_names"] = .strings(["a", "b", "c"]) }),
            ("missing dataset /test_mask", "masks.h5", { $0["/test_mask"] = nil }),
            ("a dataset needs at least 1 sample and 1 input", "empty.h5", {
                $0["/x"] = .float64([], shape: [0, 2])
                $0["/t"] = .float64([], shape: [0, 1])
            }),
        ]
        for (fragment, name, change) in cases {
            let file = try craft(name, doc, change)
            assertError(.format, file, [fragment]) { try DatasetFile.load(file) }
        }
        // The dataset file without its optional parts still loads.
        let minimal = try craft("minimal.h5", doc) {
            for p in ["/input_names", "/target_names", "/train_mask", "/val_mask", "/test_mask"] { $0[p] = nil }
        }
        let loaded = try DatasetFile.load(minimal)
        XCTAssertEqual(loaded.inputNames, [])
        XCTAssertEqual(loaded.trainInd, [])
        XCTAssertTrue(Same.bits(loaded.x, d.x))
    }

    func testValuesThatCannotBeSaved() throws {
        let file = path("bad.h5")
        assertError(.notConfigured, file, ["cannot save: the network is not configured"]) { try ModelFile.save(try Network(hiddenSizes: [2]), to: file) }
        var net = try Make.network(hidden: [2], inputs: 2, outputs: 1, seed: 1)
        net.weights[3] = .infinity
        assertError(.nonFinite, file, ["cannot save: weight 3 (0-based, getwb order) is inf"]) { try ModelFile.save(net, to: file) }
        net.weights = [1, 2]
        assertError(.dimension, file, ["holds 2 weights, its architecture needs 9"]) { try ModelFile.save(net, to: file) }
        net = try Make.network(hidden: [2], inputs: 2, outputs: 1, seed: 1)
        net.transferFunctions = [.tansig]
        assertError(.dimension, file, ["2 layers but 1 transfer functions"]) { try ModelFile.save(net, to: file) }

        net = try Make.network(hidden: [2], inputs: 2, outputs: 1, seed: 1)
        var record = try Make.record(epochs: 3, samples: 5, seed: 2)
        record.perf.removeLast()
        assertError(.invalidArgument, file, ["record: series 'perf' has 3 values, 'epoch' has 4"]) { try ModelFile.save(net, record: record, to: file) }
        record = try Make.record(epochs: 3, samples: 5, seed: 2)
        record.valInd = [7]
        assertError(.invalidArgument, file, ["record valInd holds index 7, outside 0..<5"]) { try RecordFile.save(record, to: file) }
        record = try Make.record(epochs: 3, samples: 5, seed: 2)
        record.bestEpoch = 4
        assertError(.invalidArgument, file, ["best_epoch 4 is outside 0...3"]) { try RecordFile.save(record, to: file) }

        var d = try Make.dataset(samples: 4, inputs: 2, outputs: 1, names: false, division: false, seed: 3)
        d.inputNames = ["only one"]
        assertError(.dimension, file, ["input_names holds 1 names for 2 rows"]) { try DatasetFile.save(d, to: file) }
        d.inputNames = ["a\u{0}b", "c"]
        assertError(.invalidArgument, file, ["NUL"]) { try DatasetFile.save(d, to: file) }
        d.inputNames = []
        d.testInd = [1, 1]
        assertError(.invalidArgument, file, ["dataset testInd holds index 1 twice"]) { try DatasetFile.save(d, to: file) }
        XCTAssertFalse(FileManager.default.fileExists(atPath: file), "a refused save must not create the file")

        let missingDir = path("no/such/dir/m.h5")
        assertError(.io, missingDir, ["cannot save: cannot create the HDF5 file"]) { try ModelFile.save(net, to: missingDir) }
        assertError(.io, directory + "/", ["cannot save: not a file name"]) { try ModelFile.save(net, to: directory + "/") }
        let sub = path("sub")
        try FileManager.default.createDirectory(atPath: sub, withIntermediateDirectories: false)
        assertError(.io, sub, ["cannot save: cannot replace the file: Is a directory"]) { try ModelFile.save(net, to: sub) }
        try FileManager.default.removeItem(atPath: sub)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory), [], "no temporary file left behind")
    }
}
