import CHDF5
import LMNetCore
import Synchronization

private let imageCounter = Atomic<Int>(0)

/// Rebuilds a `Document` from an HDF5 file image held in memory: walks every group
/// from the root and reads every dataset, refusing anything the format does not
/// allow (soft or external links, objects linked twice, types other than float64,
/// int64, uint8 and fixed-length strings, filters, values not backed by stored
/// bytes). Sizes are checked against the image before anything is allocated.
struct HDF5ImageReader {
    /// Deepest group nesting accepted (the format uses 3).
    static let maxDepth = 8
    /// Most objects accepted in one file.
    static let maxObjects = 100_000

    private let imageSize: Int
    private var visited: Set<haddr_t> = []
    private(set) var document = Document()
    private(set) var rootAttributes: [String: StoredArray] = [:]

    /// Reads the whole image; `attributeNames` are the root attributes to read when present.
    static func read(_ image: [UInt8], attributeNames: [String]) throws -> (Document, [String: StoredArray]) {
        var reader = HDF5ImageReader(imageSize: image.count)
        let fapl = try HDF5.check(H5Pcreate(lmnet_h5p_file_access()), .internal, "cannot create a file access property list")
        defer { H5Pclose(fapl) }
        try HDF5.check(H5Pset_fapl_core(fapl, 64 * 1024, false), .internal, "cannot select the in-memory driver")
        // HDF5 copies the image, so the pointer needs to live only for this call.
        let status = image.withUnsafeBytes { H5Pset_file_image(fapl, UnsafeMutableRawPointer(mutating: $0.baseAddress), $0.count) }
        try HDF5.check(status, .internal, "cannot hand the file image to HDF5")
        // HDF5 treats two in-memory files with the same name as one open file: name each uniquely.
        let name = "lmnet-image-\(imageCounter.add(1, ordering: .relaxed).newValue).h5"
        let file = try HDF5.check(H5Fopen(name, lmnet_h5f_acc_rdonly(), fapl), .format, "not a readable HDF5 file")
        defer { H5Fclose(file) }
        let root = try HDF5.check(H5Gopen2(file, "/", lmnet_h5p_default()), .format, "cannot open the root group")
        defer { H5Gclose(root) }
        try reader.walk(root, path: "", depth: 0)
        for name in attributeNames {
            guard try HDF5.check(H5Aexists(root, name), .format, "cannot look up root attribute \(name)") > 0 else { continue }
            let a = try HDF5.check(H5Aopen(root, name, lmnet_h5p_default()), .format, "cannot open root attribute \(name)")
            defer { H5Aclose(a) }
            reader.rootAttributes[name] = try reader.readArray(
                "root attribute \(name)", type: H5Aget_type(a), space: H5Aget_space(a), storedBytes: nil
            ) { memType, buffer in H5Aread(a, memType, buffer) }
        }
        return (reader.document, reader.rootAttributes)
    }

    private init(imageSize: Int) { self.imageSize = imageSize }

