import CHDF5
import LMNetCore

/// Stores a `Document` as a new HDF5 file: contiguous datasets, no filters,
/// little-endian types, 1.8-format objects (readable by HDF5 1.8 and later, with HDF5's
/// own metadata checksums), no object timestamps (the same content always gives the
/// same bytes), and an empty 512-byte user block for the seal. The file is built in
/// memory (HDF5's core driver) and written in one go when it is closed.
enum HDF5FileWriter {
    static func create(_ filePath: String, with doc: Document, rootAttributes: [(name: String, value: StoredArray)]) throws {
        let fcpl = try HDF5.check(H5Pcreate(lmnet_h5p_file_create()), .internal, "cannot create a file creation property list")
        defer { H5Pclose(fcpl) }
        try HDF5.check(H5Pset_userblock(fcpl, hsize_t(FileSeal.userBlockSize)), .internal, "cannot reserve the user block")
        try HDF5.check(H5Pset_obj_track_times(fcpl, false), .internal, "cannot turn off timestamps")
        try keepLinksCompact(fcpl)

        let fapl = try HDF5.check(H5Pcreate(lmnet_h5p_file_access()), .internal, "cannot create a file access property list")
        defer { H5Pclose(fapl) }
        try HDF5.check(H5Pset_fapl_core(fapl, 64 * 1024, true), .internal, "cannot select the in-memory driver")
        try HDF5.check(H5Pset_libver_bounds(fapl, H5F_LIBVER_V18, H5F_LIBVER_V18), .internal, "cannot select the 1.8 file format")
        // The new file is ours alone; locking would only fail on file systems without flock.
        try HDF5.check(H5Pset_file_locking(fapl, false, true), .internal, "cannot turn off file locking")

        let file = try HDF5.check(H5Fcreate(filePath, lmnet_h5f_acc_excl(), fcpl, fapl), .io, "cannot create the HDF5 file")
        var fileOpen = true
        defer { if fileOpen { H5Fclose(file) } }

        let gcpl = try HDF5.check(H5Pcreate(lmnet_h5p_group_create()), .internal, "cannot create a group property list")
        defer { H5Pclose(gcpl) }
        try HDF5.check(H5Pset_obj_track_times(gcpl, false), .internal, "cannot turn off timestamps")
        try keepLinksCompact(gcpl)
        let dcpl = try HDF5.check(H5Pcreate(lmnet_h5p_dataset_create()), .internal, "cannot create a dataset property list")
        defer { H5Pclose(dcpl) }
        try HDF5.check(H5Pset_obj_track_times(dcpl, false), .internal, "cannot turn off timestamps")

        var groups: Set<String> = ["/"]
        for path in doc.sortedPaths {
            guard let array = doc[path] else { continue }
            // Parent groups first ("/a", "/a/b" for "/a/b/c").
            let parts = path.split(separator: "/")
            var prefix = ""
            for part in parts.dropLast() {
                prefix += "/" + part
                if groups.insert(prefix).inserted {
                    let g = try HDF5.check(H5Gcreate2(file, prefix, lmnet_h5p_default(), gcpl, lmnet_h5p_default()), .io,
                                           "cannot create group \(prefix)")
                    H5Gclose(g)
                }
            }
            try write(array, named: path) { type, space in
                H5Dcreate2(file, path, type, space, lmnet_h5p_default(), dcpl, lmnet_h5p_default())
            } write: { id, memType, buffer in
                H5Dwrite(id, memType, lmnet_h5s_all(), lmnet_h5s_all(), lmnet_h5p_default(), buffer)
            } close: { H5Dclose($0) }
        }
        for (name, value) in rootAttributes {
            try write(value, named: "attribute \(name)") { type, space in
                H5Acreate2(file, name, type, space, lmnet_h5p_default(), lmnet_h5p_default())
            } write: { id, memType, buffer in
                H5Awrite(id, memType, buffer)
            } close: { H5Aclose($0) }
        }

        fileOpen = false
        try HDF5.check(H5Fclose(file), .io, "cannot write the HDF5 file")
    }

    /// Keeps every group's links in its object header, which HDF5 protects with a
    /// checksum. (Beyond 8 links HDF5 would otherwise move them to a fractal heap whose
    /// blocks carry no checksum, and HDF5 1.10 can crash reading a damaged one.)
    private static func keepLinksCompact(_ plist: hid_t) throws {
        try HDF5.check(H5Pset_link_phase_change(plist, 65535, 65535), .internal, "cannot keep links compact")
    }

    /// Creates one dataset or attribute (through `create`) with the file type and
    /// dataspace of `array`, and writes its values (through `write`).
    private static func write(_ array: StoredArray, named name: String,
                              create: (_ type: hid_t, _ space: hid_t) -> hid_t,
                              write: (_ id: hid_t, _ memType: hid_t, _ buffer: UnsafeRawPointer?) -> herr_t,
                              close: (hid_t) -> herr_t) throws {
        guard array.shape.allSatisfy({ $0 >= 0 }), array.valueCount == array.count else {
            throw LMNetError(.internal, "\(name): \(array.valueCount) values for shape \(StoredArray.describe(array.shape))")
        }
        let space: hid_t
        if array.shape.isEmpty {
            space = H5Screate(H5S_SCALAR)
        } else {
            let dims = array.shape.map { hsize_t($0) }
            space = H5Screate_simple(Int32(dims.count), dims, nil)
        }
        try HDF5.check(space, .internal, "cannot create the dataspace of \(name)")
        defer { H5Sclose(space) }

        // File type and memory type (the same type for strings: bytes are copied as they are).
        let fileType: hid_t, memType: hid_t
        var ownedType: hid_t = -1
        defer { if ownedType >= 0 { H5Tclose(ownedType) } }
        switch array.values {
        case .float64: (fileType, memType) = (lmnet_h5t_ieee_f64le(), lmnet_h5t_native_double())
        case .int64: (fileType, memType) = (lmnet_h5t_std_i64le(), lmnet_h5t_native_int64())
        case .uint8: (fileType, memType) = (lmnet_h5t_std_u8le(), lmnet_h5t_native_uint8())
        case .strings(let bytes, let width):
            ownedType = try HDF5.check(H5Tcopy(lmnet_h5t_c_s1()), .internal, "cannot create a string type")
            try HDF5.check(H5Tset_size(ownedType, width), .internal, "cannot size a string type")
            try HDF5.check(H5Tset_strpad(ownedType, H5T_STR_NULLPAD), .internal, "cannot pad a string type")
            let ascii = bytes.allSatisfy { $0 < 0x80 }
            try HDF5.check(H5Tset_cset(ownedType, ascii ? H5T_CSET_ASCII : H5T_CSET_UTF8), .internal, "cannot set a string encoding")
            (fileType, memType) = (ownedType, ownedType)
        }

        let id = try HDF5.check(create(fileType, space), .io, "cannot create \(name)")
        defer { _ = close(id) }
        guard array.count > 0 else { return }
        let status: herr_t
        switch array.values {
        case .float64(let v): status = v.withUnsafeBytes { write(id, memType, $0.baseAddress) }
        case .int64(let v): status = v.withUnsafeBytes { write(id, memType, $0.baseAddress) }
        case .uint8(let v): status = v.withUnsafeBytes { write(id, memType, $0.baseAddress) }
        case .strings(let bytes, _): status = bytes.withUnsafeBytes { write(id, memType, $0.baseAddress) }
        }
        try HDF5.check(status, .io, "cannot write \(name)")
    }
}
