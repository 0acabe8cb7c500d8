import CLMNet
import LMNetCore

@c @implementation
public func lmnet_network_create(_ hiddenSizes: UnsafePointer<Int64>?, _ numHidden: Int64,
                                 _ out: UnsafeMutablePointer<OpaquePointer?>?) -> lmnet_status {
    api {
        let out = try requireOut(out, "out")
        guard numHidden >= 0, numHidden <= 1000 else { throw LMNetError(.dimension, "num_hidden must be in 0...1000, got \(numHidden)") }
        let sizes = try inputIndices(hiddenSizes, numHidden, "hidden_sizes")
        guard sizes.allSatisfy({ $0 >= 1 && $0 <= 100_000 }) else {
            throw LMNetError(.dimension, "hidden layer sizes must be in 1...100000, got \(sizes)")
        }
        handOut(NetworkBox(try Network(hiddenSizes: sizes)), to: out)
    }
}

@c @implementation
public func lmnet_network_free(_ net: OpaquePointer?) { release(net, as: NetworkBox.self) }

@c @implementation
public func lmnet_network_clone(_ net: OpaquePointer?, _ out: UnsafeMutablePointer<OpaquePointer?>?) -> lmnet_status {
    api {
        let box: NetworkBox = try unbox(net, "net")
        let out = try requireOut(out, "out")
        handOut(NetworkBox(box.network), to: out)
    }
}

/// Validates a 1-based layer number.
private func layerIndex(_ net: Network, _ layer: Int64) throws -> Int {
    guard layer >= 1, layer <= Int64(net.layerCount) else {
        throw LMNetError(.invalidArgument, "layer must be in 1...\(net.layerCount), got \(layer)")
    }
    return Int(layer) - 1
}

@c @implementation
public func lmnet_network_set_transfer_fcn(_ net: OpaquePointer?, _ layer: Int64, _ name: UnsafePointer<CChar>?) -> lmnet_status {
    api {
        let box: NetworkBox = try unbox(net, "net")
        let k = try layerIndex(box.network, layer)
        box.network.transferFunctions[k] = try TransferFunction(matlabName: try inputString(name, "name"))
    }
}

@c @implementation
public func lmnet_network_get_transfer_fcn(_ net: OpaquePointer?, _ layer: Int64, _ buf: UnsafeMutablePointer<CChar>?,
                                           _ capacity: Int64, _ length: UnsafeMutablePointer<Int64>?) -> lmnet_status {
    api {
        let box: NetworkBox = try unbox(net, "net")
        let k = try layerIndex(box.network, layer)
        try copyOut(box.network.transferFunctions[k].rawValue, buf, capacity, length)
    }
}

/// Stores an integer fact about a network.
private func networkFact(_ net: OpaquePointer?, _ out: UnsafeMutablePointer<Int64>?, _ fact: (Network) throws -> Int) -> lmnet_status {
    api {
        let box: NetworkBox = try unbox(net, "net")
        let out = try requireOut(out, "out")
        out.pointee = Int64(try fact(box.network))
    }
}

@c @implementation
public func lmnet_network_num_layers(_ net: OpaquePointer?, _ out: UnsafeMutablePointer<Int64>?) -> lmnet_status {
    networkFact(net, out) { $0.layerCount }
}

@c @implementation
public func lmnet_network_layer_size(_ net: OpaquePointer?, _ layer: Int64, _ out: UnsafeMutablePointer<Int64>?) -> lmnet_status {
    networkFact(net, out) { n in
        let k = try layerIndex(n, layer)
        return k < n.hiddenSizes.count ? n.hiddenSizes[k] : (n.isConfigured ? n.layerSizes[k] : 0)
    }
}

@c @implementation
public func lmnet_network_num_inputs(_ net: OpaquePointer?, _ out: UnsafeMutablePointer<Int64>?) -> lmnet_status {
    networkFact(net, out) { $0.isConfigured ? $0.inputCount : 0 }
}

