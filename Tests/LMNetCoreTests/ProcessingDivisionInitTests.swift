import XCTest
@testable import LMNetCore

final class ProcessingTests: XCTestCase {
    func testMapMinMaxRoundTrip() {
        let data: [Double] = [1, 10, -4, 3, 20, 5, 7, 30, 0.5]  // 3 samples × 3 rows
        let p = data.withUnsafeBufferPointer { Processing(functions: Processing.matlabDefault, data: $0, samples: 3, rows: 3) }
        let plan = p.plan
        var y = [Double](repeating: 0, count: 3), back = [Double](repeating: 0, count: 3)
        for q in 0..<3 {
            data.withUnsafeBufferPointer { plan.apply($0.baseAddress! + q * 3, into: &y) }
            XCTAssert(y.allSatisfy { $0 >= -1 - 1e-12 && $0 <= 1 + 1e-12 })
            y.withUnsafeBufferPointer { plan.reverse($0.baseAddress!, into: &back) }
            for i in 0..<3 { XCTAssertEqual(back[i], data[q * 3 + i], accuracy: 1e-12) }
        }
        // Row minima map to -1 and maxima to +1.
        data.withUnsafeBufferPointer { plan.apply($0.baseAddress!, into: &y) }
        XCTAssertEqual(y[0], -1, accuracy: 1e-15)
        XCTAssertEqual(y[1], -1, accuracy: 1e-15)
    }

    func testConstantRowsAreRemovedAndRestored() {
        let data: [Double] = [1, 5, 2, 5, 3, 5]  // row 1 is constant 5
        let p = data.withUnsafeBufferPointer { Processing(functions: Processing.matlabDefault, data: $0, samples: 3, rows: 2) }
        XCTAssertEqual(p.keptRows, [0])
        let plan = p.plan
        var back = [0.0, 0.0]
        [0.25].withUnsafeBufferPointer { plan.reverse($0.baseAddress!, into: &back) }
        XCTAssertEqual(back[1], 5)
        XCTAssertEqual(back[0], 2.25, accuracy: 1e-12)  // 0.25 in [-1,1] over [1,3]
    }

    func testConstantAndNonFiniteRowsPassThroughMapMinMax() {
        // Without removeconstantrows a constant row passes through mapminmax unchanged,
        // and so does a row whose range is not finite (an all-NaN target row).
        let p = Processing(functions: [.mapminmax], xmin: [5, .nan, 0], xmax: [5, .nan, 2])
        let plan = p.plan
        XCTAssertEqual(plan.kept, [0, 1, 2])
        var y = [0.0, 0.0, 0.0]
        [5.0, 7.0, 2.0].withUnsafeBufferPointer { plan.apply($0.baseAddress!, into: &y) }
        XCTAssertEqual(y, [5, 7, 1])
    }
}

final class DivisionTests: XCTestCase {
    func counts(_ f: DivideFunction, _ q: Int) throws -> [Int] {
        var o = TrainingOptions()
        o.divideFcn = f
        let d = try Division(o, sampleCount: q)
        // Always a partition of 0..<q into sorted, disjoint sets.
        XCTAssertEqual((d.train + d.val + d.test).sorted(), Array(0..<q))
        for s in [d.train, d.val, d.test] { XCTAssertEqual(s, s.sorted()) }
        return [d.train.count, d.val.count, d.test.count]
    }

    func testMatlabCounts() throws {
        for f in [DivideFunction.dividerand, .divideblock, .divideint] {
            XCTAssertEqual(try counts(f, 1000), [700, 150, 150], "\(f)")
            XCTAssertEqual(try counts(f, 94), [66, 14, 14], "\(f)")
        }
        XCTAssertEqual(try counts(.dividetrain, 94), [94, 0, 0])
    }

