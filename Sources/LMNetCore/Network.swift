/// A feed-forward network as MATLAB's `feedforwardnet`/`fitnet` builds it: layers
/// 1...L, each fed by the previous one (layer 1 by the processed inputs), a bias on
/// every layer, input and output processing.
///
/// All weights live in one flat vector in MATLAB's `getwb` order: for each layer k,
/// the bias b{k} (S_k values), then the S_k × in_k weight matrix column-major.
public struct Network: Equatable, Sendable {
    /// Sizes of the hidden layers (the output layer's size follows from the targets).
    public private(set) var hiddenSizes: [Int]
    /// One transfer function per layer, hidden layers first.
    public var transferFunctions: [TransferFunction]
    public var inputProcessing: Processing
    public var outputProcessing: Processing
    /// The flat weight vector; empty until configured.
    public var weights: [Double]

    /// `feedforwardnet(hiddenSizes)`: tansig hidden layers, purelin output, unconfigured.
    public init(hiddenSizes: [Int] = [10]) throws {
        guard hiddenSizes.allSatisfy({ $0 >= 1 }) else {
            throw LMNetError(.dimension, "hidden layer sizes must be positive integers, got \(hiddenSizes)")
        }
        self.hiddenSizes = hiddenSizes
        self.transferFunctions = Array(repeating: .tansig, count: hiddenSizes.count) + [.purelin]
        self.inputProcessing = Processing()
        self.outputProcessing = Processing()
        self.weights = []
    }

    /// Number of layers L.
    public var layerCount: Int { hiddenSizes.count + 1 }
    /// Whether input and output sizes are known.
    public var isConfigured: Bool { inputProcessing.rowCount > 0 && outputProcessing.rowCount > 0 }
    public var inputCount: Int { inputProcessing.rowCount }
    public var outputCount: Int { outputProcessing.rowCount }

    /// Sizes S_1...S_L; the output layer has one neuron per target row kept by removeconstantrows.
    public var layerSizes: [Int] { hiddenSizes + [outputProcessing.keptRows.count] }
    /// Number of inputs in_k of each layer.
    public var layerInputCounts: [Int] { [inputProcessing.keptRows.count] + hiddenSizes }

    /// Offsets of each layer's bias and weight matrix in the flat vector.
    public var layout: WeightLayout { WeightLayout(sizes: layerSizes, inputs: layerInputCounts) }

    /// MATLAB's `net.numWeightElements`.
    public var weightCount: Int { isConfigured ? layout.count : 0 }

    /// The most weights a network may have (400 MB of them; LM needs two P × P matrices on top).
    public static let maximumWeightCount = 50_000_000

    /// Sets processing settings of one side; resets the weights to zero when their count changes.
    public mutating func setProcessing(_ p: Processing, output: Bool) throws {
        var next = self
        if output { next.outputProcessing = p } else { next.inputProcessing = p }
        try next.requireReasonableSize()
        self = next
        resizeWeights()
    }

    /// Throws `outOfMemory` before a configured size would need more than maximumWeightCount weights.
    func requireReasonableSize() throws {
        guard isConfigured else { return }
        let sizes = layerSizes, inputs = layerInputCounts
        var total = 0
        for k in 0..<sizes.count {
            let (n, overflow) = sizes[k].multipliedReportingOverflow(by: inputs[k] + 1)
            total += overflow ? Network.maximumWeightCount + 1 : n
            if total > Network.maximumWeightCount {
                throw LMNetError(.outOfMemory, "the network would have more than \(Network.maximumWeightCount) weights (layer sizes \(sizes), \(inputs[0]) inputs)")
            }
        }
    }

    /// Replaces the processing functions of one side and unconfigures the network (MATLAB
    /// requires a new configure after changing processFcns).
    public mutating func setProcessFunctions(_ f: [ProcessFunction], output: Bool) {
        if output { outputProcessing = Processing(functions: f) } else { inputProcessing = Processing(functions: f) }
        weights = []
    }

    mutating func resizeWeights() {
        let n = isConfigured ? layout.count : 0
        if weights.count != n { weights = [Double](repeating: 0, count: n) }
    }
}

/// Where each layer's parameters sit in the flat weight vector.
public struct WeightLayout: Sendable {
    public let sizes: [Int]
    public let inputs: [Int]
    /// Offset of b{k}; W_k follows at biasOffset[k] + sizes[k].
    public let biasOffset: [Int]
    public let count: Int

    public init(sizes: [Int], inputs: [Int]) {
        self.sizes = sizes
        self.inputs = inputs
        var offsets: [Int] = []
        var o = 0
        for k in 0..<sizes.count {
            offsets.append(o)
            o += sizes[k] * (inputs[k] + 1)
        }
        biasOffset = offsets
        count = o
    }

    @inline(__always) public func weightOffset(_ k: Int) -> Int { biasOffset[k] + sizes[k] }
}
