import CLMNet
import LMNetCore
#if canImport(Glibc)
import Glibc
#endif

/// Runs the body of a C entry point: any thrown error becomes its status code and the
/// thread's last error message. Nothing may trap past this point, so bodies validate
/// before they work.
func api(_ body: () throws -> Void) -> lmnet_status {
    do {
        try body()
        return LMNET_OK
    } catch let e as LMNetError {
        LastError.set(e.message)
        return e.kind.rawValue
    } catch {
        LastError.set("\(error)")
        return LMNET_ERR_INTERNAL
    }
}

/// The thread-local message of the last failed call, kept as a malloc'd C string.
enum LastError {
    private static let key: pthread_key_t = {
        var k = pthread_key_t()
        pthread_key_create(&k) { free($0) }
        return k
    }()
    nonisolated(unsafe) private static let empty: UnsafeMutablePointer<CChar> = strdup("")!

    static func set(_ message: String) {
        let old = pthread_getspecific(key)
        pthread_setspecific(key, strdup(message))
        free(old)
    }

    static var current: UnsafePointer<CChar> {
        guard let p = pthread_getspecific(key) else { return UnsafePointer(empty) }
        return UnsafePointer(p.assumingMemoryBound(to: CChar.self))
    }
}

/// C strings with static storage, made once.
enum StaticStrings {
    nonisolated(unsafe) static let version: UnsafeMutablePointer<CChar> = strdup(LMNetVersion.string)!
    nonisolated(unsafe) static let statusNames: [UnsafeMutablePointer<CChar>] = [String]([
        "LMNET_OK", "LMNET_ERR_INVALID_ARGUMENT", "LMNET_ERR_DIMENSION", "LMNET_ERR_NON_FINITE",
        "LMNET_ERR_UNKNOWN_NAME", "LMNET_ERR_BUFFER_TOO_SMALL", "LMNET_ERR_NOT_CONFIGURED", "LMNET_ERR_IO",
        "LMNET_ERR_FORMAT", "LMNET_ERR_FORMAT_VERSION", "LMNET_ERR_OUT_OF_MEMORY", "LMNET_ERR_INTERNAL",
    ]).map { strdup($0)! }
    nonisolated(unsafe) static let unknownStatus: UnsafeMutablePointer<CChar> = strdup("LMNET_UNKNOWN_STATUS")!
}

@c @implementation
public func lmnet_version() -> UnsafePointer<CChar>! { UnsafePointer(StaticStrings.version) }

@c @implementation
public func lmnet_version_number() -> Int32 { Int32(LMNetVersion.number) }

@c @implementation
public func lmnet_abi_version() -> Int32 { Int32(LMNetVersion.abi) }

@c @implementation
public func lmnet_status_name(_ status: lmnet_status) -> UnsafePointer<CChar>! {
    guard status >= 0, Int(status) < StaticStrings.statusNames.count else { return UnsafePointer(StaticStrings.unknownStatus) }
    return UnsafePointer(StaticStrings.statusNames[Int(status)])
}

@c @implementation
public func lmnet_last_error_message() -> UnsafePointer<CChar>! { LastError.current }

@c @implementation
public func lmnet_set_num_threads(_ n: Int32) -> lmnet_status {
    api { try LinearAlgebraThreads.set(Int(n)) }
}

@c @implementation
public func lmnet_get_num_threads() -> Int32 { Int32(LinearAlgebraThreads.count) }