@c @implementation
public func lmnet_network_num_outputs(_ net: OpaquePointer?, _ out: UnsafeMutablePointer<Int64>?) -> lmnet_status {
    networkFact(net, out) { $0.isConfigured ? $0.outputCount : 0 }
}

@c @implementation
public func lmnet_network_num_weights(_ net: OpaquePointer?, _ out: UnsafeMutablePointer<Int64>?) -> lmnet_status {
    networkFact(net, out) { $0.weightCount }
}

@c @implementation
public func lmnet_network_is_configured(_ net: OpaquePointer?, _ out: UnsafeMutablePointer<Int32>?) -> lmnet_status {
    api {
        let box: NetworkBox = try unbox(net, "net")
        let out = try requireOut(out, "out")
        out.pointee = box.network.isConfigured ? 1 : 0
    }
}

/// Parses "removeconstantrows,mapminmax" (commas or spaces; "" for none).
private func parseProcessFunctions(_ s: String) throws -> [ProcessFunction] {
    try s.split(whereSeparator: { $0 == "," || $0 == " " }).map { name in
        guard let f = ProcessFunction(rawValue: String(name)) else {
            throw LMNetError(.unknownName, "unknown processing function '\(name)' (valid: removeconstantrows, mapminmax)")
        }
        return f
    }
}

@c @implementation
public func lmnet_network_set_process_fcns(_ net: OpaquePointer?, _ side: Int32, _ fcns: UnsafePointer<CChar>?) -> lmnet_status {
    api {
        let box: NetworkBox = try unbox(net, "net")
        let output = try LMNet.side(side)
        let f = try parseProcessFunctions(try inputString(fcns, "fcns"))
        box.network.setProcessFunctions(f, output: output)
    }
}

@c @implementation
public func lmnet_network_get_process_fcns(_ net: OpaquePointer?, _ side: Int32, _ buf: UnsafeMutablePointer<CChar>?,
                                           _ capacity: Int64, _ length: UnsafeMutablePointer<Int64>?) -> lmnet_status {
    api {
        let box: NetworkBox = try unbox(net, "net")
        let p = try LMNet.side(side) ? box.network.outputProcessing : box.network.inputProcessing
        try copyOut(p.functions.map(\.rawValue).joined(separator: ","), buf, capacity, length)
    }
}

@c @implementation
public func lmnet_network_get_process_settings(_ net: OpaquePointer?, _ side: Int32, _ xmin: UnsafeMutablePointer<Double>?,
                                               _ xmax: UnsafeMutablePointer<Double>?, _ n: Int64) -> lmnet_status {
    api {
        let box: NetworkBox = try unbox(net, "net")
        let output = try LMNet.side(side)
        guard box.network.isConfigured else { throw LMNetError(.notConfigured, "the network is not configured") }
        let p = output ? box.network.outputProcessing : box.network.inputProcessing
        guard n == Int64(p.rowCount) else {
            throw LMNetError(.dimension, "n must equal the number of \(output ? "outputs" : "inputs") (\(p.rowCount)), got \(n)")
        }
        guard xmin != nil, xmax != nil else { throw LMNetError(.invalidArgument, xmin == nil ? "xmin is NULL" : "xmax is NULL") }
        try fill(p.xmin, xmin, n, "xmin")
        try fill(p.xmax, xmax, n, "xmax")
    }
}

@c @implementation
public func lmnet_network_set_process_settings(_ net: OpaquePointer?, _ side: Int32, _ xmin: UnsafePointer<Double>?,
                                               _ xmax: UnsafePointer<Double>?, _ n: Int64) -> lmnet_status {
    api {
        let box: NetworkBox = try unbox(net, "net")
        let output = try LMNet.side(side)
        guard n >= 1, n <= 1_000_000 else { throw LMNetError(.dimension, "n must be in 1...1000000, got \(n)") }
        let lo = Array(try inputArray(xmin, Int(n), "xmin")), hi = Array(try inputArray(xmax, Int(n), "xmax"))
        let current = output ? box.network.outputProcessing : box.network.inputProcessing
        if box.network.isConfigured && Int64(current.rowCount) != n {
            throw LMNetError(.dimension, "the network is configured for \(current.rowCount) \(output ? "outputs" : "inputs"), got n = \(n); use lmnet_network_configure to change the sizes")
        }
        let functions = current.functions
        try box.network.setProcessing(Processing(functions: functions, xmin: lo, xmax: hi), output: output)
    }
}

