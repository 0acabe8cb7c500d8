/// A processing function applied to each row of the inputs or targets, in order.
public enum ProcessFunction: String, CaseIterable, Sendable {
    case removeconstantrows, mapminmax
}

/// MATLAB's `removeconstantrows` followed by `mapminmax` (ymin -1, ymax +1), per row.
///
/// The settings are the minimum and maximum of every original row, seen when the
/// network was configured; everything else is derived from them:
/// - removeconstantrows drops a row with xmax - xmin <= 0 (max_range 0); on reverse
///   an output row comes back as the constant xmin.
/// - mapminmax maps a row with finite xmin < xmax by y = 2 (x - xmin)/(xmax - xmin) - 1;
///   any other row passes through unchanged (MATLAB's rule for degenerate rows).
public struct Processing: Equatable, Sendable {
    public var functions: [ProcessFunction]
    public var xmin: [Double]
    public var xmax: [Double]

    public static let matlabDefault: [ProcessFunction] = [.removeconstantrows, .mapminmax]

    public init(functions: [ProcessFunction] = Processing.matlabDefault, xmin: [Double] = [], xmax: [Double] = []) {
        self.functions = functions
        self.xmin = xmin
        self.xmax = xmax
    }

    /// Settings from data given row-major by sample: `data[q * rows + i]`. NaN values are ignored.
    public init(functions: [ProcessFunction], data: UnsafeBufferPointer<Double>, samples: Int, rows: Int) {
        var lo = [Double](repeating: .nan, count: rows)
        var hi = [Double](repeating: .nan, count: rows)
        for q in 0..<samples {
            for i in 0..<rows {
                let v = data[q * rows + i]
                if v.isNaN { continue }
                if lo[i].isNaN || v < lo[i] { lo[i] = v }
                if hi[i].isNaN || v > hi[i] { hi[i] = v }
            }
        }
        self.init(functions: functions, xmin: lo, xmax: hi)
    }

    /// Number of original rows.
    public var rowCount: Int { xmin.count }

    /// Whether row i is removed by removeconstantrows.
    public func isRemoved(_ i: Int) -> Bool {
        functions.contains(.removeconstantrows) && xmax[i] - xmin[i] <= 0
    }

    /// Indices of the rows that survive removeconstantrows.
    public var keptRows: [Int] { (0..<rowCount).filter { !isRemoved($0) } }

    /// The map of row i as y = gain (x - offset) + shift (pass-through: gain 1, offset 0, shift 0).
    public func affine(_ i: Int) -> (gain: Double, offset: Double, shift: Double) {
        let lo = xmin[i], hi = xmax[i]
        if functions.contains(.mapminmax), lo.isFinite, hi.isFinite, hi > lo {
            return (2 / (hi - lo), lo, -1)
        }
        return (1, 0, 0)
    }

    /// The row maps flattened for the hot loops.
    public var plan: Plan { Plan(self) }

    /// Precomputed per-row maps of a `Processing`.
    public struct Plan: Sendable {
        /// Original row of each processed row.
        public let kept: [Int]
        public let gain: [Double], offset: [Double], shift: [Double]
        /// Removed rows and the constant they take on reverse.
        public let removed: [(row: Int, value: Double)]
        public let rowCount: Int

        init(_ p: Processing) {
            kept = p.keptRows
            let maps = kept.map { p.affine($0) }
            gain = maps.map(\.gain)
            offset = maps.map(\.offset)
            shift = maps.map(\.shift)
            removed = (0..<p.rowCount).filter { p.isRemoved($0) }.map { ($0, p.xmin[$0]) }
            rowCount = p.rowCount
        }

        /// One sample: `rowCount` raw values into `kept.count` processed values.
        @inline(__always)
        public func apply(_ x: UnsafePointer<Double>, into y: UnsafeMutablePointer<Double>) {
            for j in 0..<kept.count { y[j] = gain[j] * (x[kept[j]] - offset[j]) + shift[j] }
        }

        /// One sample: `kept.count` processed values back into `rowCount` raw values.
        @inline(__always)
        public func reverse(_ y: UnsafePointer<Double>, into x: UnsafeMutablePointer<Double>) {
            for r in removed { x[r.row] = r.value }
            for j in 0..<kept.count { x[kept[j]] = (y[j] - shift[j]) / gain[j] + offset[j] }
        }
    }
}
