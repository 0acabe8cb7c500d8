/// Minimal `--name value` argument access with clear errors.
struct Arguments {
    let words: [String]

    struct Failure: Error, CustomStringConvertible { let description: String }

    func string(_ name: String) -> String? {
        guard let i = words.firstIndex(of: name), i + 1 < words.count else { return nil }
        return words[i + 1]
    }

    func has(_ name: String) -> Bool { words.contains(name) }

    func int(_ name: String) throws -> Int? {
        guard let s = string(name) else { return nil }
        guard let v = Int(s), v >= 0 else { throw Failure(description: "\(name) expects a non-negative integer, got '\(s)'") }
        return v
    }

    func uint64(_ name: String) throws -> UInt64? {
        guard let s = string(name) else { return nil }
        guard let v = UInt64(s) else { throw Failure(description: "\(name) expects a non-negative integer, got '\(s)'") }
        return v
    }

    func intList(_ name: String) throws -> [Int]? {
        guard let s = string(name) else { return nil }
        let parts = s.split(separator: ",").map { Int($0) }
        guard !parts.isEmpty, parts.allSatisfy({ ($0 ?? 0) > 0 }) else {
            throw Failure(description: "\(name) expects comma-separated positive sizes like 20,20,10, got '\(s)'")
        }
        return parts.map { $0! }
    }

    /// Positional words: those not starting with "-" and not the value of an option.
    var positional: [String] {
        var out: [String] = []
        var i = 0
        while i < words.count {
            if words[i].hasPrefix("-") { i += 2; continue }
            out.append(words[i]); i += 1
        }
        return out
    }
}
