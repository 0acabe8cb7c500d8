import Foundation

/// The reference problem: t = -x·sin(10x) at x = 0.001·(1...1000).
enum ReferenceProblem {
    static func data(samples: Int = 1000) -> (x: [Double], t: [Double]) {
        let x = (1...samples).map { Double($0) / Double(samples) }
        return (x, x.map { -$0 * sin(10 * $0) })
    }

    /// The reference network, 1-20-20-10-1 (tansig ×3, purelin): 681 weights.
    static let hiddenSizes = [20, 20, 10]
}