    /// Visits the links of one group in name order.
    private mutating func walk(_ group: hid_t, path: String, depth: Int) throws {
        guard depth <= HDF5ImageReader.maxDepth else { throw Document.problem("groups nested deeper than \(HDF5ImageReader.maxDepth) at \(path)") }
        var info = H5G_info_t()
        try HDF5.check(H5Gget_info(group, &info), .format, "cannot read group \(path.isEmpty ? "/" : path)")
        guard info.nlinks <= UInt64(HDF5ImageReader.maxObjects) else { throw Document.problem("group \(path) has \(info.nlinks) links") }
        // LMNet writes every group compact (links in the checksummed object header); the
        // dense storage HDF5 would otherwise use has unchecked blocks HDF5 1.10 can crash on.
        guard info.storage_type == H5G_STORAGE_TYPE_COMPACT else {
            throw Document.problem("group \(path.isEmpty ? "/" : path) does not keep its links compact (not written by LMNet)")
        }
        for i in 0..<info.nlinks {
            let name = try linkName(group, index: i, groupPath: path)
            let child = path + "/" + name
            var link = H5L_info_t()
            try HDF5.check(H5Lget_info(group, name, &link, lmnet_h5p_default()), .format, "cannot read link \(child)")
            guard link.type == H5L_TYPE_HARD else { throw Document.problem("\(child) is a soft or external link; only plain objects are allowed") }
            var object = H5O_info_t()
            try HDF5.check(H5Oget_info_by_name2(group, name, &object, UInt32(H5O_INFO_BASIC), lmnet_h5p_default()), .format,
                           "cannot read object \(child)")
            guard visited.insert(object.addr).inserted else { throw Document.problem("\(child) links an object seen before") }
            guard visited.count <= HDF5ImageReader.maxObjects else { throw Document.problem("more than \(HDF5ImageReader.maxObjects) objects") }
            switch object.type {
            case H5O_TYPE_GROUP:
                let g = try HDF5.check(H5Gopen2(group, name, lmnet_h5p_default()), .format, "cannot open group \(child)")
                defer { H5Gclose(g) }
                try walk(g, path: child, depth: depth + 1)
            case H5O_TYPE_DATASET:
                let d = try HDF5.check(H5Dopen2(group, name, lmnet_h5p_default()), .format, "cannot open dataset \(child)")
                defer { H5Dclose(d) }
                try checkStorage(d, child)
                document[child] = try readArray("dataset \(child)", type: H5Dget_type(d), space: H5Dget_space(d),
                                                storedBytes: H5Dget_storage_size(d)) { memType, buffer in
                    H5Dread(d, memType, lmnet_h5s_all(), lmnet_h5s_all(), lmnet_h5p_default(), buffer)
                }
            default:
                throw Document.problem("\(child) is neither a group nor a dataset")
            }
        }
    }

    private func linkName(_ group: hid_t, index: hsize_t, groupPath: String) throws -> String {
        let length = H5Lget_name_by_idx(group, ".", H5_INDEX_NAME, H5_ITER_INC, index, nil, 0, lmnet_h5p_default())
        guard length > 0, length < 4096 else { throw HDF5.failure(.format, "cannot read link name \(index) of \(groupPath.isEmpty ? "/" : groupPath)") }
        var buffer = [CChar](repeating: 0, count: length + 1)
        let got = H5Lget_name_by_idx(group, ".", H5_INDEX_NAME, H5_ITER_INC, index, &buffer, buffer.count, lmnet_h5p_default())
        guard got == length else { throw HDF5.failure(.format, "cannot read link name \(index) of \(groupPath)") }
        let bytes = buffer.prefix(length).map { UInt8(bitPattern: $0) }
        guard let name = String(validating: bytes, as: UTF8.self), !name.contains("/") else {
            throw Document.problem("a link name in \(groupPath.isEmpty ? "/" : groupPath) is not valid UTF-8")
        }
        return name
    }

    /// No filters and no chunking: every value comes from bytes stored in the file.
    private func checkStorage(_ dataset: hid_t, _ path: String) throws {
        let dcpl = try HDF5.check(H5Dget_create_plist(dataset), .format, "cannot read the storage of \(path)")
        defer { H5Pclose(dcpl) }
        let layout = H5Pget_layout(dcpl)
        guard layout == H5D_CONTIGUOUS || layout == H5D_COMPACT else { throw Document.problem("dataset \(path) is chunked or virtual; expected contiguous") }
        guard H5Pget_nfilters(dcpl) == 0 else { throw Document.problem("dataset \(path) is filtered (compressed); expected plain") }
    }

