"""Datasets: inputs, targets, optional names and division, in LMNet's HDF5 format.

A Dataset is plain Python data (numpy arrays, lists); the C dataset handle
exists only while a file is written or read.
"""

import ctypes
import os

import numpy as np

from . import _capi
from ._lib import lib
from ._marshal import (as_index_array, as_samples, doubles, encode, int64s, read_indices,
                       read_string)
from .errors import DimensionError, InvalidArgumentError, check

_INDEX_KEYS = {"train_ind": b"trainInd", "val_ind": b"valInd", "test_ind": b"testInd"}


class Dataset:
    """x (samples, inputs), t (samples, outputs) or None, names, and a division.

    input_names / target_names: one string per column, or None.
    train_ind / val_ind / test_ind: 0-based sample indices, or None.
    """

    def __init__(self, x, t=None, input_names=None, target_names=None,
                 train_ind=None, val_ind=None, test_ind=None):
        self.x, _ = as_samples(x, "x")
        if t is None:
            self.t = None
        else:
            self.t, _ = as_samples(t, "t")
            if self.t.shape[0] != self.x.shape[0]:
                raise DimensionError(
                    f"x has {self.x.shape[0]} samples but t has {self.t.shape[0]}")
        self.input_names = _names(input_names, self.x.shape[1], "input_names")
        self.target_names = _names(target_names, 0 if self.t is None else self.t.shape[1],
                                   "target_names")
        self.train_ind = None if train_ind is None else as_index_array(train_ind, "train_ind")
        self.val_ind = None if val_ind is None else as_index_array(val_ind, "val_ind")
        self.test_ind = None if test_ind is None else as_index_array(test_ind, "test_ind")

    # MATLAB spellings
    trainInd = property(lambda self: self.train_ind)
    valInd = property(lambda self: self.val_ind)
    testInd = property(lambda self: self.test_ind)

    @property
    def num_samples(self):
        return self.x.shape[0]

    def save(self, path):
        """Write the dataset file (format "lmnet.dataset"), atomically."""
        handle = self._to_handle()
        try:
            check(lib.lmnet_dataset_save(handle, os.fsencode(path)), os.fspath(path))
        finally:
            lib.lmnet_dataset_free(handle)

    def _to_handle(self):
        t = self.t
        outputs = 0 if t is None else t.shape[1]
        out = ctypes.c_void_p()
        check(lib.lmnet_dataset_create(doubles(self.x), None if t is None else doubles(t),
                                       self.x.shape[0], self.x.shape[1], outputs,
                                       ctypes.byref(out)), "dataset")
        try:
            for side, names in ((_capi.LMNET_INPUT, self.input_names),
                                (_capi.LMNET_OUTPUT, self.target_names)):
                if names:
                    check(lib.lmnet_dataset_set_names(out.value, side,
                                                      encode("\n".join(names), "names")), "names")
            for name, key in _INDEX_KEYS.items():
                indices = getattr(self, name)
                if indices is not None:
                    check(lib.lmnet_dataset_set_indices(out.value, key, int64s(indices),
                                                        indices.size), name)
        except BaseException:
            lib.lmnet_dataset_free(out.value)
            raise
        return out.value

    @classmethod
    def load(cls, path):
        """Read a dataset file."""
        out = ctypes.c_void_p()
        check(lib.lmnet_dataset_load(os.fsencode(path), ctypes.byref(out)), os.fspath(path))
        handle = out.value
        try:
            q, r, s = ctypes.c_int64(), ctypes.c_int64(), ctypes.c_int64()
            check(lib.lmnet_dataset_shape(handle, ctypes.byref(q), ctypes.byref(r), ctypes.byref(s)))
            x = np.empty((q.value, r.value))
            check(lib.lmnet_dataset_get_x(handle, doubles(x), x.size))
            t = None
            if s.value:
                t = np.empty((q.value, s.value))
                check(lib.lmnet_dataset_get_t(handle, doubles(t), t.size))
            names = [read_string(lib.lmnet_dataset_get_names, handle, side)
                     for side in (_capi.LMNET_INPUT, _capi.LMNET_OUTPUT)]
            division = {}
            for name, key in _INDEX_KEYS.items():
                indices = read_indices(lib.lmnet_dataset_get_indices, handle, key)
                division[name] = indices if indices.size else None
        finally:
            lib.lmnet_dataset_free(handle)
        return cls(x, t, names[0].split("\n") if names[0] else None,
                   names[1].split("\n") if names[1] else None, **division)

    def __repr__(self):
        shape = "none" if self.t is None else self.t.shape[1]
        return f"Dataset(samples={self.x.shape[0]}, inputs={self.x.shape[1]}, outputs={shape})"


def _names(names, count, what):
    if names is None:
        return None
    names = [names] if isinstance(names, str) else list(names)
    if len(names) != count:
        raise DimensionError(f"{what} has {len(names)} names for {count} columns")
    for name in names:
        if not isinstance(name, str) or "\n" in name or not name:
            raise InvalidArgumentError(f"{what} must be non-empty strings without newlines")
    return names


def save_dataset(path, x, t=None, **fields):
    """Write x, t (and input_names, target_names, train_ind, ...) to a dataset file."""
    Dataset(x, t, **fields).save(path)


def load_dataset(path):
    """Read a dataset file into a Dataset (x, t, names, division)."""
    return Dataset.load(path)
