import LMNetCore

/// A `Network` as the datasets of the /network group (docs/file-format.md, "Network").
/// Weights of layer k are stored C-order with shape (in_k, S_k): the bytes of MATLAB's
/// S_k × in_k matrix (IW{1,1} or LW{k,k-1}) in column-major order, which is exactly the
/// slice of the getwb vector after the bias b{k} (stored with shape (1, S_k)).
enum NetworkCodec {
    /// Upper bound on sizes read from a file (rows, neurons, layers), far above any real network.
    static let maxSize = 1 << 31

    static func encode(_ net: Network, into doc: inout Document, at prefix: String) throws {
        guard net.isConfigured else {
            throw LMNetError(.notConfigured, "the network is not configured (no input/output sizes); configure or train it first")
        }
        for (side, p) in [("input", net.inputProcessing), ("output", net.outputProcessing)] where p.xmin.count != p.xmax.count {
            throw LMNetError(.dimension, "the \(side) processing has \(p.xmin.count) xmin but \(p.xmax.count) xmax values")
        }
        guard net.transferFunctions.count == net.layerCount else {
            throw LMNetError(.dimension, "the network has \(net.layerCount) layers but \(net.transferFunctions.count) transfer functions")
        }
        let layout = net.layout
        guard net.weights.count == layout.count else {
            throw LMNetError(.dimension, "the network holds \(net.weights.count) weights, its architecture needs \(layout.count)")
        }
        if let i = net.weights.firstIndex(where: { !$0.isFinite }) {
            throw LMNetError(.nonFinite, "weight \(i) (0-based, getwb order) is \(net.weights[i]); only finite weights can be saved")
        }

        doc[prefix + "/num_inputs"] = .scalar(net.inputCount)
        doc[prefix + "/num_outputs"] = .scalar(net.outputCount)
        doc[prefix + "/num_layers"] = .scalar(net.layerCount)
        doc[prefix + "/layer_sizes"] = .int64(net.layerSizes.map { Int64($0) }, shape: [net.layerCount])
        encode(net.inputProcessing, into: &doc, at: prefix + "/input_processing")
        encode(net.outputProcessing, into: &doc, at: prefix + "/output_processing")
        for k in 0..<net.layerCount {
            let layer = prefix + "/layer_\(k + 1)"
            let s = layout.sizes[k], r = layout.inputs[k]
            let b = layout.biasOffset[k], w = layout.weightOffset(k)
            doc[layer + "/transfer_fcn"] = .string(net.transferFunctions[k].rawValue)
            doc[layer + "/bias"] = .float64(Array(net.weights[b..<(b + s)]), shape: [1, s])
            doc[layer + "/weights"] = .float64(Array(net.weights[w..<(w + s * r)]), shape: [r, s])
        }
    }

    static func decode(_ doc: Document, at prefix: String) throws -> Network {
        let inputs = try doc.integer(prefix + "/num_inputs", in: 1...maxSize)
        let outputs = try doc.integer(prefix + "/num_outputs", in: 1...maxSize)
        let layers = try doc.integer(prefix + "/num_layers", in: 1...100_000)
        let sizes = try doc.int64(prefix + "/layer_sizes", shape: [layers]).values
        for (k, s) in sizes.enumerated() where s < (k == layers - 1 ? 0 : 1) || s > Int64(maxSize) {
            throw Document.problem("dataset \(prefix)/layer_sizes holds \(s) for layer \(k + 1)")
        }
        let inputProcessing = try decodeProcessing(doc, at: prefix + "/input_processing", rows: inputs)
        let outputProcessing = try decodeProcessing(doc, at: prefix + "/output_processing", rows: outputs)
        var transfer: [TransferFunction] = []
        for k in 1...layers {
            transfer.append(try doc.name(prefix + "/layer_\(k)/transfer_fcn", as: TransferFunction.self, what: "transfer function"))
        }

        let kept = outputProcessing.keptRows.count
        guard Int64(kept) == sizes[layers - 1] else {
            throw Document.problem("dataset \(prefix)/layer_sizes gives the output layer \(sizes[layers - 1]) neurons, " +
                                   "but output processing keeps \(kept) of the \(outputs) target rows")
        }
        // Every layer's arrays are checked against the sizes before the network (and its
        // weight vector) is built, so sizes are bounded by what the file really holds.
        var parameters: [(bias: [Double], weights: [Double])] = []
        var layerInputs = inputProcessing.keptRows.count
        for k in 0..<layers {
            let layer = prefix + "/layer_\(k + 1)"
            let s = Int(sizes[k])
            let bias = try finite(doc.float64(layer + "/bias", shape: [1, s]).values, layer + "/bias")
            let weights = try finite(doc.float64(layer + "/weights", shape: [layerInputs, s]).values, layer + "/weights")
            parameters.append((bias, weights))
            layerInputs = s
        }

        var net = try Network(hiddenSizes: sizes.dropLast().map { Int($0) })
        net.transferFunctions = transfer
        try net.setProcessing(inputProcessing, output: false)
        try net.setProcessing(outputProcessing, output: true)
        let layout = net.layout
        var flat = [Double]()
        flat.reserveCapacity(layout.count)
        for (k, p) in parameters.enumerated() {
            guard flat.count == layout.biasOffset[k] else { throw LMNetError(.internal, "weight layout of layer \(k + 1)") }
            flat += p.bias
            flat += p.weights
        }
        guard flat.count == layout.count else { throw LMNetError(.internal, "weight count \(flat.count), expected \(layout.count)") }
        net.weights = flat
        return net
    }

    static func encode(_ p: Processing, into doc: inout Document, at prefix: String) {
        doc[prefix + "/process_fcns"] = .strings(p.functions.map(\.rawValue))
        doc[prefix + "/xmin"] = .float64(p.xmin, shape: [1, p.xmin.count])
        doc[prefix + "/xmax"] = .float64(p.xmax, shape: [1, p.xmax.count])
    }

    /// Processing settings of `rows` rows; xmin and xmax may hold NaN or Inf (pass-through rows).
    static func decodeProcessing(_ doc: Document, at prefix: String, rows: Int) throws -> Processing {
        let functions = try doc.names(prefix + "/process_fcns", as: ProcessFunction.self, what: "processing function")
        let xmin = try doc.float64(prefix + "/xmin", shape: [1, rows]).values
        let xmax = try doc.float64(prefix + "/xmax", shape: [1, rows]).values
        return Processing(functions: functions, xmin: xmin, xmax: xmax)
    }

    private static func finite(_ v: [Double], _ path: String) throws -> [Double] {
        if let i = v.firstIndex(where: { !$0.isFinite }) {
            throw Document.problem("dataset \(path) holds a non-finite weight (\(v[i])) at element \(i)")
        }
        return v
    }
}
