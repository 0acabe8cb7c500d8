import LMNetCore

/// A `Dataset` as root datasets (docs/file-format.md, "Dataset file"): x (Q, R) and
/// t (Q, S) sample-major, optional input_names (R) and target_names (S), optional
/// division as train_mask, val_mask, test_mask (Q), all three or none.
enum DatasetCodec {
    static func encode(_ d: Dataset, into doc: inout Document) throws {
        guard d.x.count == d.sampleCount * d.inputCount, d.t.count == d.sampleCount * d.outputCount else {
            throw LMNetError(.dimension, "x holds \(d.x.count) and t \(d.t.count) values for \(d.sampleCount) samples × \(d.inputCount) inputs, \(d.outputCount) outputs")
        }
        try Dataset.requireFinite(d.x, "x")
        doc["/x"] = .float64(d.x, shape: [d.sampleCount, d.inputCount])
        doc["/t"] = .float64(d.t, shape: [d.sampleCount, d.outputCount])
        for (key, names, rows) in [("input_names", d.inputNames, d.inputCount), ("target_names", d.targetNames, d.outputCount)]
        where !names.isEmpty {
            guard names.count == rows else {
                throw LMNetError(.dimension, "\(key) holds \(names.count) names for \(rows) rows")
            }
            guard names.allSatisfy(StoredArray.isStorable) else {
                throw LMNetError(.invalidArgument, "\(key) holds a name with a NUL character")
            }
            doc["/" + key] = .strings(names)
        }
        if !(d.trainInd.isEmpty && d.valInd.isEmpty && d.testInd.isEmpty) {
            for (key, mask) in RecordCodec.masks {
                let indices = key == "trainInd" ? d.trainInd : key == "valInd" ? d.valInd : d.testInd
                doc["/" + mask] = .uint8(try IndexMask.encode(indices, count: d.sampleCount, name: "dataset \(key)"), shape: [d.sampleCount])
            }
        }
    }

    static func decode(_ doc: Document) throws -> Dataset {
        let (x, xShape) = try doc.float64("/x", shape: [nil, nil])
        let q = xShape[0], r = xShape[1]
        guard q >= 1, r >= 1 else { throw Document.problem("dataset /x has shape \(StoredArray.describe(xShape)); a dataset needs at least 1 sample and 1 input") }
        let (t, tShape) = try doc.float64("/t", shape: [q, nil])
        var d: Dataset
        do {
            d = try Dataset(x: x, t: t, sampleCount: q, inputCount: r, outputCount: tShape[1])
        } catch let e as LMNetError {
            throw Document.problem("dataset /x: \(e.message)")
        }
        if doc["/input_names"] != nil { d.inputNames = try doc.strings("/input_names", shape: [r]) }
        if doc["/target_names"] != nil { d.targetNames = try doc.strings("/target_names", shape: [tShape[1]]) }
        if RecordCodec.masks.contains(where: { doc["/" + $0.mask] != nil }) {
            for (key, mask) in RecordCodec.masks {
                let p = "/" + mask
                let indices = try IndexMask.decode(doc.uint8(p, shape: [q]).values, path: p)
                switch key {
                case "trainInd": d.trainInd = indices
                case "valInd": d.valInd = indices
                default: d.testInd = indices
                }
            }
        }
        return d
    }
}
