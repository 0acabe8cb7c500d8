import Foundation
import LMNetCore
import XCTest
@testable import LMNetHDF5

/// A save that fails or is killed halfway leaves the earlier file loadable.
final class InterruptedSaveTests: TemporaryDirectoryTestCase {
    struct InjectedFailure: Error {}

    override func tearDownWithError() throws {
        AtomicFile.failureHook.withLock { $0 = nil }
        try super.tearDownWithError()
    }

    /// A failure injected at every stage of a save: the error reaches the caller, the
    /// earlier file is untouched and no temporary file is left.
    func testFailedSavesKeepTheEarlierFile() throws {
        let file = path("model.h5")
        let earlier = try Make.network(hidden: [3], inputs: 2, outputs: 1, seed: 1)
        let later = try Make.network(hidden: [8, 8], inputs: 4, outputs: 3, seed: 2)
        try ModelFile.save(earlier, to: file)
        let earlierBytes = try AtomicFile.readAll(file)

        for stage in [AtomicFile.Stage.beforeWrite, .beforeSeal, .beforeRename] {
            AtomicFile.failureHook.withLock { hook in
                hook = { if $0 == stage { throw LMNetError(.io, "injected failure at \(stage)") } }
            }
            assertError(.io, file, ["cannot save: injected failure at \(stage)"]) {
                try ModelFile.save(later, record: try Make.record(epochs: 9, samples: 30, seed: 3), to: file)
            }
            XCTAssertEqual(try AtomicFile.readAll(file), earlierBytes, "\(stage)")
            XCTAssertTrue(Same.network(try ModelFile.load(file).network, earlier), "\(stage)")
            XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory), ["model.h5"], "\(stage): temporary file left")
        }
        // Datasets and records go through the same path.
        AtomicFile.failureHook.withLock { $0 = nil }
        try DatasetFile.save(try Make.dataset(samples: 5, inputs: 1, outputs: 1, names: false, division: false, seed: 4), to: path("d.h5"))
        AtomicFile.failureHook.withLock { $0 = { if $0 == .beforeRename { throw InjectedFailure() } } }
        XCTAssertThrowsError(try DatasetFile.save(try Make.dataset(samples: 9, inputs: 2, outputs: 1, names: false, division: false, seed: 5), to: path("d.h5")))
        XCTAssertEqual(try DatasetFile.load(path("d.h5")).sampleCount, 5)

        AtomicFile.failureHook.withLock { $0 = nil }
        try ModelFile.save(later, to: file)
        XCTAssertTrue(Same.network(try ModelFile.load(file).network, later))
    }

    /// A child process saving two models in turn is killed (SIGKILL) at random moments:
    /// the file always loads, as one of the two models.
    func testKilledSavesLeaveALoadableFile() throws {
        let file = path("model.h5")
        let (a, b) = try Self.childModels()
        try ModelFile.save(a, to: file)
        var rng = TestRandom(5)
        var interrupted = 0
        for round in 0..<10 {
            let marker = file + ".started"
            let child = Process()
            child.executableURL = URL(fileURLWithPath: "/proc/self/exe")
            child.arguments = ["LMNetHDF5Tests.InterruptedSaveTests/testChildSaveLoop"]
            child.environment = ProcessInfo.processInfo.environment.merging(["LMNET_HDF5_SAVE_LOOP": file]) { $1 }
            child.standardOutput = FileHandle.nullDevice
            child.standardError = FileHandle.nullDevice
            try child.run()
            let deadline = Date().addingTimeInterval(60)
            while !FileManager.default.fileExists(atPath: marker), child.isRunning, Date() < deadline {
                Thread.sleep(forTimeInterval: 0.002)
            }
            XCTAssertTrue(child.isRunning, "round \(round): the child stopped before it was killed")
            Thread.sleep(forTimeInterval: Double(rng.below(40)) / 1000)
            kill(child.processIdentifier, SIGKILL)
            child.waitUntilExit()
            XCTAssertEqual(child.terminationReason, .uncaughtSignal)

            let loaded = try ModelFile.load(file).network
            XCTAssertTrue(Same.network(loaded, a) || Same.network(loaded, b), "round \(round): loaded a model that was never saved")
            // A kill mid-save may leave the hidden temporary file, never anything else.
            for name in try FileManager.default.contentsOfDirectory(atPath: directory) where name != "model.h5" {
                XCTAssertTrue(name.hasPrefix(".model.h5.tmp-") || name == "model.h5.started", name)
                if name.hasPrefix(".model.h5.tmp-") { interrupted += 1 }
                try FileManager.default.removeItem(atPath: path(name))
            }
        }
        print("killed saves: \(interrupted) of 10 left a temporary file (killed mid-save)")
    }

    /// The two models the child process alternates between.
    static func childModels() throws -> (Network, Network) {
        (try Make.network(hidden: [20, 20], inputs: 8, outputs: 4, seed: 31),
         try Make.network(hidden: [5], inputs: 3, outputs: 2, seed: 32))
    }

    /// Not a test on its own: the child process of `testKilledSavesLeaveALoadableFile`.
    func testChildSaveLoop() throws {
        guard let file = ProcessInfo.processInfo.environment["LMNET_HDF5_SAVE_LOOP"] else {
            throw XCTSkip("runs only as the child process of testKilledSavesLeaveALoadableFile")
        }
        let (a, b) = try Self.childModels()
        let record = try Make.record(epochs: 200, samples: 500, seed: 33)
        let start = Date()
        var n = 0
        while Date().timeIntervalSince(start) < 60 {  // killed long before; the limit only guards against orphans
            try ModelFile.save(n % 2 == 0 ? b : a, record: n % 2 == 0 ? record : nil, to: file)
            if n == 0 { _ = FileManager.default.createFile(atPath: file + ".started", contents: nil) }
            n += 1
        }
    }
}
