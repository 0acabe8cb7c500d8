"""The training record: MATLAB's `tr` as a Python object.

Series (one value per epoch 0..num_epochs, float64 numpy arrays):
    epoch time perf vperf tperf mu gradient val_fail   (+ gamk ssX with trainbr)
Scalars: num_epochs best_epoch best_perf best_vperf best_tperf goal stop
    stop_reason num_samples num_threads, and `timings` (seconds per phase).
Division: train_ind val_ind test_ind (0-based; MATLAB names trainInd ... too).
"""

import ctypes
import enum
import math
import os
import weakref

import numpy as np

from ._lib import lib
from ._marshal import byte_buffer, read_bytes, read_indices, read_string
from .errors import UnknownNameError, check

SERIES = ("epoch", "time", "perf", "vperf", "tperf", "mu", "gradient", "val_fail")
TRAINBR_SERIES = ("gamk", "ssX")
TIMINGS = ("time_jacobian", "time_jtj", "time_solve", "time_forward", "time_total")


class StopReason(enum.IntEnum):
    """Why training stopped (LMNET_STOP_*); record.stop holds MATLAB's sentence."""
    NONE = 0
    USER = 1
    USER_CANCEL = 2
    GOAL = 3
    EPOCHS = 4
    TIME = 5
    MIN_GRAD = 6
    MU_MAX = 7
    VALIDATION = 8


def _scalar(pointer, key):
    out = ctypes.c_double()
    check(lib.lmnet_record_get_scalar(pointer, key.encode(), ctypes.byref(out)))
    return out.value


def _series(pointer, key, length):
    out = np.empty(length, dtype=np.float64)
    got = ctypes.c_int64(0)
    check(lib.lmnet_record_get_series(pointer, key.encode(),
                                      out.ctypes.data_as(ctypes.POINTER(ctypes.c_double)),
                                      length, ctypes.byref(got)))
    return out[:got.value]


def _as_int(value):
    return int(value) if math.isfinite(value) else value


