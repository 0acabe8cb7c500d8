#!/usr/bin/env python3
"""Checks LMNet files against docs/file-format.md using only h5py and numpy.

    python Tests/hdf5/check_layout_h5py.py [FILE_OR_DIRECTORY ...]

Default: every .h5 file in Tests/LMNetHDF5Tests/Golden. For each file it verifies the seal
(the 512-byte user block), the content checksum (/meta/checksum, recomputed from the documented
canonical serialization), the general rules (types, names, attributes) and the layout of its
kind. For model_v1.h5 it also recomputes the predictions stored in model_v1_predictions.h5
from the numpy view of the weights. Prints one line per file and exits non-zero on any problem.
"""
import os
import re
import struct
import sys

import h5py
import numpy as np

FNV_OFFSET = 0xCBF29CE484222325
FNV_PRIME = 0x100000001B3
MASK64 = (1 << 64) - 1
NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_]{0,62}$")
TRANSFER = {
    "tansig": np.tanh,
    "logsig": lambda n: 1 / (1 + np.exp(-n)),
    "purelin": lambda n: n,
    "poslin": lambda n: np.maximum(n, 0),
    "satlin": lambda n: np.clip(n, 0, 1),
    "satlins": lambda n: np.clip(n, -1, 1),
    "radbas": lambda n: np.exp(-n * n),
    "tribas": lambda n: np.maximum(0, 1 - np.abs(n)),
    "elliotsig": lambda n: n / (1 + np.abs(n)),
}


class Problem(Exception):
    pass


def require(ok, message):
    if not ok:
        raise Problem(message)


def fnv1a64(data, h=FNV_OFFSET):
    for b in data:
        h = ((h ^ b) * FNV_PRIME) & MASK64
    return h


def check_seal(path):
    raw = open(path, "rb").read()
    block = raw[:512]
    text = block.split(b"\0", 1)[0].decode("ascii")
    lines = text.split("\n")
    require(len(lines) == 6 and lines[5] == "", "seal: expected five lines")
    require(lines[0] == "LMNet HDF5 file" and lines[1] == "seal 1", "seal: bad magic or version")
    require(block[len(text):] == b"\0" * (512 - len(text)), "seal: user block not NUL-padded")
    fmt = lines[2][len("format "):]
    require(int(lines[3][len("size "):]) == len(raw), "seal: size differs from the file size")
    digits = lines[4][len("fnv1a64 "):]
    require(re.fullmatch(r"[0-9a-f]{16}", digits) is not None, "seal: bad digits")
    at = len(text) - 17
    zeroed = raw[:at] + b"0" * 16 + raw[at + 16:]
    require("%016x" % fnv1a64(zeroed) == digits, "seal: file checksum mismatch")
    return fmt


def datasets(f):
    found = {}

    def visit(name, obj):
        for part in name.split("/"):
            require(NAME.match(part), "name %r is not a MATLAB identifier" % name)
        require(len(obj.attrs) == 0, "/%s has attributes" % name)
        if isinstance(obj, h5py.Dataset):
            found["/" + name] = obj
        else:
            require(isinstance(obj, h5py.Group), "/%s is neither group nor dataset" % name)

    f.visititems(visit)
    return found


def type_tag(ds):
    dt = ds.dtype
    if dt == np.dtype("<f8"):
        return "f"
    if dt == np.dtype("<i8"):
        return "i"
    if dt == np.dtype("u1"):
        return "u"
    require(dt.kind == "S" and h5py.check_string_dtype(dt) is not None
            and h5py.check_string_dtype(dt).length is not None,
            "%s has type %s (only float64, int64, uint8, fixed-length strings)" % (ds.name, dt))
    return "s"


def content_checksum(found):
    """FNV-1a 64 over the canonical serialization of docs/file-format.md."""
    h = FNV_OFFSET
    for path in sorted(found, key=lambda p: p.encode()):
        if path == "/meta/checksum":
            continue
        ds = found[path]
        tag = type_tag(ds)
        part = path.encode() + b"\0" + tag.encode()
        if tag == "s":
            part += struct.pack("<Q", ds.dtype.itemsize)
        part += struct.pack("<Q", len(ds.shape)) + b"".join(struct.pack("<Q", d) for d in ds.shape)
        values = ds[()]
        if tag == "f":
            part += np.asarray(values, dtype="<f8").tobytes()
        elif tag == "i":
            part += np.asarray(values, dtype="<i8").tobytes()
        else:
            part += np.asarray(values).tobytes()
        h = fnv1a64(part, h)
    return "%016x" % h


