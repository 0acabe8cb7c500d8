import Foundation
import LMNetCore
import XCTest
@testable import LMNetHDF5

/// Damaged files of every kind give an error — never a crash, never a silently
/// different model.
final class DamagedFileTests: TemporaryDirectoryTestCase {
    /// One kind of file: a saved example, its loader, and a check that a loaded value is the original.
    struct Base {
        let name: String
        let bytes: [UInt8]
        let load: (String) throws -> Void
        let loadsOriginal: (String) throws -> Bool
    }

    /// LMNET_HDF5_FUZZ_SCALE=k runs k times more damaged files, from other seeds (default 1).
    static let scale = max(1, Int(ProcessInfo.processInfo.environment["LMNET_HDF5_FUZZ_SCALE"] ?? "") ?? 1)

    private func bases() throws -> [Base] {
        let net = try Make.network(hidden: [4, 3], inputs: 3, outputs: 2, constantInputs: [2], seed: 11)
        let record = try Make.record(epochs: 5, samples: 12, trainbr: true, seed: 12)
        let options = try Make.options()
        let dataset = try Make.dataset(samples: 10, inputs: 3, outputs: 2, names: true, division: true, seed: 13)
        try ModelFile.save(net, record: record, options: options, to: path("model.h5"))
        try RecordFile.save(record, to: path("record.h5"))
        try DatasetFile.save(dataset, to: path("dataset.h5"))
        func bytes(_ name: String) throws -> [UInt8] { try AtomicFile.readAll(path(name)) }
        return [
            Base(name: "model", bytes: try bytes("model.h5"), load: { _ = try ModelFile.load($0) }, loadsOriginal: {
                let m = try ModelFile.load($0)
                return Same.network(m.network, net) && m.record.map { Same.record($0, record) } == true
                    && m.options.map { Same.options($0, options) } == true
            }),
            Base(name: "record", bytes: try bytes("record.h5"), load: { _ = try RecordFile.load($0) },
                 loadsOriginal: { Same.record(try RecordFile.load($0), record) }),
            Base(name: "dataset", bytes: try bytes("dataset.h5"), load: { _ = try DatasetFile.load($0) },
                 loadsOriginal: { Same.dataset(try DatasetFile.load($0), dataset) }),
        ]
    }

    /// Truncated, flipped, overwritten and extended files: every one is refused (the seal
    /// covers every byte), with a `.format` error naming the file.
    func testRandomByteDamageIsAlwaysDetected() throws {
        let bases = try bases()
        var rng = TestRandom(2024 &+ UInt64(Self.scale))
        var counts = [String: Int]()
        for i in 0..<(1200 * Self.scale) {
            let base = bases[i % bases.count]
            var bytes = base.bytes
            let kind: String
            switch rng.below(4) {
            case 0:
                kind = "truncated"
                bytes.removeLast(1 + rng.below(bytes.count))
            case 1:
                kind = "flipped"
                for _ in 0...rng.below(4) { bytes[rng.below(bytes.count)] ^= UInt8(1 + rng.below(255)) }
            case 2:
                kind = "overwritten"
                let start = rng.below(bytes.count), length = min(1 + rng.below(64), bytes.count - start)
                for j in start..<(start + length) { bytes[j] = UInt8(truncatingIfNeeded: rng.next()) }
            default:
                kind = "extended"
                bytes += (0...rng.below(100)).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
            }
            if bytes == base.bytes { continue }  // random overwrite that changed nothing
            counts[kind, default: 0] += 1
            let file = path("damaged\(i).h5")
            try Data(bytes).write(to: URL(fileURLWithPath: file))
            let message = assertError(.format, file) { try base.load(file) }
            XCTAssertFalse(message.isEmpty)
            try? FileManager.default.removeItem(atPath: file)
        }
        XCTAssertGreaterThan(counts.values.reduce(0, +), 1180 * Self.scale)
        XCTAssertEqual(counts.count, 4)
    }