@c @implementation
public func lmnet_network_configure(_ net: OpaquePointer?, _ x: UnsafePointer<Double>?, _ t: UnsafePointer<Double>?,
                                    _ nSamples: Int64, _ nInputs: Int64, _ nOutputs: Int64, _ seed: UInt64) -> lmnet_status {
    api {
        let box: NetworkBox = try unbox(net, "net")
        let (xb, tb) = try trainingData(x, t, nSamples, nInputs, nOutputs)
        var n = box.network
        try n.configure(x: xb, t: tb, sampleCount: Int(nSamples), inputCount: Int(nInputs), outputCount: Int(nOutputs), seed: seed)
        box.network = n
    }
}

@c @implementation
public func lmnet_network_init(_ net: OpaquePointer?, _ seed: UInt64) -> lmnet_status {
    api {
        let box: NetworkBox = try unbox(net, "net")
        var n = box.network
        try n.initialize(seed: seed)
        box.network = n
    }
}

@c @implementation
public func lmnet_network_get_weights(_ net: OpaquePointer?, _ out: UnsafeMutablePointer<Double>?, _ capacity: Int64) -> lmnet_status {
    api {
        let box: NetworkBox = try unbox(net, "net")
        guard box.network.isConfigured else { throw LMNetError(.notConfigured, "the network is not configured, it has no weights yet") }
        try fill(box.network.weights, out, capacity, "out")
    }
}

@c @implementation
public func lmnet_network_set_weights(_ net: OpaquePointer?, _ w: UnsafePointer<Double>?, _ n: Int64) -> lmnet_status {
    api {
        let box: NetworkBox = try unbox(net, "net")
        guard box.network.isConfigured else { throw LMNetError(.notConfigured, "the network is not configured, it has no weights yet") }
        guard n == Int64(box.network.weightCount) else {
            throw LMNetError(.dimension, "the network has \(box.network.weightCount) weights, got \(n)")
        }
        let values = try inputArray(w, Int(n), "w")
        try Dataset.requireFinite(values, "w")
        box.network.weights = Array(values)
    }
}

@c @implementation
public func lmnet_network_sim(_ net: OpaquePointer?, _ x: UnsafePointer<Double>?, _ nSamples: Int64, _ nInputs: Int64,
                              _ y: UnsafeMutablePointer<Double>?, _ yCapacity: Int64) -> lmnet_status {
    api {
        let box: NetworkBox = try unbox(net, "net")
        let network = box.network
        guard network.isConfigured else { throw LMNetError(.notConfigured, "the network is not configured (train or configure it first)") }
        guard nSamples >= 1 else { throw LMNetError(.dimension, "n_samples must be positive, got \(nSamples)") }
        guard nInputs == Int64(network.inputCount) else {
            throw LMNetError(.dimension, "the network has \(network.inputCount) inputs, got n_inputs = \(nInputs)")
        }
        let xb = try inputArray(x, try elementCount(nSamples, nInputs, "x"), "x")
        let needed = try elementCount(nSamples, Int64(network.outputCount), "y")
        guard y != nil else { throw LMNetError(.invalidArgument, "y is NULL") }
        guard yCapacity >= Int64(needed) else {
            throw LMNetError(.bufferTooSmall, "y holds \(yCapacity) values, \(nSamples)×\(network.outputCount) = \(needed) are needed")
        }
        try fill(try network.simulate(xb, sampleCount: Int(nSamples)), y, yCapacity, "y")
    }
}