def text(ds):
    value = ds[()]
    return value.decode() if isinstance(value, bytes) else [v.decode() for v in value]


def shape(found, path, expected, kind):
    require(path in found, "missing dataset " + path)
    ds = found[path]
    require(type_tag(ds) == kind, "%s has type %s, expected %s" % (path, ds.dtype, kind))
    require(ds.shape == tuple(expected), "%s has shape %s, expected %s" % (path, ds.shape, tuple(expected)))
    return ds[()]


def check_options(found, g):
    for key in ("trainFcn", "divideFcn", "performFcn"):
        shape(found, g + "/" + key, (), "s")
    shape(found, g + "/seed", (), "f")
    for key in ("epochs", "goal", "max_fail", "min_grad", "mu", "mu_dec", "mu_inc", "mu_max", "time", "show"):
        shape(found, g + "/trainParam/" + key, (), "f")
    for key in ("trainRatio", "valRatio", "testRatio"):
        shape(found, g + "/divideParam/" + key, (), "f")
    for key in ("trainInd", "valInd", "testInd"):
        ind = found[g + "/divideParam/" + key]
        require(len(ind.shape) == 1 and type_tag(ind) == "i", key + " must be 1-D int64")
        require(np.all(ind[()] >= 1), key + " must be 1-based")
    shape(found, g + "/performParam/regularization", (), "f")


def check_record(found, g):
    check_options(found, g + "/options")
    n = int(shape(found, g + "/num_epochs", (), "i"))
    q = int(shape(found, g + "/num_samples", (), "i"))
    length = len(found[g + "/epoch"])
    require(length == (n + 1 if length else 0), "epoch has %d values for %d epochs" % (length, n))
    for key in ("epoch", "time", "perf", "vperf", "tperf", "mu", "gradient", "val_fail"):
        shape(found, g + "/" + key, (length,), "f")
    for key in ("gamk", "ssX"):
        require(found[g + "/" + key].shape in ((0,), (length,)), key + " has a wrong length")
    for key in ("train_mask", "val_mask", "test_mask"):
        mask = shape(found, g + "/" + key, (q,), "u")
        require(set(np.unique(mask)) <= {0, 1}, key + " holds values other than 0 and 1")
    for key in ("stop", "trainFcn", "performFcn", "divideFcn"):
        shape(found, g + "/" + key, (), "s")
    for key in ("best_epoch", "stop_reason", "num_threads", "num_solves"):
        shape(found, g + "/" + key, (), "i")
    for key in ("best_perf", "best_vperf", "best_tperf", "goal", "time_jacobian", "time_jtj", "time_solve",
                "time_forward", "time_total"):
        shape(found, g + "/" + key, (), "f")
    require(0 <= shape(found, g + "/best_epoch", (), "i") <= n, "best_epoch out of range")


def kept_rows(fcns, xmin, xmax):
    if "removeconstantrows" not in fcns:
        return np.arange(len(xmin))
    return np.flatnonzero(~(xmax - xmin <= 0))


def check_network(found):
    r = int(shape(found, "/network/num_inputs", (), "i"))
    s = int(shape(found, "/network/num_outputs", (), "i"))
    layers = int(shape(found, "/network/num_layers", (), "i"))
    sizes = shape(found, "/network/layer_sizes", (layers,), "i")
    sides = {}
    for side, rows in (("input", r), ("output", s)):
        g = "/network/%s_processing" % side
        fcns = text(found[g + "/process_fcns"]) if found[g + "/process_fcns"].size else []
        require(set(fcns) <= {"removeconstantrows", "mapminmax"}, "unknown processing function")
        xmin = shape(found, g + "/xmin", (1, rows), "f")[0]
        xmax = shape(found, g + "/xmax", (1, rows), "f")[0]
        sides[side] = (fcns, xmin, xmax)
    inputs = len(kept_rows(*sides["input"]))
    require(sizes[-1] == len(kept_rows(*sides["output"])), "output layer size differs from the kept targets")
    for k in range(1, layers + 1):
        g = "/network/layer_%d" % k
        shape(found, g + "/weights", (inputs, sizes[k - 1]), "f")  # (in, out)
        shape(found, g + "/bias", (1, sizes[k - 1]), "f")
        require(text(found[g + "/transfer_fcn"]) in TRANSFER, "unknown transfer function")
        require(np.all(np.isfinite(found[g + "/weights"][()])), "non-finite weight")
        inputs = sizes[k - 1]