    /// Reads one dataset or attribute after checking its type and size. `storedBytes`
    /// (datasets only) must equal the values' size, so no value is an unwritten fill value.
    private func readArray(_ what: String, type: hid_t, space: hid_t, storedBytes: hsize_t?,
                           read: (_ memType: hid_t, _ buffer: UnsafeMutableRawPointer?) -> herr_t) throws -> StoredArray {
        try HDF5.check(type, .format, "cannot read the type of \(what)")
        defer { H5Tclose(type) }
        try HDF5.check(space, .format, "cannot read the shape of \(what)")
        defer { H5Sclose(space) }

        let shape: [Int]
        switch H5Sget_simple_extent_type(space) {
        case H5S_SCALAR: shape = []
        case H5S_SIMPLE:
            let rank = H5Sget_simple_extent_ndims(space)
            guard rank >= 1, rank <= 8 else { throw Document.problem("\(what) has \(rank) dimensions") }
            var dims = [hsize_t](repeating: 0, count: Int(rank))
            try HDF5.check(H5Sget_simple_extent_dims(space, &dims, nil), .format, "cannot read the shape of \(what)")
            guard dims.allSatisfy({ $0 <= hsize_t(imageSize) }) else { throw Document.problem("\(what) is larger than the file") }
            shape = dims.map { Int($0) }
        default: throw Document.problem("\(what) has no dataspace (null or unknown)")
        }

        let elementSize = H5Tget_size(type)
        guard elementSize >= 1, elementSize <= 65536 else { throw Document.problem("\(what) has elements of \(elementSize) bytes") }
        var count = 1
        for d in shape {
            let (p, overflow) = count.multipliedReportingOverflow(by: d)
            guard !overflow, p <= imageSize else { throw Document.problem("\(what) is larger than the file") }
            count = p
        }
        let (byteCount, overflow) = count.multipliedReportingOverflow(by: elementSize)
        guard !overflow, byteCount <= imageSize else { throw Document.problem("\(what) is larger than the file") }
        if let storedBytes, storedBytes != hsize_t(byteCount) {
            throw Document.problem("\(what) stores \(storedBytes) bytes, expected \(byteCount) for shape \(StoredArray.describe(shape))")
        }

        /// `n` elements of T read through `memType`.
        func fill<T>(_ zero: T, _ memType: hid_t, _ n: Int) throws -> [T] {
            var v = [T](repeating: zero, count: n)
            if n > 0 {
                try HDF5.check(v.withUnsafeMutableBytes { read(memType, $0.baseAddress) }, .format, "cannot read \(what)")
            }
            return v
        }

        switch H5Tget_class(type) {
        case H5T_FLOAT:
            guard elementSize == 8 else { throw Document.problem("\(what) has type float\(elementSize * 8), expected float64") }
            return StoredArray(shape: shape, values: .float64(try fill(0.0, lmnet_h5t_native_double(), count)))
        case H5T_INTEGER:
            let signed = H5Tget_sign(type) == H5T_SGN_2
            if elementSize == 8, signed { return StoredArray(shape: shape, values: .int64(try fill(Int64(0), lmnet_h5t_native_int64(), count))) }
            if elementSize == 1, !signed { return StoredArray(shape: shape, values: .uint8(try fill(UInt8(0), lmnet_h5t_native_uint8(), count))) }
            throw Document.problem("\(what) has type \(signed ? "int" : "uint")\(elementSize * 8), expected int64 or uint8")
        case H5T_STRING:
            guard try HDF5.check(H5Tis_variable_str(type), .format, "cannot read the type of \(what)") == 0 else {
                throw Document.problem("\(what) is a variable-length string; expected fixed-length")
            }
            // Read with the file's own type: the stored bytes, unconverted.
            let memType = try HDF5.check(H5Tcopy(type), .format, "cannot copy the type of \(what)")
            defer { H5Tclose(memType) }
            let bytes = try fill(UInt8(0), memType, byteCount)
            return StoredArray(shape: shape, values: .strings(bytes: bytes, width: elementSize))
        default:
            throw Document.problem("\(what) has a type LMNet files do not use (only float64, int64, uint8, fixed-length strings)")
        }
    }
}
