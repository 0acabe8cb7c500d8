import LMNetCore

/// The content of an LMNet file in memory: every dataset by its absolute path
/// ("/network/layer_1/weights"); groups are implied by the paths. Encoders fill one,
/// the HDF5 writer stores it, the reader rebuilds it, decoders read it back through
/// the typed accessors below, which throw `.format` errors naming the dataset and the
/// problem ("missing dataset X", "dataset X has shape A, expected B", ...).
struct Document: Sendable {
    private(set) var arrays: [String: StoredArray] = [:]

    init() {}

    subscript(path: String) -> StoredArray? {
        get { arrays[path] }
        set { arrays[path] = newValue }
    }

    /// Paths in the canonical order: ascending by UTF-8 bytes.
    var sortedPaths: [String] { arrays.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) } }

    /// Whether any dataset lives at or below `group` ("/options").
    func containsGroup(_ group: String) -> Bool {
        let prefix = group + "/"
        return arrays.keys.contains { $0.hasPrefix(prefix) }
    }

    // MARK: Typed reading

    func array(_ path: String) throws -> StoredArray {
        guard let a = arrays[path] else { throw Document.problem("missing dataset \(path)") }
        return a
    }

    /// The array at `path` after checking its shape; nil entries of `shape` match any size.
    func array(_ path: String, shape: [Int?]) throws -> StoredArray {
        let a = try array(path)
        let matches = a.shape.count == shape.count && zip(a.shape, shape).allSatisfy { $1 == nil || $0 == $1 }
        guard matches else {
            throw Document.problem("dataset \(path) has shape \(StoredArray.describe(a.shape)), expected \(StoredArray.describe(shape))")
        }
        return a
    }

    func float64(_ path: String, shape: [Int?]) throws -> (values: [Double], shape: [Int]) {
        let a = try array(path, shape: shape)
        guard case .float64(let v) = a.values else { throw Document.wrongType(path, a, "float64") }
        return (v, a.shape)
    }

    func int64(_ path: String, shape: [Int?]) throws -> (values: [Int64], shape: [Int]) {
        let a = try array(path, shape: shape)
        guard case .int64(let v) = a.values else { throw Document.wrongType(path, a, "int64") }
        return (v, a.shape)
    }

    func uint8(_ path: String, shape: [Int?]) throws -> (values: [UInt8], shape: [Int]) {
        let a = try array(path, shape: shape)
        guard case .uint8(let v) = a.values else { throw Document.wrongType(path, a, "uint8") }
        return (v, a.shape)
    }

    func strings(_ path: String, shape: [Int?]) throws -> [String] {
        let a = try array(path, shape: shape)
        guard case .strings(let bytes, let width) = a.values else { throw Document.wrongType(path, a, "string") }
        guard let list = StoredArray.decodeStrings(bytes, width: width) else {
            throw Document.problem("dataset \(path) holds a string that is not valid UTF-8")
        }
        return list
    }

    func float64Scalar(_ path: String) throws -> Double { try float64(path, shape: []).values[0] }

    func string(_ path: String) throws -> String { try strings(path, shape: [])[0] }

    /// An int64 scalar within `range`, as Int.
    func integer(_ path: String, in range: ClosedRange<Int>) throws -> Int {
        let v = try int64(path, shape: []).values[0]
        guard v >= Int64(range.lowerBound), v <= Int64(range.upperBound) else {
            throw Document.problem("dataset \(path) holds \(v), expected a value in \(range.lowerBound)...\(range.upperBound)")
        }
        return Int(v)
    }

    /// A 1-D string list whose elements are all valid raw values of `E`.
    func names<E: RawRepresentable>(_ path: String, as _: E.Type, what: String,
                                    count: Int? = nil) throws -> [E] where E.RawValue == String {
        try strings(path, shape: [count]).map { name in
            guard let e = E(rawValue: name) else { throw Document.problem("dataset \(path) holds unknown \(what) '\(name)'") }
            return e
        }
    }

    /// A scalar string that is a raw value of `E`.
    func name<E: RawRepresentable>(_ path: String, as _: E.Type, what: String) throws -> E where E.RawValue == String {
        let name = try string(path)
        guard let e = E(rawValue: name) else { throw Document.problem("dataset \(path) holds unknown \(what) '\(name)'") }
        return e
    }

    static func problem(_ message: String) -> LMNetError { LMNetError(.format, message) }

    static func wrongType(_ path: String, _ a: StoredArray, _ expected: String) -> LMNetError {
        problem("dataset \(path) has type \(a.typeName), expected \(expected)")
    }
}