    /// Datasets removed, reshaped or retyped in files that are otherwise perfectly
    /// consistent (content checksum and seal recomputed): the layout checks refuse them all.
    func testRemovedReshapedAndRetypedDatasetsAreRefused() throws {
        let bases = try bases()
        var rng = TestRandom(77 &+ UInt64(Self.scale))
        /// Datasets that are optional one by one (the file is valid without them).
        let optional: Set<String> = ["/input_names", "/target_names"]
        var done = 0
        var attempt = 0
        while done < 300 * Self.scale {
            attempt += 1
            let base = bases[attempt % bases.count]
            var doc = try Container.document(of: base.bytes, expecting: FileKind.allCases[attempt % bases.count])
            let paths = doc.sortedPaths.filter { !optional.contains($0) }
            let target = paths[rng.below(paths.count)]
            guard let array = doc[target] else { continue }
            let what: String
            switch rng.below(3) {
            case 0:
                what = "removed"
                doc[target] = nil
            case 1:
                guard let shape = Self.otherShape(array.shape, &rng) else { continue }
                what = "reshaped to \(shape)"
                doc[target] = StoredArray(shape: shape, values: array.values)
            default:
                what = "retyped"
                doc[target] = Self.otherType(array)
            }
            if target != ContentChecksum.path, doc[ContentChecksum.path] != nil {
                doc[ContentChecksum.path] = .string(ContentChecksum.compute(doc))
            }
            let file = path("structural\(attempt).h5")
            try Container.saveAsIs(doc, to: file, durable: false)
            do {
                try base.load(file)
                XCTFail("\(base.name): \(target) \(what) was accepted")
            } catch let e as LMNetError {
                XCTAssertEqual(e.kind, .format, e.message)
                XCTAssertTrue(e.message.hasPrefix(file + ": "), e.message)
            }
            try? FileManager.default.removeItem(atPath: file)
            done += 1
        }
    }

    /// Damage behind a recomputed seal reaches HDF5 and the content checksum: it must
    /// be refused, or (bytes HDF5 does not use) give back exactly the original content.
    func testDamageBehindAValidSealNeverCrashesOrChangesContent() throws {
        let bases = try bases()
        var rng = TestRandom(99 &+ UInt64(Self.scale))
        var refused = 0, harmless = 0
        for i in 0..<(300 * Self.scale) {
            let base = bases[i % bases.count]
            var bytes = base.bytes
            for _ in 0...rng.below(3) {
                let at = FileSeal.userBlockSize + rng.below(bytes.count - FileSeal.userBlockSize)
                bytes[at] ^= UInt8(1 + rng.below(255))
            }
            for j in 0..<FileSeal.userBlockSize { bytes[j] = 0 }
            try FileSeal.seal(&bytes, format: "lmnet.\(base.name)")
            let file = path("resealed\(i).h5")
            try Data(bytes).write(to: URL(fileURLWithPath: file))
            do {
                let same = try base.loadsOriginal(file)
                XCTAssertTrue(same, "\(base.name) \(i): damaged file loaded as different content")
                harmless += 1
            } catch let e as LMNetError {
                XCTAssertTrue([.format, .formatVersion].contains(e.kind), e.message)
                refused += 1
            }
            try? FileManager.default.removeItem(atPath: file)
        }
        XCTAssertGreaterThan(refused, 200 * Self.scale, "harmless \(harmless)")
    }

    /// A shape with the same number of elements that LMNet must refuse (different rank or order).
    static func otherShape(_ shape: [Int], _ rng: inout TestRandom) -> [Int]? {
        switch shape.count {
        case 0: return [1]
        case 1: return rng.below(2) == 0 ? [1, shape[0]] : [shape[0], 1]
        default:
            if shape[0] != shape[1], rng.below(2) == 0 { return [shape[1], shape[0]] }
            return [shape[0] * shape[1]]
        }
    }

    /// The same values stored with another element type.
    static func otherType(_ a: StoredArray) -> StoredArray {
        switch a.values {
        case .float64(let v): return .int64(v.map { $0.isFinite ? Int64(max(-1e18, min(1e18, $0))) : 0 }, shape: a.shape)
        case .int64(let v): return .float64(v.map(Double.init), shape: a.shape)
        case .uint8(let v): return .int64(v.map(Int64.init), shape: a.shape)
        case .strings(let bytes, let width):
            return StoredArray(shape: a.shape + [width], values: .uint8(bytes))
        }
    }
}
