import LMNetCore
import Foundation

/// `lmnet bench`: per benchmark case (bench/data/manifest.json, written by
/// bench/make_data.py), LMNet's time per LM epoch against the BLAS floor of the same
/// epochs measured in the same process, the time per phase, peak memory, and time and
/// epochs to a target MSE. Each case runs in a child process so its peak memory is its own.
enum BenchCommand {
    static func run(_ args: Arguments) throws {
        let manifestPath = args.string("--manifest") ?? "bench/data/manifest.json"
        let manifest = try BenchManifest(path: manifestPath)
        if let threads = try args.int("--threads") { try LinearAlgebraThreads.set(threads) }
        if let name = args.string("--case") {
            let result = try BenchCase.measure(manifest, name: name)
            try write(result, to: args.string("--json"))
            return
        }
        var cases: [[String: Any]] = []
        for name in manifest.caseNames where args.string("--only").map({ $0.split(separator: ",").contains(Substring(name)) }) ?? true {
            FileHandle.standardError.write("lmnet bench: \(name)...\n".data(using: .utf8)!)
            let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("lmnet-bench-\(getpid())-\(name).json").path
            let child = Process()
            child.executableURL = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
            child.arguments = ["bench", "--manifest", manifestPath, "--case", name, "--json", tmp,
                               "--threads", String(LinearAlgebraThreads.count)]
            try child.run()
            child.waitUntilExit()
            guard child.terminationStatus == 0, let data = FileManager.default.contents(atPath: tmp),
                  let one = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
                throw Arguments.Failure(description: "benchmark case \(name) failed (exit \(child.terminationStatus))")
            }
            try? FileManager.default.removeItem(atPath: tmp)
            cases.append(one)
            printRow(one)
        }
        let result: [String: Any] = [
            "implementation": "lmnet", "version": LMNetVersion.string, "threads": LinearAlgebraThreads.count,
            "date": ISO8601DateFormatter().string(from: Date()), "cases": cases,
        ]
        try write(result, to: args.string("--json"))
    }

    static func write(_ object: [String: Any], to path: String?) throws {
        let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
        if let path { try data.write(to: URL(fileURLWithPath: path)) } else { print(String(decoding: data, as: UTF8.self)) }
    }

    static func printRow(_ c: [String: Any]) {
        func d(_ k: String) -> Double { c[k] as? Double ?? .nan }
        print(String(format: "%-14@ %6d params %8d samples: %8.2f ms/epoch, floor %8.2f ms, ratio %.3f, %.2f trials/epoch, peak %.0f MB",
                     c["name"] as? String ?? "?", c["params"] as? Int ?? 0, c["samples"] as? Int ?? 0,
                     d("ms_per_epoch_median"), d("floor_ms_per_epoch"), d("ratio_to_floor"), d("trials_per_epoch"), d("peak_rss_mb")))
    }
}

/// bench/data/manifest.json.
struct BenchManifest {
    let directory: URL
    let json: [String: Any]

    init(path: String) throws {
        let url = URL(fileURLWithPath: path)
        guard let data = FileManager.default.contents(atPath: path),
              let json = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw Arguments.Failure(description: "cannot read \(path); run bench/run.sh (or python3 bench/make_data.py) first")
        }
        directory = url.deletingLastPathComponent()
        self.json = json
    }

    var caseNames: [String] { (json["cases"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String } }

    func benchCase(_ name: String) throws -> [String: Any] {
        guard let c = (json["cases"] as? [[String: Any]])?.first(where: { $0["name"] as? String == name }) else {
            throw Arguments.Failure(description: "no benchmark case '\(name)' (cases: \(caseNames.joined(separator: ", ")))")
        }
        return c
    }

    /// The raw little-endian float64 arrays of a dataset and its shape.
    func dataset(_ name: String) throws -> (x: [Double], t: [Double], q: Int, r: Int, s: Int) {
        guard let d = (json["datasets"] as? [String: Any])?[name] as? [String: Any],
              let q = d["samples"] as? Int, let r = d["inputs"] as? Int, let s = d["outputs"] as? Int,
              let xf = d["x_file"] as? String, let tf = d["t_file"] as? String else {
            throw Arguments.Failure(description: "dataset '\(name)' is not described in the manifest")
        }
        func read(_ f: String, _ count: Int) throws -> [Double] {
            guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent(f).path), data.count == count * 8 else {
                throw Arguments.Failure(description: "\(f) is missing or does not hold \(count) float64 values")
            }
            return data.withUnsafeBytes { raw in (0..<count).map { Double(bitPattern: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: $0 * 8, as: UInt64.self))) } }
        }
        return (try read(xf, q * r), try read(tf, q * s), q, r, s)
    }
}
