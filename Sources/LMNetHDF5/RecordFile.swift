import LMNetCore

/// A training record on its own (format "lmnet.record"), stored in /training exactly
/// as inside a model file. Layout: docs/file-format.md.
public enum RecordFile {
    /// Saves atomically; throws `.invalidArgument` for an inconsistent record, `.io` when writing fails.
    public static func save(_ record: TrainingRecord, to path: String) throws {
        try withFileContext(path, "cannot save") {
            var doc = Document()
            try RecordCodec.encode(record, into: &doc, at: "/training")
            try Container.save(doc, kind: .record, to: path)
        }
    }

    /// Loads and validates; throws `.io`, `.format` or `.formatVersion`.
    public static func load(_ path: String) throws -> TrainingRecord {
        let bytes = try withFileContext(path) { try AtomicFile.readAll(path) }
        return try withFileContext(path) { try FileBytes.decodeRecord(bytes) }
    }
}
