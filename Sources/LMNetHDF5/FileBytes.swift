import LMNetCore
#if canImport(Glibc)
import Glibc
#endif

/// Model and record files as bytes in memory: the same sealed HDF5 content a save writes,
/// for sending models between processes (Dask workers, MATLAB structs) without a shared disk.
public enum FileBytes {
    /// The bytes of the model file `ModelFile.save` would write.
    public static func model(_ net: Network, record: TrainingRecord? = nil, options: TrainingOptions? = nil) throws -> [UInt8] {
        try viaScratchFile { try ModelFile.save(net, record: record, options: options, to: $0) }
    }

    /// The bytes of the record file `RecordFile.save` would write.
    public static func record(_ record: TrainingRecord) throws -> [UInt8] {
        try viaScratchFile { try RecordFile.save(record, to: $0) }
    }

    /// Loads model-file bytes, validated as a file is.
    public static func loadModel(_ bytes: [UInt8]) throws -> (network: Network, record: TrainingRecord?, options: TrainingOptions?) {
        try withFileContext("<model bytes>") { try decodeModel(bytes) }
    }

    static func decodeModel(_ bytes: [UInt8]) throws -> (network: Network, record: TrainingRecord?, options: TrainingOptions?) {
        let doc = try Container.document(of: bytes, expecting: .model)
        let net = try NetworkCodec.decode(doc, at: "/network")
        let options = doc.containsGroup("/options") ? try OptionsCodec.decode(doc, at: "/options") : nil
        let record = doc.containsGroup("/training") ? try RecordCodec.decode(doc, at: "/training") : nil
        return (net, record, options)
    }

    /// Loads record-file bytes.
    public static func loadRecord(_ bytes: [UInt8]) throws -> TrainingRecord {
        try withFileContext("<record bytes>") { try decodeRecord(bytes) }
    }

    static func decodeRecord(_ bytes: [UInt8]) throws -> TrainingRecord {
        try RecordCodec.decode(Container.document(of: bytes, expecting: .record), at: "/training")
    }

    /// HDF5 writes files, so the bytes pass through a private scratch file that is removed:
    /// in $TMPDIR, else /tmp, else /dev/shm, whichever first accepts a new folder.
    private static func viaScratchFile(_ write: (String) throws -> Void) throws -> [UInt8] {
        let candidates = [getenv("TMPDIR").map { String(cString: $0) }, "/tmp", "/dev/shm"].compactMap { $0 }
        for base in candidates {
            var template = Array("\(base)/lmnet-bytes-XXXXXX".utf8CString)
            guard let dir = mkdtemp(&template) else { continue }
            let folder = String(cString: dir)
            let path = folder + "/file.h5"
            defer { unlink(path); rmdir(folder) }
            try write(path)
            return try AtomicFile.readAll(path)
        }
        throw LMNetError(.io, "cannot create a scratch folder for the file bytes in \(candidates.joined(separator: ", "))")
    }
}
