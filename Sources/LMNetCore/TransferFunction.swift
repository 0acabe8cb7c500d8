#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A layer's transfer function a = f(n), by its MATLAB name.
public enum TransferFunction: String, CaseIterable, Sendable {
    case tansig, logsig, purelin, poslin, satlin, satlins, radbas, tribas, elliotsig

    /// Parses a MATLAB name, throwing `unknownName` with the list of valid names.
    public init(matlabName name: String) throws {
        guard let f = TransferFunction(rawValue: name) else {
            let valid = TransferFunction.allCases.map(\.rawValue).joined(separator: ", ")
            throw LMNetError(.unknownName, "unknown transfer function '\(name)' (valid: \(valid))")
        }
        self = f
    }

    /// a = f(n).
    @inline(__always)
    public func apply(_ n: Double) -> Double {
        switch self {
        case .tansig: return tanh(n)  // 2/(1+e^(-2n)) - 1 ≡ tanh(n)
        case .logsig: return 1 / (1 + exp(-n))
        case .purelin: return n
        case .poslin: return n > 0 ? n : 0
        case .satlin: return min(max(n, 0), 1)
        case .satlins: return min(max(n, -1), 1)
        case .radbas: return exp(-n * n)
        case .tribas: return max(0, 1 - abs(n))
        case .elliotsig: return n / (1 + abs(n))
        }
    }

    /// da/dn, given the net input n and the output a = f(n).
    @inline(__always)
    public func derivative(n: Double, a: Double) -> Double {
        switch self {
        case .tansig: return 1 - a * a
        case .logsig: return a * (1 - a)
        case .purelin: return 1
        case .poslin: return n > 0 ? 1 : 0
        case .satlin: return (n > 0 && n < 1) ? 1 : 0
        case .satlins: return (n > -1 && n < 1) ? 1 : 0
        case .radbas: return -2 * n * a
        case .tribas: return (n > -1 && n < 1) ? (n > 0 ? -1 : 1) : 0
        case .elliotsig:
            let d = 1 + abs(n)
            return 1 / (d * d)
        }
    }

    /// a[i] = f(n[i]) for `count` values; the common cases get their own loops.
    public func apply(_ n: UnsafePointer<Double>, into a: UnsafeMutablePointer<Double>, count: Int) {
        switch self {
        case .purelin: a.update(from: n, count: count)
        case .tansig: for i in 0..<count { a[i] = tanh(n[i]) }
        default: for i in 0..<count { a[i] = apply(n[i]) }
        }
    }

    /// d[i] *= f'(n[i]) for `count` values (backpropagation through the layer).
    public func scaleByDerivative(_ d: UnsafeMutablePointer<Double>, n: UnsafePointer<Double>, a: UnsafePointer<Double>, count: Int) {
        switch self {
        case .purelin: return
        case .tansig: for i in 0..<count { d[i] *= 1 - a[i] * a[i] }
        default: for i in 0..<count { d[i] *= derivative(n: n[i], a: a[i]) }
        }
    }

    /// The net-input interval where the function is not saturated (MATLAB's
    /// `active` range), used by Nguyen–Widrow. nil where it is infinite
    /// (purelin, poslin): such layers get uniform [-1, 1] weights (MATLAB's rands).
    /// [R] logsig [-4, 4], radbas/tribas [-2, 2] as in MATLAB's function files as recalled;
    /// elliotsig is tansig's stand-in and takes its [-2, 2]; satlin [0, 1], satlins [-1, 1].
    public var activeInputRange: ClosedRange<Double>? {
        switch self {
        case .tansig, .radbas, .tribas, .elliotsig: return -2...2
        case .logsig: return -4...4
        case .satlin: return 0...1
        case .satlins: return -1...1
        case .purelin, .poslin: return nil
        }
    }

    /// The output range, the source range Nguyen–Widrow assumes for the next layer.
    /// Infinite ends are clipped as MATLAB does: (-∞, ∞) → [-1, 1], [0, ∞) → [0, 1].
    public var outputRangeForInitialization: ClosedRange<Double> {
        switch self {
        case .tansig, .satlins, .elliotsig, .purelin: return -1...1
        case .logsig, .satlin, .radbas, .tribas, .poslin: return 0...1
        }
    }
}
