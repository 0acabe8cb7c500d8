import CHDF5
import LMNetCore

/// Small helpers around the HDF5 C API: silencing its error printing, turning its
/// error stack into text, and checking return values.
enum HDF5 {
    /// Turns off HDF5's automatic error printing for the calling thread (the error
    /// stack is per thread in a thread-safe HDF5). Called at every public entry.
    static func silenceErrors() {
        _ = H5Eset_auto2(lmnet_h5e_default(), nil, nil)
    }

    /// The distinct messages on this thread's HDF5 error stack, most specific first
    /// (at most 4); clears the stack.
    static func takeErrorStack() -> String {
        final class Lines { var items: [String] = [] }
        let lines = Lines()
        withExtendedLifetime(lines) {
            _ = H5Ewalk2(lmnet_h5e_default(), H5E_WALK_UPWARD, { _, error, data in
                guard let error, let data, let desc = error.pointee.desc else { return 0 }
                let lines = Unmanaged<Lines>.fromOpaque(data).takeUnretainedValue()
                let text = String(cString: desc)
                if !text.isEmpty, lines.items.count < 4, !lines.items.contains(text) { lines.items.append(text) }
                return 0
            }, Unmanaged.passUnretained(lines).toOpaque())
        }
        _ = H5Eclear2(lmnet_h5e_default())
        return lines.items.joined(separator: "; ")
    }

    /// An error for a failed HDF5 call, with HDF5's own explanation appended.
    static func failure(_ kind: LMNetError.Kind, _ what: String) -> LMNetError {
        let stack = takeErrorStack()
        return LMNetError(kind, stack.isEmpty ? what : "\(what) (HDF5: \(stack))")
    }

    /// HDF5 files, groups, datasets, types and attributes open in this process (0 when
    /// every call closed what it opened; tests check it).
    static func openObjectCount() -> Int {
        Int(H5Fget_obj_count(hid_t(lmnet_h5f_obj_all()), lmnet_h5f_obj_all()))
    }

    /// An identifier, or a thrown error when HDF5 returned a negative one.
    @discardableResult
    static func check(_ id: hid_t, _ kind: LMNetError.Kind, _ what: @autoclosure () -> String) throws -> hid_t {
        if id < 0 { throw failure(kind, what()) }
        return id
    }

    /// A status (herr_t) or tri-state (htri_t) value, or a thrown error when negative.
    @discardableResult
    static func check(_ status: Int32, _ kind: LMNetError.Kind, _ what: @autoclosure () -> String) throws -> Int32 {
        if status < 0 { throw failure(kind, what()) }
        return status
    }
}
