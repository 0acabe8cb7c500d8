import LMNetCore

// Every opaque C handle is a retained Swift object; the C pointer is its address.
// Creators return Unmanaged.passRetained(box).toOpaque(); *_free releases it.

final class NetworkBox { var network: Network; init(_ n: Network) { network = n } }
final class OptionsBox { var options: TrainingOptions; init(_ o: TrainingOptions) { options = o } }
final class RecordBox { var record: TrainingRecord; init(_ r: TrainingRecord) { record = r } }
final class DatasetBox { var dataset: Dataset; init(_ d: Dataset) { dataset = d } }

/// Borrows the object behind a handle, or throws invalidArgument naming the parameter.
func unbox<T: AnyObject>(_ p: OpaquePointer?, _ name: String, as: T.Type = T.self) throws -> T {
    guard let p else { throw LMNetError(.invalidArgument, "\(name) is NULL") }
    return Unmanaged<T>.fromOpaque(UnsafeRawPointer(p)).takeUnretainedValue()
}

/// Hands a new object to C, storing its handle in *out.
func handOut<T: AnyObject>(_ object: T, to out: UnsafeMutablePointer<OpaquePointer?>?) {
    out?.pointee = OpaquePointer(Unmanaged.passRetained(object).toOpaque())
}

/// Releases a handle; NULL is a no-op.
func release<T: AnyObject>(_ p: OpaquePointer?, as: T.Type) {
    guard let p else { return }
    Unmanaged<T>.fromOpaque(UnsafeRawPointer(p)).release()
}

/// Checks an output-handle pointer before any work is done.
func requireOut<T>(_ out: UnsafeMutablePointer<T>?, _ name: String) throws -> UnsafeMutablePointer<T> {
    guard let out else { throw LMNetError(.invalidArgument, "\(name) is NULL") }
    return out
}
