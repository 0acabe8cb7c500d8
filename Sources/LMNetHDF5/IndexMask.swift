import LMNetCore

/// Index sets over Q samples stored as uint8 masks of length Q (1 = in the set): no
/// 0- versus 1-based ambiguity, and numpy, MATLAB and Octave index with them directly.
enum IndexMask {
    /// The mask of distinct 0-based indices below `count`.
    static func encode(_ indices: [Int], count: Int, name: String) throws -> [UInt8] {
        var mask = [UInt8](repeating: 0, count: count)
        for i in indices {
            guard i >= 0, i < count else {
                throw LMNetError(.invalidArgument, "\(name) holds index \(i), outside 0..<\(count)")
            }
            guard mask[i] == 0 else { throw LMNetError(.invalidArgument, "\(name) holds index \(i) twice") }
            mask[i] = 1
        }
        return mask
    }

    /// The ascending indices of a mask read from `path`.
    static func decode(_ mask: [UInt8], path: String) throws -> [Int] {
        if let bad = mask.first(where: { $0 > 1 }) {
            throw Document.problem("dataset \(path) holds \(bad); a mask holds only 0 and 1")
        }
        return mask.indices.filter { mask[$0] == 1 }
    }
}
