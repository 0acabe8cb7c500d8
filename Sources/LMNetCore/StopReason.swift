/// Why training stopped; raw values are the pinned `LMNET_STOP_*` codes.
public enum StopReason: Int, CaseIterable, Sendable {
    case none = 0, userStop, userCancel, goal, epochs, time, minGradient, muMax, validation

    /// MATLAB's `tr.stop` sentence.
    public var sentence: String {
        switch self {
        case .none: return ""
        case .userStop: return "User stop."
        case .userCancel: return "User cancel."
        case .goal: return "Performance goal met."
        case .epochs: return "Maximum epoch reached."
        case .time: return "Maximum time elapsed."
        case .minGradient: return "Minimum gradient reached."
        case .muMax: return "Maximum MU reached."
        case .validation: return "Validation stop."
        }
    }

    public init?(sentence: String) {
        guard let r = StopReason.allCases.first(where: { $0.sentence == sentence }) else { return nil }
        self = r
    }
}