class TrainingRecord:
    """MATLAB's training record `tr`, read once from an lmnet_record handle.

    The handle is kept (records are immutable) so the record can be saved
    with a network or on its own.
    """

    def __init__(self, _pointer, options=None):
        self._ptr = _pointer
        self._finalizer = weakref.finalize(self, lib.lmnet_record_free, _pointer)
        #: every option used for this training, by keyword name (None if unknown)
        self.options = options
        self._read()

    @property
    def train_param(self):
        """MATLAB tr.trainParam: epochs, goal, ... used (None if unknown)."""
        if self.options is None:
            return None
        from .options import TRAIN_PARAM_KEYS
        return {key: self.options[key] for key in TRAIN_PARAM_KEYS}

    def _read(self):
        pointer = self._ptr
        length = ctypes.c_int64(0)
        check(lib.lmnet_record_num_epochs(pointer, ctypes.byref(length)))
        self.num_epochs = length.value
        for key in SERIES:
            setattr(self, key, _series(pointer, key, self.num_epochs + 1))
        self.train_fcn = read_string(lib.lmnet_record_get_string, pointer, b"trainFcn")
        self.perform_fcn = read_string(lib.lmnet_record_get_string, pointer, b"performFcn")
        self.divide_fcn = read_string(lib.lmnet_record_get_string, pointer, b"divideFcn")
        self.stop = read_string(lib.lmnet_record_get_string, pointer, b"stop")
        for key in TRAINBR_SERIES:
            try:
                value = _series(pointer, key, self.num_epochs + 1)
            except UnknownNameError:
                value = None
            # only trainbr records have these (others: unknown key or an empty series)
            setattr(self, key, value if value is not None and value.size else None)
        self.best_epoch = _as_int(_scalar(pointer, "best_epoch"))
        self.best_perf = _scalar(pointer, "best_perf")
        self.best_vperf = _scalar(pointer, "best_vperf")
        self.best_tperf = _scalar(pointer, "best_tperf")
        self.goal = _scalar(pointer, "goal")
        self.stop_reason = StopReason(int(_scalar(pointer, "stop_reason")))
        self.num_samples = _as_int(_scalar(pointer, "num_samples"))
        self.num_threads = _as_int(_scalar(pointer, "num_threads"))
        self.timings = {key[len("time_"):]: _scalar(pointer, key) for key in TIMINGS}
        self.timings["num_solves"] = _as_int(_scalar(pointer, "num_solves"))
        self.train_ind = read_indices(lib.lmnet_record_get_indices, pointer, b"trainInd")
        self.val_ind = read_indices(lib.lmnet_record_get_indices, pointer, b"valInd")
        self.test_ind = read_indices(lib.lmnet_record_get_indices, pointer, b"testInd")

    # MATLAB spellings of the same fields.
    trainInd = property(lambda self: self.train_ind)
    valInd = property(lambda self: self.val_ind)
    testInd = property(lambda self: self.test_ind)
    trainFcn = property(lambda self: self.train_fcn)
    performFcn = property(lambda self: self.perform_fcn)
    divideFcn = property(lambda self: self.divide_fcn)
    trainParam = property(lambda self: self.train_param)

    @property
    def states(self):
        """Names of the per-epoch series this record holds (MATLAB tr.states)."""
        return [key for key in SERIES + TRAINBR_SERIES if getattr(self, key) is not None]

    def to_dict(self):
        """Every field as a plain dict (series as numpy arrays)."""
        fields = {key: getattr(self, key) for key in self.states}
        for key in ("num_epochs", "best_epoch", "best_perf", "best_vperf", "best_tperf",
                    "goal", "stop", "num_samples", "num_threads", "train_ind", "val_ind",
                    "test_ind", "train_fcn", "perform_fcn", "divide_fcn", "options"):
            fields[key] = getattr(self, key)
        fields["stop_reason"] = int(self.stop_reason)
        fields["timings"] = dict(self.timings)
        return fields

    def __getitem__(self, key):
        """tr["perf"], tr["trainInd"], ... as in MATLAB's tr.perf."""
        try:
            return getattr(self, key)
        except AttributeError:
            raise KeyError(key) from None

    # --- files and pickling ----------------------------------------------------
    def save(self, path):
        """Write the record alone (format "lmnet.record")."""
        check(lib.lmnet_record_save(self._ptr, os.fsencode(path)), os.fspath(path))

    def to_bytes(self):
        """The bytes of the record file that save() writes; lmnet.record_from_bytes reads them."""
        return read_bytes(lib.lmnet_record_save_bytes, self._ptr)

    def __reduce__(self):
        return (record_from_bytes, (self.to_bytes(), self.options))

    def __copy__(self):
        return self  # immutable

    def __deepcopy__(self, memo):
        return self

    # --- plots (matplotlib) ----------------------------------------------------
    def plotperform(self, ax=None):
        from .plot import plotperform
        return plotperform(self, ax=ax)

    def plottrainstate(self, fig=None):
        from .plot import plottrainstate
        return plottrainstate(self, fig=fig)

    def __repr__(self):
        return (f"TrainingRecord(train_fcn={self.train_fcn!r}, num_epochs={self.num_epochs}, "
                f"best_epoch={self.best_epoch}, best_perf={self.best_perf:.6g}, "
                f"best_vperf={self.best_vperf:.6g}, best_tperf={self.best_tperf:.6g}, "
                f"stop={self.stop!r})")


def load_record(path, options=None):
    """Read a record saved by TrainingRecord.save."""
    out = ctypes.c_void_p()
    check(lib.lmnet_record_load(os.fsencode(path), ctypes.byref(out)), os.fspath(path))
    return TrainingRecord(out.value, options)


def record_from_bytes(data, options=None):
    """A record from the bytes of a record file (TrainingRecord.to_bytes)."""
    buffer, size = byte_buffer(data, "record_from_bytes")
    out = ctypes.c_void_p()
    check(lib.lmnet_record_load_bytes(buffer, size, ctypes.byref(out)), "record_from_bytes")
    return TrainingRecord(out.value, options)
