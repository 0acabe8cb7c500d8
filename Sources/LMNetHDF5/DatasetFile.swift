import LMNetCore

/// Dataset files (format "lmnet.dataset"): x and t sample-major, optional names and
/// division. Layout: docs/file-format.md. Division indices come back ascending.
public enum DatasetFile {
    /// Saves atomically; throws `.dimension`, `.nonFinite` or `.invalidArgument` for a
    /// dataset that cannot be stored, `.io` when writing fails.
    public static func save(_ dataset: Dataset, to path: String) throws {
        try withFileContext(path, "cannot save") {
            var doc = Document()
            try DatasetCodec.encode(dataset, into: &doc)
            try Container.save(doc, kind: .dataset, to: path)
        }
    }

    /// Loads and validates; throws `.io`, `.format` or `.formatVersion`.
    public static func load(_ path: String) throws -> Dataset {
        try withFileContext(path) {
            try DatasetCodec.decode(Container.document(of: AtomicFile.readAll(path), expecting: .dataset))
        }
    }
}
