import Glibc
import LMNetCore
import Synchronization

/// Whole-file reads and atomic replacement with POSIX calls.
///
/// A save creates a new hidden file beside the target (".<name>.tmp-<pid>-<n>"), lets
/// the caller fill and finish it, fsyncs it, renames it over the target and fsyncs the
/// directory. rename(2) is atomic, so a reader (or a crash) sees the earlier file or the
/// new one, never a mixture. On failure the temporary file is removed; only a process
/// killed mid-save can leave one behind.
enum AtomicFile {
    /// Points where a test can make a save fail (`failureHook`).
    enum Stage: Sendable {
        /// Nothing written yet.
        case beforeWrite
        /// The temporary file holds the HDF5 data but not the seal.
        case beforeSeal
        /// The temporary file is complete and synced; the rename has not happened.
        case beforeRename
    }

    /// Test hook: called at each stage of every save; throwing there aborts the save.
    static let failureHook = Mutex<(@Sendable (Stage) throws -> Void)?>(nil)
    private static let counter = Atomic<Int>(0)

    /// Replaces `path` atomically: `create(temporaryPath)` must create the new file,
    /// `finish(fd)` may then read and patch it through a read-write descriptor.
    /// `durable: false` (tests' scratch files only) skips the two fsyncs.
    static func replace(_ path: String, durable: Bool = true,
                        create: (String) throws -> Void, finish: (Int32) throws -> Void) throws {
        try runHook(.beforeWrite)
        let (directory, name) = split(path)
        guard !name.isEmpty else { throw LMNetError(.io, "not a file name") }
        let temp = directory + "." + name + ".tmp-\(getpid())-\(counter.add(1, ordering: .relaxed).newValue)"
        do {
            try create(temp)
            try runHook(.beforeSeal)
            let fd = open(temp, O_RDWR | O_CLOEXEC)
            guard fd >= 0 else { throw ioError("cannot reopen the temporary file") }
            var isOpen = true
            defer { if isOpen { close(fd) } }
            try finish(fd)
            guard !durable || fsync(fd) == 0 else { throw ioError("cannot flush to disk") }
            isOpen = false
            guard close(fd) == 0 else { throw ioError("cannot close the temporary file") }
            try runHook(.beforeRename)
            guard rename(temp, path) == 0 else { throw ioError("cannot replace the file") }
        } catch {
            unlink(temp)
            throw error
        }
        // Make the rename itself durable.
        guard durable else { return }
        let dir = open(directory.isEmpty ? "." : directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if dir >= 0 {
            fsync(dir)
            close(dir)
        }
    }

    static func readAll(_ path: String) throws -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw ioError("cannot open for reading") }
        defer { close(fd) }
        return try readAll(fd: fd)
    }

    /// All bytes of an open regular file, from offset 0.
    static func readAll(fd: Int32) throws -> [UInt8] {
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw ioError("cannot stat") }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw LMNetError(.io, "not a regular file") }
        let size = Int(info.st_size)
        var bytes = [UInt8](repeating: 0, count: size)
        var done = 0
        while done < size {
            let n = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress.map { $0 + done }, size - done, off_t(done)) }
            if n < 0 && errno == EINTR { continue }
            guard n >= 0 else { throw ioError("cannot read") }
            if n == 0 { break }
            done += n
        }
        if done < size { bytes.removeLast(size - done) }
        return bytes
    }

    /// Writes all bytes at `offset`.
    static func writeAll(fd: Int32, _ bytes: ArraySlice<UInt8>, at offset: Int) throws {
        try bytes.withUnsafeBytes { buffer in
            var done = 0
            while done < buffer.count {
                let n = pwrite(fd, buffer.baseAddress.map { $0 + done }, buffer.count - done, off_t(offset + done))
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { throw ioError("cannot write") }
                done += n
            }
        }
    }

    /// "dir/name" → ("dir/", "name"); "name" → ("", "name").
    private static func split(_ path: String) -> (String, String) {
        guard let slash = path.lastIndex(of: "/") else { return ("", path) }
        return (String(path[...slash]), String(path[path.index(after: slash)...]))
    }

    private static func runHook(_ stage: Stage) throws {
        if let hook = failureHook.withLock({ $0 }) { try hook(stage) }
    }

    static func ioError(_ what: String) -> LMNetError {
        LMNetError(.io, "\(what): \(String(cString: strerror(errno)))")
    }
}
