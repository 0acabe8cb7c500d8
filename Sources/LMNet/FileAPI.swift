import CLMNet
import LMNetCore
import LMNetHDF5

@c @implementation
public func lmnet_network_save(_ net: OpaquePointer?, _ rec: OpaquePointer?, _ opts: OpaquePointer?,
                               _ path: UnsafePointer<CChar>?) -> lmnet_status {
    api {
        let box: NetworkBox = try unbox(net, "net")
        let record = rec == nil ? nil : (try unbox(rec, "rec") as RecordBox).record
        let options = opts == nil ? nil : (try unbox(opts, "opts") as OptionsBox).options
        let file = try inputString(path, "path")
        guard box.network.isConfigured else { throw LMNetError(.notConfigured, "the network is not configured; there is nothing to save") }
        try ModelFile.save(box.network, record: record, options: options, to: file)
    }
}

@c @implementation
public func lmnet_network_load(_ path: UnsafePointer<CChar>?, _ netOut: UnsafeMutablePointer<OpaquePointer?>?,
                               _ recordOut: UnsafeMutablePointer<OpaquePointer?>?,
                               _ optionsOut: UnsafeMutablePointer<OpaquePointer?>?) -> lmnet_status {
    api {
        let file = try inputString(path, "path")
        let netOut = try requireOut(netOut, "net_out")
        let loaded = try ModelFile.load(file)
        handOut(loaded, net: netOut, record: recordOut, options: optionsOut)
    }
}

@c @implementation
public func lmnet_record_save(_ rec: OpaquePointer?, _ path: UnsafePointer<CChar>?) -> lmnet_status {
    api {
        let box: RecordBox = try unbox(rec, "rec")
        try RecordFile.save(box.record, to: try inputString(path, "path"))
    }
}

@c @implementation
public func lmnet_record_load(_ path: UnsafePointer<CChar>?, _ out: UnsafeMutablePointer<OpaquePointer?>?) -> lmnet_status {
    api {
        let file = try inputString(path, "path")
        let out = try requireOut(out, "out")
        handOut(RecordBox(try RecordFile.load(file)), to: out)
    }
}

/// Bytes from C: n must be positive and buf non-NULL.
private func inputBytes(_ buf: UnsafePointer<UInt8>?, _ n: Int64) throws -> [UInt8] {
    guard n > 0 else { throw LMNetError(.dimension, "n must be positive, got \(n)") }
    guard let buf else { throw LMNetError(.invalidArgument, "buf is NULL") }
    return Array(UnsafeBufferPointer(start: buf, count: Int(n)))
}

@c @implementation
public func lmnet_network_save_bytes(_ net: OpaquePointer?, _ rec: OpaquePointer?, _ opts: OpaquePointer?,
                                     _ buf: UnsafeMutablePointer<UInt8>?, _ capacity: Int64,
                                     _ length: UnsafeMutablePointer<Int64>?) -> lmnet_status {
    api {
        let box: NetworkBox = try unbox(net, "net")
        let record = rec == nil ? nil : (try unbox(rec, "rec") as RecordBox).record
        let options = opts == nil ? nil : (try unbox(opts, "opts") as OptionsBox).options
        guard box.network.isConfigured else { throw LMNetError(.notConfigured, "the network is not configured; there is nothing to save") }
        guard capacity >= 0 else { throw LMNetError(.dimension, "capacity must not be negative, got \(capacity)") }
        try copyOut(try FileBytes.model(box.network, record: record, options: options), buf, capacity, length)
    }
}

@c @implementation
public func lmnet_network_load_bytes(_ buf: UnsafePointer<UInt8>?, _ n: Int64, _ netOut: UnsafeMutablePointer<OpaquePointer?>?,
                                     _ recordOut: UnsafeMutablePointer<OpaquePointer?>?,
                                     _ optionsOut: UnsafeMutablePointer<OpaquePointer?>?) -> lmnet_status {
    api {
        let netOut = try requireOut(netOut, "net_out")
        let loaded = try FileBytes.loadModel(try inputBytes(buf, n))
        handOut(loaded, net: netOut, record: recordOut, options: optionsOut)
    }
}

@c @implementation
public func lmnet_record_save_bytes(_ rec: OpaquePointer?, _ buf: UnsafeMutablePointer<UInt8>?, _ capacity: Int64,
                                    _ length: UnsafeMutablePointer<Int64>?) -> lmnet_status {
    api {
        let box: RecordBox = try unbox(rec, "rec")
        guard capacity >= 0 else { throw LMNetError(.dimension, "capacity must not be negative, got \(capacity)") }
        try copyOut(try FileBytes.record(box.record), buf, capacity, length)
    }
}

@c @implementation
public func lmnet_record_load_bytes(_ buf: UnsafePointer<UInt8>?, _ n: Int64, _ out: UnsafeMutablePointer<OpaquePointer?>?) -> lmnet_status {
    api {
        let out = try requireOut(out, "out")
        handOut(RecordBox(try FileBytes.loadRecord(try inputBytes(buf, n))), to: out)
    }
}

/// Hands a loaded model's parts to C; absent parts are NULL.
private func handOut(_ loaded: (network: Network, record: TrainingRecord?, options: TrainingOptions?),
                     net: UnsafeMutablePointer<OpaquePointer?>, record: UnsafeMutablePointer<OpaquePointer?>?,
                     options: UnsafeMutablePointer<OpaquePointer?>?) {
    handOut(NetworkBox(loaded.network), to: net)
    if let record { if let r = loaded.record { handOut(RecordBox(r), to: record) } else { record.pointee = nil } }
    if let options { if let o = loaded.options { handOut(OptionsBox(o), to: options) } else { options.pointee = nil } }
}
