import LMNetCore
#if canImport(Glibc)
import Glibc
#endif

// Validation of caller buffers and copying into them (the header's conventions).

/// A non-negative element count n1·n2 without overflow, or a dimension error.
func elementCount(_ a: Int64, _ b: Int64, _ what: String) throws -> Int {
    guard a >= 0, b >= 0 else { throw LMNetError(.dimension, "\(what): sizes must not be negative (got \(a) and \(b))") }
    let (n, overflow) = a.multipliedReportingOverflow(by: b)
    guard !overflow, n <= Int64(Int32.max) * 64 else { throw LMNetError(.dimension, "\(what): \(a)×\(b) elements is too large") }
    return Int(n)
}

/// An input array of `count` doubles as a buffer (NULL allowed only when count is 0).
func inputArray(_ p: UnsafePointer<Double>?, _ count: Int, _ name: String) throws -> UnsafeBufferPointer<Double> {
    if count == 0 { return UnsafeBufferPointer(start: nil, count: 0) }
    guard let p else { throw LMNetError(.invalidArgument, "\(name) is NULL") }
    return UnsafeBufferPointer(start: p, count: count)
}

/// A non-NULL C string as a Swift string.
func inputString(_ p: UnsafePointer<CChar>?, _ name: String) throws -> String {
    guard let p else { throw LMNetError(.invalidArgument, "\(name) is NULL") }
    return String(cString: p)
}

/// Writes a string with its NUL into (buf, capacity); stores the length without NUL.
func copyOut(_ s: String, _ buf: UnsafeMutablePointer<CChar>?, _ capacity: Int64, _ length: UnsafeMutablePointer<Int64>?) throws {
    let bytes = Array(s.utf8)
    guard capacity >= 0 else { throw LMNetError(.dimension, "capacity must not be negative, got \(capacity)") }
    length?.pointee = Int64(bytes.count)
    if buf == nil && capacity == 0 { return }
    guard let buf else { throw LMNetError(.invalidArgument, "buf is NULL but capacity is \(capacity)") }
    guard capacity > Int64(bytes.count) else {
        throw LMNetError(.bufferTooSmall, "the buffer holds \(capacity) bytes, the string needs \(bytes.count + 1) (with its NUL)")
    }
    for (i, b) in bytes.enumerated() { buf[i] = CChar(bitPattern: b) }
    buf[bytes.count] = 0
}

/// Writes values into (out, capacity); stores the count.
func copyOut<T>(_ values: [T], _ out: UnsafeMutablePointer<T>?, _ capacity: Int64, _ length: UnsafeMutablePointer<Int64>?) throws {
    guard capacity >= 0 else { throw LMNetError(.dimension, "capacity must not be negative, got \(capacity)") }
    length?.pointee = Int64(values.count)
    if out == nil && capacity == 0 { return }
    guard let out else { throw LMNetError(.invalidArgument, "out is NULL but capacity is \(capacity)") }
    guard capacity >= Int64(values.count) else {
        throw LMNetError(.bufferTooSmall, "the buffer holds \(capacity) values, \(values.count) are needed")
    }
    for (i, v) in values.enumerated() { out[i] = v }
}

/// Writes exactly `values.count` doubles into a required output buffer.
func fill(_ values: [Double], _ out: UnsafeMutablePointer<Double>?, _ capacity: Int64, _ name: String) throws {
    guard let out else { throw LMNetError(.invalidArgument, "\(name) is NULL") }
    guard capacity >= 0 else { throw LMNetError(.dimension, "the capacity of \(name) must not be negative, got \(capacity)") }
    guard capacity >= Int64(values.count) else {
        throw LMNetError(.bufferTooSmall, "\(name) holds \(capacity) values, \(values.count) are needed")
    }
    for (i, v) in values.enumerated() { out[i] = v }
}

/// 0-based index lists from C.
func inputIndices(_ p: UnsafePointer<Int64>?, _ n: Int64, _ name: String) throws -> [Int] {
    guard n >= 0 else { throw LMNetError(.dimension, "\(name): the count must not be negative, got \(n)") }
    if n == 0 { return [] }
    guard let p else { throw LMNetError(.invalidArgument, "\(name) is NULL") }
    return (0..<Int(n)).map { Int(p[$0]) }
}

/// LMNET_INPUT / LMNET_OUTPUT as a Bool "is output".
func side(_ s: Int32) throws -> Bool {
    guard s == 0 || s == 1 else { throw LMNetError(.invalidArgument, "side must be LMNET_INPUT (0) or LMNET_OUTPUT (1), got \(s)") }
    return s == 1
}

/// Training data (x: Q × R, t: Q × S) as buffers after checking the sizes.
func trainingData(_ x: UnsafePointer<Double>?, _ t: UnsafePointer<Double>?, _ q: Int64, _ r: Int64, _ s: Int64)
    throws -> (UnsafeBufferPointer<Double>, UnsafeBufferPointer<Double>) {
    guard q >= 1, r >= 1, s >= 1 else {
        throw LMNetError(.dimension, "n_samples, n_inputs and n_outputs must be positive, got \(q), \(r), \(s)")
    }
    return (try inputArray(x, try elementCount(q, r, "x"), "x"), try inputArray(t, try elementCount(q, s, "t"), "t"))
}
