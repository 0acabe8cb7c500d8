import LMNetCore

/// Model files (format "lmnet.model"): a network with, optionally, the options used to
/// train it and the record of that training. Layout: docs/file-format.md.
public enum ModelFile {
    /// Saves atomically: an earlier file at `path` stays intact if anything fails.
    /// Throws `.notConfigured`, `.dimension`, `.nonFinite` or `.invalidArgument` for a
    /// network, record or options that cannot be stored, `.io` when writing fails.
    public static func save(_ net: Network, record: TrainingRecord? = nil, options: TrainingOptions? = nil,
                            to path: String) throws {
        try withFileContext(path, "cannot save") {
            try Container.save(try content(net, record: record, options: options), kind: .model, to: path)
        }
    }

    /// Loads and validates everything; throws `.io`, `.format` (naming the file and the
    /// problem) or `.formatVersion` (written by a newer LMNet).
    public static func load(_ path: String) throws -> (network: Network, record: TrainingRecord?, options: TrainingOptions?) {
        let bytes = try withFileContext(path) { try AtomicFile.readAll(path) }
        return try withFileContext(path) { try FileBytes.decodeModel(bytes) }
    }

    /// The datasets of a model file outside /meta.
    static func content(_ net: Network, record: TrainingRecord?, options: TrainingOptions?) throws -> Document {
        var doc = Document()
        try NetworkCodec.encode(net, into: &doc, at: "/network")
        if let options { try OptionsCodec.encode(options, into: &doc, at: "/options") }
        if let record { try RecordCodec.encode(record, into: &doc, at: "/training") }
        return doc
    }
}
