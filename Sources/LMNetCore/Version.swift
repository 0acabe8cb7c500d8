/// The library version; keep in step with LMNET_VERSION_* in include/lmnet.h.
public enum LMNetVersion {
    public static let major = 0, minor = 1, patch = 0
    public static let string = "\(major).\(minor).\(patch)"
    public static let number = major * 10000 + minor * 100 + patch
    public static let abi = 1
}
