/// One HDF5 dataset as LMNet files hold it: a C-order array of one of the four element
/// types the format allows (float64, int64, uint8, fixed-length strings). `shape` is
/// empty for a scalar.
struct StoredArray: Sendable {
    enum Values: Sendable {
        case float64([Double])
        case int64([Int64])
        case uint8([UInt8])
        /// Fixed-length strings: `width` bytes each, NUL-padded, concatenated.
        case strings(bytes: [UInt8], width: Int)
    }

    let shape: [Int]
    let values: Values

    /// Number of elements: the product of the shape (1 for a scalar).
    var count: Int { shape.reduce(1, *) }

    /// Number of elements the values hold (must equal `count`).
    var valueCount: Int {
        switch values {
        case .float64(let v): return v.count
        case .int64(let v): return v.count
        case .uint8(let v): return v.count
        case .strings(let bytes, let width): return width > 0 ? bytes.count / width : 0
        }
    }

    /// The type's name in messages and in docs/file-format.md.
    var typeName: String {
        switch values {
        case .float64: return "float64"
        case .int64: return "int64"
        case .uint8: return "uint8"
        case .strings: return "string"
        }
    }

    /// A shape as messages print it: "scalar", "(4)", "(2, 3)".
    static func describe(_ shape: [Int?]) -> String {
        shape.isEmpty ? "scalar" : "(" + shape.map { $0.map(String.init) ?? "any" }.joined(separator: ", ") + ")"
    }

    // MARK: Building values to store

    static func float64(_ v: [Double], shape: [Int]) -> StoredArray { StoredArray(shape: shape, values: .float64(v)) }
    static func int64(_ v: [Int64], shape: [Int]) -> StoredArray { StoredArray(shape: shape, values: .int64(v)) }
    static func uint8(_ v: [UInt8], shape: [Int]) -> StoredArray { StoredArray(shape: shape, values: .uint8(v)) }
    static func scalar(_ v: Double) -> StoredArray { float64([v], shape: []) }
    static func scalar(_ v: Int) -> StoredArray { int64([Int64(v)], shape: []) }
    static func string(_ s: String) -> StoredArray { strings([s], shape: []) }
    static func strings(_ list: [String]) -> StoredArray { strings(list, shape: [list.count]) }

    /// Fixed-length strings as wide as the longest UTF-8 encoding (at least 1 byte, HDF5's minimum).
    /// Callers make sure no string holds a NUL (`requireStorable`).
    static func strings(_ list: [String], shape: [Int]) -> StoredArray {
        let encoded = list.map { Array($0.utf8) }
        let width = max(1, encoded.map(\.count).max() ?? 0)
        var bytes = [UInt8]()
        bytes.reserveCapacity(width * encoded.count)
        for e in encoded { bytes += e + [UInt8](repeating: 0, count: width - e.count) }
        return StoredArray(shape: shape, values: .strings(bytes: bytes, width: width))
    }

    /// Whether a string survives NUL padding unchanged.
    static func isStorable(_ s: String) -> Bool { !s.utf8.contains(0) }

    /// Decodes fixed-length strings: each element up to its first NUL, as UTF-8.
    static func decodeStrings(_ bytes: [UInt8], width: Int) -> [String]? {
        guard width > 0 else { return nil }
        var out: [String] = []
        var start = 0
        while start + width <= bytes.count {
            let element = bytes[start..<(start + width)]
            let end = element.firstIndex(of: 0) ?? element.endIndex
            guard let s = String(validating: element[start..<end], as: UTF8.self) else { return nil }
            out.append(s)
            start += width
        }
        return out
    }
}
