/// An error with the C API status it maps to and a sentence that names the problem.
public struct LMNetError: Error, CustomStringConvertible, Equatable {
    /// Pinned status codes of `include/lmnet.h` (`LMNET_ERR_*`).
    public enum Kind: Int32, Sendable {
        case invalidArgument = 1, dimension = 2, nonFinite = 3, unknownName = 4, bufferTooSmall = 5
        case notConfigured = 6, io = 7, format = 8, formatVersion = 9, outOfMemory = 10, `internal` = 11
    }

    public let kind: Kind
    public let message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }
}
