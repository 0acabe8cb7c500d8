/// 64-bit FNV-1a: h = 0xcbf29ce484222325; for each byte b: h = (h XOR b) * 0x100000001b3 mod 2^64.
struct FNV1a64 {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ byte: UInt8) {
        value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }

    mutating func add<S: Sequence>(_ bytes: S) where S.Element == UInt8 {
        var h = value
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
        value = h
    }

    mutating func add(_ bytes: UnsafeRawBufferPointer) {
        var h = value
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
        value = h
    }

    /// Every element's 8 bytes, least significant first.
    mutating func addLittleEndian<T: FixedWidthInteger>(_ values: [T]) {
        #if _endian(little)
        values.withUnsafeBytes { add($0) }  // memory order is already little-endian
        #else
        for v in values { addLittleEndian(UInt64(truncatingIfNeeded: v)) }
        #endif
    }

    /// Eight bytes, least significant first.
    mutating func addLittleEndian(_ v: UInt64) {
        var x = v
        for _ in 0..<8 {
            add(UInt8(truncatingIfNeeded: x))
            x >>= 8
        }
    }

    /// 16 lowercase hex digits.
    var hex: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}

/// The content checksum stored in /meta/checksum (docs/file-format.md, "Content checksum"):
/// FNV-1a 64 over a canonical serialization of every dataset except /meta/checksum,
/// taken in ascending byte order of their paths. Each dataset contributes
///   its path in UTF-8 and a 0 byte;
///   a type tag: "f" float64, "i" int64, "u" uint8, "s" string; for "s" the string
///     width as uint64;
///   the rank as uint64, then each dimension as uint64;
///   the elements in C order: float64 as IEEE-754 binary64 bits, int64 two's
///   complement, uint8 as is, strings as their `width` stored bytes.
/// Every integer and float is written little-endian.
enum ContentChecksum {
    static let path = "/meta/checksum"

    static func compute(_ doc: Document) -> String {
        var h = FNV1a64()
        for path in doc.sortedPaths where path != ContentChecksum.path {
            guard let a = doc[path] else { continue }
            h.add(path.utf8)
            h.add(0)
            switch a.values {
            case .float64: h.add(UInt8(ascii: "f"))
            case .int64: h.add(UInt8(ascii: "i"))
            case .uint8: h.add(UInt8(ascii: "u"))
            case .strings(_, let width):
                h.add(UInt8(ascii: "s"))
                h.addLittleEndian(UInt64(width))
            }
            h.addLittleEndian(UInt64(a.shape.count))
            for d in a.shape { h.addLittleEndian(UInt64(d)) }
            switch a.values {
            case .float64(let v): h.addLittleEndian(v.map(\.bitPattern))
            case .int64(let v): h.addLittleEndian(v)
            case .uint8(let v): v.withUnsafeBytes { h.add($0) }
            case .strings(let bytes, _): bytes.withUnsafeBytes { h.add($0) }
            }
        }
        return h.hex
    }
}
