import LMNetCore

/// The three kinds of LMNet files, by their /meta/format name.
enum FileKind: String, CaseIterable, Sendable {
    case model = "lmnet.model"
    case record = "lmnet.record"
    case dataset = "lmnet.dataset"
}

/// Version constants written into every file.
public enum FileFormat {
    /// /meta/format_version written by this library; files with a larger one are refused.
    public static let version = 1
    /// /meta/library_version written by this library.
    public static let libraryVersion = LMNetVersion.string
    static let checksumAlgorithm = "fnv1a64"
}

/// What every LMNet file has around its content: the /meta group, the root attributes
/// `format` and `format_version`, the content checksum and the seal; and the checks of
/// all of these on load.
enum Container {
    static let rootAttributeNames = ["format", "format_version"]

    /// Saves a content document (datasets outside /meta) atomically as a sealed file.
    static func save(_ content: Document, kind: FileKind, to path: String) throws {
        try saveAsIs(complete(content, kind: kind), to: path)
    }

    /// The content plus /meta, the content checksum last.
    static func complete(_ content: Document, kind: FileKind) -> Document {
        var doc = content
        doc["/meta/format"] = .string(kind.rawValue)
        doc["/meta/format_version"] = .scalar(FileFormat.version)
        doc["/meta/library_version"] = .string(FileFormat.libraryVersion)
        doc["/meta/checksum_algorithm"] = .string(FileFormat.checksumAlgorithm)
        doc["/meta/checksum"] = .string(ContentChecksum.compute(doc))
        return doc
    }

    /// Saves a complete document as it is (its /meta included, checksum not recomputed),
    /// sealed. `save` uses it; tests use it (not `durable`) to craft invalid files.
    static func saveAsIs(_ doc: Document, to path: String, durable: Bool = true) throws {
        var attributes: [(name: String, value: StoredArray)] = []
        for name in rootAttributeNames {
            if let value = doc["/meta/" + name] { attributes.append((name, value)) }
        }
        let format = (try? doc.string("/meta/format")) ?? ""
        try AtomicFile.replace(path, durable: durable) { temporary in
            try HDF5FileWriter.create(temporary, with: doc, rootAttributes: attributes)
        } finish: { fd in
            var bytes = try AtomicFile.readAll(fd: fd)
            try FileSeal.seal(&bytes, format: format)
            try AtomicFile.writeAll(fd: fd, bytes[0..<FileSeal.userBlockSize], at: 0)
        }
    }

    /// The complete document of a file's bytes, after checking the seal, the format
    /// name and version, the root attributes and the content checksum.
    static func document(of file: [UInt8], expecting kind: FileKind) throws -> Document {
        let sealFormat = try FileSeal.verify(file)
        let (doc, attributes) = try HDF5ImageReader.read(file, attributeNames: rootAttributeNames)

        let format = try doc.string("/meta/format")
        guard let found = FileKind(rawValue: format) else {
            throw Document.problem("/meta/format is '\(format)', not an LMNet format (\(FileKind.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        let version = try doc.int64("/meta/format_version", shape: []).values[0]
        if version > Int64(FileFormat.version) {
            throw LMNetError(.formatVersion, "format_version \(version) is newer than this library's \(FileFormat.version); upgrade LMNet to read this file")
        }
        guard version >= 1 else { throw Document.problem("/meta/format_version is \(version), expected 1") }
        guard found == kind else { throw Document.problem("holds an \(format) file, expected \(kind.rawValue)") }
        guard sealFormat == format else { throw Document.problem("the header names format '\(sealFormat)' but /meta/format is '\(format)'") }
        _ = try doc.string("/meta/library_version")

        let algorithm = try doc.string("/meta/checksum_algorithm")
        guard algorithm == FileFormat.checksumAlgorithm else {
            throw Document.problem("/meta/checksum_algorithm is '\(algorithm)', expected '\(FileFormat.checksumAlgorithm)'")
        }
        let stored = try doc.string(ContentChecksum.path)
        let computed = ContentChecksum.compute(doc)
        guard stored == computed else {
            throw Document.problem("damaged: content checksum mismatch (/meta/checksum is '\(stored)', the datasets give '\(computed)')")
        }

        for name in rootAttributeNames {
            guard let attribute = attributes[name] else { throw Document.problem("missing root attribute \(name)") }
            guard sameValue(attribute, doc["/meta/" + name]) else { throw Document.problem("root attribute \(name) differs from /meta/\(name)") }
        }
        return doc
    }

    private static func sameValue(_ a: StoredArray, _ b: StoredArray?) -> Bool {
        guard let b, a.shape == b.shape else { return false }
        switch (a.values, b.values) {
        case (.int64(let x), .int64(let y)): return x == y
        case (.strings(let xb, let xw), .strings(let yb, let yw)):
            return StoredArray.decodeStrings(xb, width: xw) == StoredArray.decodeStrings(yb, width: yw)
        default: return false
        }
    }
}

/// Runs the body of a public entry point: silences HDF5's error printing on this
/// thread and prefixes every error with the file's path (and `action`, if any).
func withFileContext<T>(_ path: String, _ action: String? = nil, _ body: () throws -> T) throws -> T {
    HDF5.silenceErrors()
    do {
        return try body()
    } catch let e as LMNetError {
        throw LMNetError(e.kind, "\(path): " + (action.map { "\($0): " } ?? "") + e.message)
    } catch {
        throw LMNetError(.internal, "\(path): \(error)")
    }
}
