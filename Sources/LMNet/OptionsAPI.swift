import CLMNet
import LMNetCore

@c @implementation
public func lmnet_options_create(_ out: UnsafeMutablePointer<OpaquePointer?>?) -> lmnet_status {
    api { handOut(OptionsBox(TrainingOptions()), to: try requireOut(out, "out")) }
}

@c @implementation
public func lmnet_options_free(_ opts: OpaquePointer?) { release(opts, as: OptionsBox.self) }

@c @implementation
public func lmnet_options_clone(_ opts: OpaquePointer?, _ out: UnsafeMutablePointer<OpaquePointer?>?) -> lmnet_status {
    api {
        let box: OptionsBox = try unbox(opts, "opts")
        handOut(OptionsBox(box.options), to: try requireOut(out, "out"))
    }
}

@c @implementation
public func lmnet_options_set(_ opts: OpaquePointer?, _ key: UnsafePointer<CChar>?, _ value: Double) -> lmnet_status {
    api {
        let box: OptionsBox = try unbox(opts, "opts")
        try box.options.set(try inputString(key, "key"), value)
    }
}

@c @implementation
public func lmnet_options_get(_ opts: OpaquePointer?, _ key: UnsafePointer<CChar>?, _ out: UnsafeMutablePointer<Double>?) -> lmnet_status {
    api {
        let box: OptionsBox = try unbox(opts, "opts")
        let name = try inputString(key, "key")
        try requireOut(out, "out").pointee = try box.options.value(name)
    }
}

@c @implementation
public func lmnet_options_set_string(_ opts: OpaquePointer?, _ key: UnsafePointer<CChar>?, _ value: UnsafePointer<CChar>?) -> lmnet_status {
    api {
        let box: OptionsBox = try unbox(opts, "opts")
        try box.options.setString(try inputString(key, "key"), try inputString(value, "value"))
    }
}

@c @implementation
public func lmnet_options_get_string(_ opts: OpaquePointer?, _ key: UnsafePointer<CChar>?, _ buf: UnsafeMutablePointer<CChar>?,
                                     _ capacity: Int64, _ length: UnsafeMutablePointer<Int64>?) -> lmnet_status {
    api {
        let box: OptionsBox = try unbox(opts, "opts")
        try copyOut(try box.options.string(try inputString(key, "key")), buf, capacity, length)
    }
}

@c @implementation
public func lmnet_options_set_indices(_ opts: OpaquePointer?, _ key: UnsafePointer<CChar>?, _ indices: UnsafePointer<Int64>?,
                                      _ n: Int64) -> lmnet_status {
    api {
        let box: OptionsBox = try unbox(opts, "opts")
        let name = try inputString(key, "key")
        try box.options.setIndices(name, try inputIndices(indices, n, "indices"))
    }
}

@c @implementation
public func lmnet_options_get_indices(_ opts: OpaquePointer?, _ key: UnsafePointer<CChar>?, _ out: UnsafeMutablePointer<Int64>?,
                                      _ capacity: Int64, _ length: UnsafeMutablePointer<Int64>?) -> lmnet_status {
    api {
        let box: OptionsBox = try unbox(opts, "opts")
        let values = try box.options.indices(try inputString(key, "key")).map { Int64($0) }
        try copyOut(values, out, capacity, length)
    }
}
