import LMNetCore

/// The seal in the 512-byte HDF5 user block at the start of every LMNet file
/// (docs/file-format.md, "Seal"): five text lines, then NUL bytes up to offset 512.
///
///     LMNet HDF5 file
///     seal 1
///     format lmnet.model
///     size 6144
///     fnv1a64 0123456789abcdef
///
/// `size` is the file's length in bytes; `fnv1a64` is FNV-1a 64 over all of the file's
/// bytes with its own 16 digits counted as "0" characters. Any changed, missing or
/// added byte breaks it, so damage is detected before HDF5 parses anything.
enum FileSeal {
    static let userBlockSize = 512
    static let magic = "LMNet HDF5 file"
    static let version = 1
    /// HDF5's superblock signature, which HDF5 looks for at 0, 512, 1024, ...
    static let hdf5Signature: [UInt8] = [0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a]

    /// Writes the seal into the (zeroed) user block of an HDF5 image.
    static func seal(_ image: inout [UInt8], format: String) throws {
        guard image.count > userBlockSize, image[0..<userBlockSize].allSatisfy({ $0 == 0 }) else {
            throw LMNetError(.internal, "the HDF5 image has no empty \(userBlockSize)-byte user block")
        }
        let zeros = String(repeating: "0", count: 16)
        let head = "\(magic)\nseal \(version)\nformat \(format)\nsize \(image.count)\nfnv1a64 "
        let text = Array((head + zeros + "\n").utf8)
        guard text.count < userBlockSize else { throw LMNetError(.internal, "seal text too long") }
        image.replaceSubrange(0..<text.count, with: text)
        let digits = Array(hash(image, placeholderAt: head.utf8.count).hex.utf8)
        image.replaceSubrange(head.utf8.count..<(head.utf8.count + 16), with: digits)
    }

    /// Checks the seal of a whole file; returns the format it names. Throws `.format`
    /// (damaged, truncated, not an LMNet file) or `.formatVersion` (newer seal).
    @discardableResult
    static func verify(_ file: [UInt8]) throws -> String {
        if file.isEmpty { throw Document.problem("the file is empty") }
        guard file.count >= magic.utf8.count + 1, Array(file[0...magic.utf8.count]) == Array((magic + "\n").utf8) else {
            throw Document.problem(describeUnsealed(file))
        }
        guard file.count >= userBlockSize else {
            throw Document.problem("truncated: \(file.count) bytes, shorter than the \(userBlockSize)-byte LMNet header")
        }
        let block = file[0..<userBlockSize]
        let end = block.firstIndex(of: 0) ?? userBlockSize
        guard let text = String(validating: block[0..<end], as: UTF8.self) else {
            throw Document.problem("damaged LMNet header (not text)")
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        func field(_ i: Int, _ key: String) throws -> String {
            guard i < lines.count, lines[i].hasPrefix(key + " ") else {
                throw Document.problem("damaged LMNet header (line \(i + 1) should start with '\(key) ')")
            }
            return String(lines[i].dropFirst(key.count + 1))
        }
        guard let seal = Int(try field(1, "seal")), seal >= 1 else { throw Document.problem("damaged LMNet header (seal version)") }
        if seal > version {
            throw LMNetError(.formatVersion, "seal version \(seal) is newer than this library's \(version); upgrade LMNet to read this file")
        }
        let format = try field(2, "format")
        guard let size = Int(try field(3, "size")) else { throw Document.problem("damaged LMNet header (size)") }
        let digits = try field(4, "fnv1a64")
        let hexDigits = Set("0123456789abcdef".utf8)
        guard lines.count == 6, lines[5].isEmpty, digits.utf8.count == 16, digits.utf8.allSatisfy(hexDigits.contains) else {
            throw Document.problem("damaged LMNet header")
        }
        if file.count < size { throw Document.problem("truncated: \(file.count) bytes, the header says \(size)") }
        if file.count > size { throw Document.problem("damaged: \(file.count) bytes, the header says \(size) (bytes appended)") }
        let placeholder = text.utf8.count - 17
        let computed = hash(file, placeholderAt: placeholder)
        guard computed.hex == digits else {
            throw Document.problem("damaged: file checksum mismatch (header says \(digits), bytes give \(computed.hex))")
        }
        return format
    }

    /// FNV-1a over the bytes with the 16 digits at `offset` read as "0".
    private static func hash(_ bytes: [UInt8], placeholderAt offset: Int) -> FNV1a64 {
        var h = FNV1a64()
        bytes.withUnsafeBytes { all in
            h.add(UnsafeRawBufferPointer(rebasing: all[0..<offset]))
            h.add(repeatElement(UInt8(ascii: "0"), count: 16))
            h.add(UnsafeRawBufferPointer(rebasing: all[(offset + 16)...]))
        }
        return h
    }

    /// Why a file without the seal cannot be read.
    private static func describeUnsealed(_ file: [UInt8]) -> String {
        var offset = 0
        while offset + hdf5Signature.count <= file.count, offset <= 1 << 20 {
            if Array(file[offset..<(offset + hdf5Signature.count)]) == hdf5Signature {
                return "an HDF5 file without the LMNet header (not written by LMNet, or its first bytes are damaged)"
            }
            offset = offset == 0 ? 512 : offset * 2
        }
        return "not an LMNet file (not an HDF5 file, or its first bytes are damaged)"
    }
}