    func testBlockAndInterleavedOrder() throws {
        var o = TrainingOptions()
        o.divideFcn = .divideblock
        let b = try Division(o, sampleCount: 20)
        XCTAssertEqual(b.train, Array(0..<14))
        XCTAssertEqual(b.val, [14, 15, 16])
        o.divideFcn = .divideint
        let i = try Division(o, sampleCount: 20)
        XCTAssertEqual(i.train.first, 0)
        XCTAssertEqual(i.val.first, 1)   // the largest deficit after one training sample
    }

    func testDivideRandDependsOnSeedOnly() throws {
        var o = TrainingOptions()
        try o.set("seed", 5)
        let a = try Division(o, sampleCount: 100), b = try Division(o, sampleCount: 100)
        XCTAssertEqual(a, b)
        try o.set("seed", 6)
        XCTAssertNotEqual(try Division(o, sampleCount: 100), a)
    }

    func testDivideIndHonoursIndices() throws {
        var o = TrainingOptions()
        o.divideFcn = .divideind
        try o.setIndices("trainInd", [0, 2, 4, 6, 50])
        try o.setIndices("valInd", [1, 3])
        try o.setIndices("testInd", [5])
        let d = try Division(o, sampleCount: 10)
        XCTAssertEqual(d.train, [0, 2, 4, 6])   // 50 ≥ Q is dropped
        XCTAssertEqual(d.val, [1, 3])
        XCTAssertEqual(d.test, [5])
    }
}

final class InitializationTests: XCTestCase {
    func testNguyenWidrowFirstLayerOf20Tansig() throws {
        let (x, t) = TestData.reference()
        var net = try Network(hiddenSizes: [20])
        try x.withUnsafeBufferPointer { xb in
            try t.withUnsafeBufferPointer { tb in try net.configure(x: xb, t: tb, sampleCount: 1000, inputCount: 1, outputCount: 1, seed: 11) }
        }
        let l = net.layout
        let w = (0..<20).map { net.weights[l.weightOffset(0) + $0] }
        let b = (0..<20).map { net.weights[l.biasOffset[0] + $0] }
        for v in w { XCTAssertEqual(abs(v), 28, accuracy: 1e-9) }  // 0.7 · 20^(1/1) · 2
        // Biases evenly spaced over [-28, 28] in magnitude, sign-matched to the weight.
        let expected = (0..<20).map { 28 * (-1 + 2 * Double($0) / 19) }
        for i in 0..<20 { XCTAssertEqual(b[i], expected[i] * (w[i] >= 0 ? 1 : -1), accuracy: 1e-9) }
        // The purelin output layer is uniform in [-1, 1].
        for i in l.biasOffset[1]..<l.count { XCTAssertLessThanOrEqual(abs(net.weights[i]), 1) }
    }

    func testSecondLayerRowNorm() throws {
        let (x, t) = TestData.reference()
        var net = try Network(hiddenSizes: [20, 20])
        try x.withUnsafeBufferPointer { xb in
            try t.withUnsafeBufferPointer { tb in try net.configure(x: xb, t: tb, sampleCount: 1000, inputCount: 1, outputCount: 1, seed: 1) }
        }
        let l = net.layout
        for i in 0..<20 {
            var norm = 0.0
            for j in 0..<20 { norm += pow(net.weights[l.weightOffset(1) + j * 20 + i], 2) }
            XCTAssertEqual(norm.squareRoot(), 0.7 * pow(20, 1.0 / 20) * 2, accuracy: 1e-9)
        }
    }

    func testSameSeedSameWeights() throws {
        let (x, t) = TestData.reference()
        func make(_ seed: UInt64) throws -> [Double] {
            var net = try Network(hiddenSizes: [20, 20, 10])
            try x.withUnsafeBufferPointer { xb in
                try t.withUnsafeBufferPointer { tb in try net.configure(x: xb, t: tb, sampleCount: 1000, inputCount: 1, outputCount: 1, seed: seed) }
            }
            return net.weights
        }
        XCTAssertEqual(try make(3), try make(3))
        XCTAssertNotEqual(try make(3), try make(4))
        XCTAssertEqual(try make(3).count, 681)
    }
}
