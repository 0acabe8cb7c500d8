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
        handOut(NetworkBox(loaded.network), to: netOut)
        if let recordOut {
            if let r = loaded.record { handOut(RecordBox(r), to: recordOut) } else { recordOut.pointee = nil }
        }
        if let optionsOut {
            if let o = loaded.options { handOut(OptionsBox(o), to: optionsOut) } else { optionsOut.pointee = nil }
        }
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
