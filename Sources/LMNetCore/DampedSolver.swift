import CLinearAlgebra

/// Solves (sA + μI) Δ = b for a symmetric positive semi-definite A (upper triangle,
/// column-major, leading dimension lda) by Cholesky (LAPACK dpotrf/dpotrs through LAPACKE, column-major so
/// LAPACKE does not copy). Buffers are allocated once; `solve` allocates nothing.
public final class DampedSolver {
    public let n: Int
    private let factor: UnsafeMutablePointer<Double>

    public init(n: Int) {
        self.n = n
        factor = .allocate(capacity: max(n * n, 1))
    }

    deinit { factor.deallocate() }

    /// Writes Δ into `delta` and returns true, or returns false when the damped matrix is
    /// singular to working precision: dpotrf fails, or the reciprocal condition estimate
    /// (min R_ii / max R_ii)² of the factor is below machine epsilon — MATLAB warns
    /// "singular" there and trainlm then treats the step as failed. [R] MATLAB uses
    /// rcond from its LAPACK solve; the diagonal ratio is a cheap O(n) stand-in.
    public func solve(_ a: UnsafePointer<Double>, lda: Int, scale: Double = 1, mu: Double, rhs b: UnsafePointer<Double>,
                      into delta: UnsafeMutablePointer<Double>) -> Bool {
        let n = self.n
        guard n > 0 else { return true }
        guard factorize(a, lda: lda, scale: scale, mu: mu) else { return false }
        delta.update(from: b, count: n)
        let solved = LAPACKE_dpotrs_work(LAPACK_COL_MAJOR, CChar(UInt8(ascii: "U")), Int32(n), 1, factor, Int32(n), delta, Int32(n))
        guard solved == 0 else { return false }
        for i in 0..<n where !delta[i].isFinite { return false }
        return true
    }

    /// trace((sA + μI)⁻¹) from the Cholesky factor (dpotri), or nil when singular.
    public func traceOfInverse(_ a: UnsafePointer<Double>, lda: Int, scale: Double, mu: Double) -> Double? {
        guard n > 0 else { return 0 }
        guard factorize(a, lda: lda, scale: scale, mu: mu) else { return nil }
        guard LAPACKE_dpotri_work(LAPACK_COL_MAJOR, CChar(UInt8(ascii: "U")), Int32(n), factor, Int32(n)) == 0 else { return nil }
        var trace = 0.0
        for j in 0..<n { trace += factor[j * n + j] }
        return trace.isFinite ? trace : nil
    }

    /// Cholesky factor of sA + μI into `factor`; false when singular to working precision.
    private func factorize(_ a: UnsafePointer<Double>, lda: Int, scale: Double, mu: Double) -> Bool {
        for j in 0..<n {  // copy the upper triangle, column by column, and damp the diagonal
            let src = a + j * lda, dst = factor + j * n
            for i in 0...j { dst[i] = scale * src[i] }
            dst[j] += mu
        }
        guard Cholesky.factor(factor, n: n, lda: n) == 0 else { return false }
        var lo = Double.infinity, hi = 0.0
        for j in 0..<n {
            let d = factor[j * n + j]
            lo = min(lo, d)
            hi = max(hi, d)
        }
        return hi > 0 && (lo / hi) * (lo / hi) >= Double.ulpOfOne
    }
}
