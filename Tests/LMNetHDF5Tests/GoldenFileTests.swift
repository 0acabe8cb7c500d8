import Foundation
import LMNetCore
import XCTest
@testable import LMNetHDF5

/// Files written by format version 1 (Golden/*_v1.h5) load with exactly the values
/// they were written with. Every future version must keep passing this.
final class GoldenFileTests: XCTestCase {
    static let names = ["model_v1", "model_v1_predictions", "model_linear_v1", "record_v1", "dataset_v1"]

    private func golden(_ name: String) throws -> String {
        try XCTUnwrap(Bundle.module.path(forResource: name, ofType: "h5", inDirectory: "Golden"), "Golden/\(name).h5 is missing")
    }

    func testModelV1() throws {
        let loaded = try ModelFile.load(try golden("model_v1"))
        let expected = try GoldenV1.model()
        XCTAssertTrue(Same.network(loaded.network, expected))
        XCTAssertEqual(loaded.network.hiddenSizes, [3, 2])
        XCTAssertEqual(loaded.network.layerSizes, [3, 2, 2])
        XCTAssertEqual(loaded.network.inputProcessing.keptRows, [0, 2])
        XCTAssertTrue(Same.bits(loaded.network.weights, GoldenV1.modelWeights))
        XCTAssertTrue(Same.options(try XCTUnwrap(loaded.options), try GoldenV1.modelOptions()))
        XCTAssertTrue(Same.record(try XCTUnwrap(loaded.record), try GoldenV1.modelRecord()))
        XCTAssertEqual(loaded.record?.stop, "Maximum epoch reached.")
    }

    /// The stored predictions were computed when the file was written; today's forward
    /// pass must agree (to rounding: the summation order may change between versions).
    func testModelV1Predictions() throws {
        let net = try ModelFile.load(try golden("model_v1")).network
        let check = try DatasetFile.load(try golden("model_v1_predictions"))
        XCTAssertTrue(Same.bits(check.x, GoldenV1.predictionInputs))
        XCTAssertEqual(check.outputCount, 2)
        let y = try net.simulate(check.x, sampleCount: check.sampleCount)
        XCTAssertEqual(y.count, check.t.count)
        for (a, b) in zip(y, check.t) {
            XCTAssertEqual(a, b, accuracy: 1e-12 * max(1, abs(b)))
        }
    }

    func testLinearModelV1() throws {
        let loaded = try ModelFile.load(try golden("model_linear_v1"))
        XCTAssertTrue(Same.network(loaded.network, try GoldenV1.linearModel()))
        XCTAssertNil(loaded.options)
        XCTAssertNil(loaded.record)
        // y = 0.125 + 2.5 x1' - 0.375 x2' with x' = mapminmax(x); outputs unprocessed.
        let y = try loaded.network.simulate([1.0, 10.0, 0.0, -10.0], sampleCount: 2)
        XCTAssertEqual(y.count, 2)
        XCTAssertEqual(y[0], 2.25, accuracy: 1e-14)
        XCTAssertEqual(y[1], -2.0, accuracy: 1e-14)
    }

    func testRecordV1() throws {
        let loaded = try RecordFile.load(try golden("record_v1"))
        XCTAssertTrue(Same.record(loaded, try GoldenV1.record()))
        XCTAssertEqual(loaded.stop, "Validation stop.")
        XCTAssertEqual(loaded.ssX, [10.0, 12.5, 13.0])
    }

    func testDatasetV1() throws {
        let loaded = try DatasetFile.load(try golden("dataset_v1"))
        XCTAssertTrue(Same.dataset(loaded, try GoldenV1.dataset()))
        XCTAssertEqual(loaded.inputNames, ["temperature", "pressure"])
    }

    /// Golden files are what their name says: loading one as another kind is refused.
    func testKindsAreChecked() throws {
        let path = try golden("dataset_v1")
        XCTAssertThrowsError(try ModelFile.load(path)) { error in
            XCTAssertTrue("\(error)".contains("holds an lmnet.dataset file, expected lmnet.model"), "\(error)")
        }
    }

    /// Generator, run once per format version:
    ///   LMNET_WRITE_GOLDEN=1 swift test --filter GoldenFileTests/testWriteGoldenFiles
    /// Writes into the source tree (Tests/LMNetHDF5Tests/Golden), never over an existing file.
    func testWriteGoldenFiles() throws {
        try XCTSkipUnless(ProcessInfo.processInfo.environment["LMNET_WRITE_GOLDEN"] == "1",
                          "generator; set LMNET_WRITE_GOLDEN=1 to write the golden files")
        let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden").path
        func target(_ name: String) throws -> String {
            let p = directory + "/" + name + ".h5"
            if FileManager.default.fileExists(atPath: p) { throw LMNetError(.io, "\(p) exists; golden files are written once") }
            return p
        }
        let model = try GoldenV1.model()
        try ModelFile.save(model, record: try GoldenV1.modelRecord(), options: try GoldenV1.modelOptions(), to: try target("model_v1"))
        let y = try model.simulate(GoldenV1.predictionInputs, sampleCount: 5)
        let check = try Dataset(x: GoldenV1.predictionInputs, t: y, sampleCount: 5, inputCount: 3, outputCount: 2)
        try DatasetFile.save(check, to: try target("model_v1_predictions"))
        try ModelFile.save(try GoldenV1.linearModel(), to: try target("model_linear_v1"))
        try RecordFile.save(try GoldenV1.record(), to: try target("record_v1"))
        try DatasetFile.save(try GoldenV1.dataset(), to: try target("dataset_v1"))
    }
}
