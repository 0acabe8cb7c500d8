import CLMNet
import LMNetCore
import LMNetHDF5

@c @implementation
public func lmnet_dataset_create(_ x: UnsafePointer<Double>?, _ t: UnsafePointer<Double>?, _ nSamples: Int64,
                                 _ nInputs: Int64, _ nOutputs: Int64, _ out: UnsafeMutablePointer<OpaquePointer?>?) -> lmnet_status {
    api {
        let out = try requireOut(out, "out")
        guard nSamples >= 1, nInputs >= 1, nOutputs >= 0 else {
            throw LMNetError(.dimension, "n_samples and n_inputs must be positive and n_outputs non-negative, got \(nSamples), \(nInputs), \(nOutputs)")
        }
        let xb = try inputArray(x, try elementCount(nSamples, nInputs, "x"), "x")
        let tb = try inputArray(t, try elementCount(nSamples, nOutputs, "t"), "t")
        let ds = try Dataset(x: Array(xb), t: Array(tb), sampleCount: Int(nSamples), inputCount: Int(nInputs), outputCount: Int(nOutputs))
        handOut(DatasetBox(ds), to: out)
    }
}

@c @implementation
public func lmnet_dataset_free(_ ds: OpaquePointer?) { release(ds, as: DatasetBox.self) }

@c @implementation
public func lmnet_dataset_shape(_ ds: OpaquePointer?, _ nSamples: UnsafeMutablePointer<Int64>?,
                                _ nInputs: UnsafeMutablePointer<Int64>?, _ nOutputs: UnsafeMutablePointer<Int64>?) -> lmnet_status {
    api {
        let box: DatasetBox = try unbox(ds, "ds")
        nSamples?.pointee = Int64(box.dataset.sampleCount)
        nInputs?.pointee = Int64(box.dataset.inputCount)
        nOutputs?.pointee = Int64(box.dataset.outputCount)
    }
}

@c @implementation
public func lmnet_dataset_get_x(_ ds: OpaquePointer?, _ out: UnsafeMutablePointer<Double>?, _ capacity: Int64) -> lmnet_status {
    api {
        let box: DatasetBox = try unbox(ds, "ds")
        try fill(box.dataset.x, out, capacity, "out")
    }
}

@c @implementation
public func lmnet_dataset_get_t(_ ds: OpaquePointer?, _ out: UnsafeMutablePointer<Double>?, _ capacity: Int64) -> lmnet_status {
    api {
        let box: DatasetBox = try unbox(ds, "ds")
        if box.dataset.t.isEmpty { return }
        try fill(box.dataset.t, out, capacity, "out")
    }
}

@c @implementation
public func lmnet_dataset_set_names(_ ds: OpaquePointer?, _ side: Int32, _ names: UnsafePointer<CChar>?) -> lmnet_status {
    api {
        let box: DatasetBox = try unbox(ds, "ds")
        let output = try LMNet.side(side)
        let text = try inputString(names, "names")
        let list = text.isEmpty ? [] : text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let rows = output ? box.dataset.outputCount : box.dataset.inputCount
        guard list.isEmpty || list.count == rows else {
            throw LMNetError(.dimension, "names must hold one name per \(output ? "target" : "input") row (\(rows)), got \(list.count)")
        }
        if output { box.dataset.targetNames = list } else { box.dataset.inputNames = list }
    }
}

@c @implementation
public func lmnet_dataset_get_names(_ ds: OpaquePointer?, _ side: Int32, _ buf: UnsafeMutablePointer<CChar>?,
                                    _ capacity: Int64, _ length: UnsafeMutablePointer<Int64>?) -> lmnet_status {
    api {
        let box: DatasetBox = try unbox(ds, "ds")
        let list = try LMNet.side(side) ? box.dataset.targetNames : box.dataset.inputNames
        try copyOut(list.joined(separator: "\n"), buf, capacity, length)
    }
}

private func datasetIndices(_ ds: Dataset, _ key: String) throws -> [Int] {
    switch key {
    case "trainInd": return ds.trainInd
    case "valInd": return ds.valInd
    case "testInd": return ds.testInd
    default: throw LMNetError(.unknownName, "unknown index key '\(key)' (valid: trainInd, valInd, testInd)")
    }
}

@c @implementation
public func lmnet_dataset_set_indices(_ ds: OpaquePointer?, _ key: UnsafePointer<CChar>?, _ indices: UnsafePointer<Int64>?,
                                      _ n: Int64) -> lmnet_status {
    api {
        let box: DatasetBox = try unbox(ds, "ds")
        let name = try inputString(key, "key")
        _ = try datasetIndices(box.dataset, name)
        let list = try inputIndices(indices, n, "indices")
        if let bad = list.first(where: { $0 < 0 || $0 >= box.dataset.sampleCount }) {
            throw LMNetError(.invalidArgument, "\(name) holds \(bad), outside 0...\(box.dataset.sampleCount - 1)")
        }
        switch name {
        case "trainInd": box.dataset.trainInd = list
        case "valInd": box.dataset.valInd = list
        default: box.dataset.testInd = list
        }
    }
}

@c @implementation
public func lmnet_dataset_get_indices(_ ds: OpaquePointer?, _ key: UnsafePointer<CChar>?, _ out: UnsafeMutablePointer<Int64>?,
                                      _ capacity: Int64, _ length: UnsafeMutablePointer<Int64>?) -> lmnet_status {
    api {
        let box: DatasetBox = try unbox(ds, "ds")
        let list = try datasetIndices(box.dataset, try inputString(key, "key"))
        try copyOut(list.map { Int64($0) }, out, capacity, length)
    }
}

@c @implementation
public func lmnet_dataset_save(_ ds: OpaquePointer?, _ path: UnsafePointer<CChar>?) -> lmnet_status {
    api {
        let box: DatasetBox = try unbox(ds, "ds")
        try DatasetFile.save(box.dataset, to: try inputString(path, "path"))
    }
}

@c @implementation
public func lmnet_dataset_load(_ path: UnsafePointer<CChar>?, _ out: UnsafeMutablePointer<OpaquePointer?>?) -> lmnet_status {
    api {
        let file = try inputString(path, "path")
        let out = try requireOut(out, "out")
        handOut(DatasetBox(try DatasetFile.load(file)), to: out)
    }
}
