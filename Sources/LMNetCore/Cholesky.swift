import CLinearAlgebra

/// Recursive Cholesky factorization A = UᵀU (upper triangle, column-major, in place).
///
/// Split A = [A11 A12; · A22]: factor A11 = U11ᵀU11, solve U11ᵀ U12 = A12 (dtrsm), update
/// A22 ← A22 - U12ᵀU12 (dsyrk), factor A22. Almost all flops land in large dtrsm/dsyrk
/// calls, which OpenBLAS runs faster than its own dpotrf at LM's sizes (measured by
/// `lmnet bench`: floor_ms.cholesky_solve against floor_ms.dpotrf_solve). Blocks of at
/// most `base` columns go to LAPACK's dpotrf.
public enum Cholesky {
    public static let base = 64

    /// Returns 0, or the 1-based order of the leading minor that is not positive definite.
    public static func factor(_ a: UnsafeMutablePointer<Double>, n: Int, lda: Int) -> Int {
        if n <= base {
            return Int(LAPACKE_dpotrf_work(LAPACK_COL_MAJOR, CChar(UInt8(ascii: "U")), Int32(n), a, Int32(lda)))
        }
        let n1 = min(n - 1, (n / 2 + 7) / 8 * 8), n2 = n - n1  // a multiple of 8 keeps columns aligned
        let info = factor(a, n: n1, lda: lda)
        if info != 0 { return info }
        let a12 = a + n1 * lda, a22 = a12 + n1
        cblas_dtrsm(CblasColMajor, CblasLeft, CblasUpper, CblasTrans, CblasNonUnit, Int32(n1), Int32(n2), 1, a, Int32(lda), a12, Int32(lda))
        cblas_dsyrk(CblasColMajor, CblasUpper, CblasTrans, Int32(n2), Int32(n1), -1, a12, Int32(lda), 1, a22, Int32(lda))
        let rest = factor(a22, n: n2, lda: lda)
        return rest == 0 ? 0 : rest + n1
    }
}
