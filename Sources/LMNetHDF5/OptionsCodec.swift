import LMNetCore

/// `TrainingOptions` as a group shaped like MATLAB's net (docs/file-format.md,
/// "Options"): trainFcn, divideFcn, performFcn; trainParam/<key>, divideParam/<key>,
/// performParam/<key> and seed as float64 scalars; divideParam/trainInd, valInd, testInd
/// as int64 lists that are 1-based like MATLAB's (LMNet's are 0-based in memory).
enum OptionsCodec {
    /// The subgroup of each numeric key (MATLAB's struct); "" for the group itself.
    static let subgroup: [String: String] = [
        "epochs": "trainParam", "goal": "trainParam", "max_fail": "trainParam", "min_grad": "trainParam",
        "mu": "trainParam", "mu_dec": "trainParam", "mu_inc": "trainParam", "mu_max": "trainParam",
        "time": "trainParam", "show": "trainParam",
        "trainRatio": "divideParam", "valRatio": "divideParam", "testRatio": "divideParam",
        "regularization": "performParam", "seed": "",
    ]
    /// Numeric keys every format-version-1 file holds (later keys are optional when reading).
    static let version1Keys = ["epochs", "goal", "max_fail", "min_grad", "mu", "mu_dec", "mu_inc", "mu_max", "time", "show",
                               "trainRatio", "valRatio", "testRatio", "regularization", "seed"]

    static func path(_ prefix: String, _ key: String) -> String {
        let group = subgroup[key] ?? "trainParam"
        return group.isEmpty ? "\(prefix)/\(key)" : "\(prefix)/\(group)/\(key)"
    }

    static func encode(_ o: TrainingOptions, into doc: inout Document, at prefix: String) throws {
        for key in TrainingOptions.stringKeys { doc[prefix + "/" + key] = .string(try o.string(key)) }
        for key in TrainingOptions.numericKeys { doc[path(prefix, key)] = .scalar(try o.value(key)) }
        for key in TrainingOptions.indexKeys {
            let oneBased = try o.indices(key).map { Int64($0) + 1 }
            doc[prefix + "/divideParam/" + key] = .int64(oneBased, shape: [oneBased.count])
        }
    }

    static func decode(_ doc: Document, at prefix: String) throws -> TrainingOptions {
        var o = TrainingOptions()
        // trainFcn first: setting it resets trainParam to that function's defaults.
        for key in ["trainFcn"] + TrainingOptions.stringKeys.filter({ $0 != "trainFcn" }) {
            let p = prefix + "/" + key
            try rethrowing(p) { try o.setString(key, doc.string(p)) }
        }
        for key in TrainingOptions.numericKeys {
            let p = path(prefix, key)
            guard version1Keys.contains(key) || doc[p] != nil else { continue }
            let v = try doc.float64Scalar(p)
            try rethrowing(p) { try o.set(key, v) }
        }
        for key in TrainingOptions.indexKeys {
            let p = prefix + "/divideParam/" + key
            let oneBased = try doc.int64(p, shape: [nil]).values
            if let bad = oneBased.first(where: { $0 < 1 || $0 > Int64(NetworkCodec.maxSize) }) {
                throw Document.problem("dataset \(p) holds \(bad); expected 1-based sample indices")
            }
            try rethrowing(p) { try o.setIndices(key, oneBased.map { Int($0) - 1 }) }
        }
        return o
    }

    /// Turns a validation error of a stored value into a `.format` error naming the dataset.
    static func rethrowing(_ path: String, _ body: () throws -> Void) throws {
        do {
            try body()
        } catch let e as LMNetError where e.kind != .format {
            throw Document.problem("dataset \(path): \(e.message)")
        }
    }
}
