import CLMNet
import LMNetCore

@c @implementation
public func lmnet_record_free(_ rec: OpaquePointer?) { release(rec, as: RecordBox.self) }

@c @implementation
public func lmnet_record_num_epochs(_ rec: OpaquePointer?, _ out: UnsafeMutablePointer<Int64>?) -> lmnet_status {
    api {
        let box: RecordBox = try unbox(rec, "rec")
        try requireOut(out, "out").pointee = Int64(box.record.numEpochs)
    }
}

@c @implementation
public func lmnet_record_get_scalar(_ rec: OpaquePointer?, _ key: UnsafePointer<CChar>?, _ out: UnsafeMutablePointer<Double>?) -> lmnet_status {
    api {
        let box: RecordBox = try unbox(rec, "rec")
        let name = try inputString(key, "key")
        try requireOut(out, "out").pointee = try box.record.scalar(name)
    }
}

@c @implementation
public func lmnet_record_get_series(_ rec: OpaquePointer?, _ key: UnsafePointer<CChar>?, _ out: UnsafeMutablePointer<Double>?,
                                    _ capacity: Int64, _ length: UnsafeMutablePointer<Int64>?) -> lmnet_status {
    api {
        let box: RecordBox = try unbox(rec, "rec")
        try copyOut(try box.record.series(try inputString(key, "key")), out, capacity, length)
    }
}

@c @implementation
public func lmnet_record_get_value(_ rec: OpaquePointer?, _ key: UnsafePointer<CChar>?, _ index: Int64,
                                   _ out: UnsafeMutablePointer<Double>?) -> lmnet_status {
    api {
        let box: RecordBox = try unbox(rec, "rec")
        let name = try inputString(key, "key")
        let out = try requireOut(out, "out")
        let series = try box.record.series(name)
        let i = index == -1 ? series.count - 1 : Int(clamping: index)
        guard i >= 0, i < series.count else {
            throw LMNetError(.invalidArgument, "index must be in 0...\(series.count - 1) or -1 for series '\(name)', got \(index)")
        }
        out.pointee = series[i]
    }
}

@c @implementation
public func lmnet_record_get_string(_ rec: OpaquePointer?, _ key: UnsafePointer<CChar>?, _ buf: UnsafeMutablePointer<CChar>?,
                                    _ capacity: Int64, _ length: UnsafeMutablePointer<Int64>?) -> lmnet_status {
    api {
        let box: RecordBox = try unbox(rec, "rec")
        try copyOut(try box.record.string(try inputString(key, "key")), buf, capacity, length)
    }
}

@c @implementation
public func lmnet_record_get_indices(_ rec: OpaquePointer?, _ key: UnsafePointer<CChar>?, _ out: UnsafeMutablePointer<Int64>?,
                                     _ capacity: Int64, _ length: UnsafeMutablePointer<Int64>?) -> lmnet_status {
    api {
        let box: RecordBox = try unbox(rec, "rec")
        let values = try box.record.indices(try inputString(key, "key")).map { Int64($0) }
        try copyOut(values, out, capacity, length)
    }
}
