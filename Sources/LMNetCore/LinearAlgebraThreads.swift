import CLinearAlgebra
#if canImport(Glibc)
import Glibc
#endif

/// The process-wide number of threads OpenBLAS uses (and multi-start defaults to).
/// Initially LMNET_NUM_THREADS when set, else OpenBLAS's own default (the CPU count).
/// Results are reproducible for a given thread count.
public enum LinearAlgebraThreads {
    private static let initialize: Void = {
        if let s = getenv("LMNET_NUM_THREADS"), let n = Int32(String(cString: s)), n >= 1 {
            openblas_set_num_threads(n)
        }
    }()

    /// Applies LMNET_NUM_THREADS once, before the first BLAS call of the process.
    public static func applyEnvironment() { _ = initialize }

    public static var count: Int {
        _ = initialize
        return Int(openblas_get_num_threads())
    }

    /// OpenBLAS's build configuration and the kernel it chose, e.g. "OpenBLAS 0.3.21 ... | Haswell".
    public static var blasDescription: String {
        String(cString: openblas_get_config()) + " | " + String(cString: openblas_get_corename())
    }

    public static func set(_ n: Int) throws {
        guard n >= 1, n <= 1024 else { throw LMNetError(.invalidArgument, "the number of threads must be in 1...1024, got \(n)") }
        _ = initialize
        openblas_set_num_threads(Int32(n))
    }
}