def predict(f, x):
    """y = net(x) from the h5py view alone (samples as rows, Keras orientation)."""
    def processing(side):
        g = f["network/%s_processing" % side]
        fcns = [v.decode() for v in g["process_fcns"][()]]
        xmin, xmax = g["xmin"][()][0], g["xmax"][()][0]
        keep = kept_rows(fcns, xmin, xmax)
        mapped = np.array(["mapminmax" in fcns and np.isfinite(xmin[i]) and np.isfinite(xmax[i]) and xmax[i] > xmin[i]
                           for i in range(len(xmin))])
        return keep, xmin, xmax, mapped

    keep, xmin, xmax, mapped = processing("input")
    a = x[:, keep].copy()
    for j, i in enumerate(keep):
        if mapped[i]:
            a[:, j] = 2 * (x[:, i] - xmin[i]) / (xmax[i] - xmin[i]) - 1
    for k in range(1, int(f["network/num_layers"][()]) + 1):
        layer = f["network/layer_%d" % k]
        a = TRANSFER[layer["transfer_fcn"][()].decode()](a @ layer["weights"][()] + layer["bias"][()])
    keep, xmin, xmax, mapped = processing("output")
    y = np.tile(xmin, (x.shape[0], 1))
    for j, i in enumerate(keep):
        y[:, i] = (a[:, j] + 1) * (xmax[i] - xmin[i]) / 2 + xmin[i] if mapped[i] else a[:, j]
    return y


def check_file(path):
    seal_format = check_seal(path)
    with h5py.File(path, "r") as f:
        require(f.userblock_size == 512, "user block is not 512 bytes")
        require(sorted(f.attrs) == ["format", "format_version"], "root attributes: %s" % sorted(f.attrs))
        found = datasets(f)
        for ds in found.values():
            type_tag(ds)
        fmt = text(found["/meta/format"])
        require(fmt == seal_format, "seal names another format")
        require(f.attrs["format"].decode() == fmt and f.attrs["format_version"] == found["/meta/format_version"][()],
                "root attributes differ from /meta")
        require(found["/meta/format_version"][()] == 1, "format_version is not 1")
        require(text(found["/meta/checksum_algorithm"]) == "fnv1a64", "checksum algorithm")
        require(text(found["/meta/checksum"]) == content_checksum(found), "content checksum mismatch")
        if fmt == "lmnet.model":
            check_network(found)
            if "options" in f:
                check_options(found, "/options")
            if "training" in f:
                check_record(found, "/training")
        elif fmt == "lmnet.record":
            check_record(found, "/training")
        elif fmt == "lmnet.dataset":
            q, r = found["/x"].shape
            require(q >= 1 and r >= 1 and np.all(np.isfinite(found["/x"][()])), "x must be finite, Q, R >= 1")
            require(found["/t"].shape[0] == q, "t has another number of samples")
            for key, rows in (("/input_names", r), ("/target_names", found["/t"].shape[1])):
                if key in found:
                    shape(found, key, (rows,), "s")
            masks = [m for m in ("/train_mask", "/val_mask", "/test_mask") if m in found]
            require(len(masks) in (0, 3), "masks must be all three or none")
            for m in masks:
                shape(found, m, (q,), "u")
        else:
            raise Problem("unknown format " + fmt)
        return fmt, len(found)


def main(args):
    here = os.path.dirname(os.path.abspath(__file__))
    golden = os.path.join(here, "..", "LMNetHDF5Tests", "Golden")
    targets = args or [golden]
    files = []
    for t in targets:
        files += sorted(os.path.join(t, n) for n in os.listdir(t) if n.endswith(".h5")) if os.path.isdir(t) else [t]
    require(files, "no .h5 files found")
    failures = 0
    for path in files:
        try:
            fmt, count = check_file(path)
            print("ok    %-40s %s, %d datasets" % (os.path.basename(path), fmt, count))
        except (Problem, KeyError, OSError, ValueError) as e:
            failures += 1
            print("FAIL  %-40s %s" % (os.path.basename(path), e))
    model = [p for p in files if os.path.basename(p) == "model_v1.h5"]
    check = [p for p in files if os.path.basename(p) == "model_v1_predictions.h5"]
    if model and check:
        with h5py.File(model[0], "r") as f, h5py.File(check[0], "r") as c:
            y = predict(f, c["x"][()])
            err = np.max(np.abs(y - c["t"][()]) / np.maximum(1, np.abs(c["t"][()])))
            if err <= 1e-12:
                print("ok    model_v1 predictions recomputed with numpy (max rel. error %.1e)" % err)
            else:
                failures += 1
                print("FAIL  model_v1 predictions recomputed with numpy differ (max rel. error %.1e)" % err)
    print("h5py layout check: %d files, %s" % (len(files), "all OK" if failures == 0 else "%d FAILED" % failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
