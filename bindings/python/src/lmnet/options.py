"""Training options (an lmnet_options handle) and the keyword mapping.

Python keywords are MATLAB's names; where MATLAB writes camelCase the
snake_case spelling is accepted too and means the same key:

    epochs goal max_fail min_grad mu mu_dec mu_inc mu_max time show   (trainParam)
    train_fcn/trainFcn  divide_fcn/divideFcn  perform_fcn/performFcn  (functions)
    train_ratio/trainRatio  val_ratio/valRatio  test_ratio/testRatio  (divideParam)
    train_ind/trainInd  val_ind/valInd  test_ind/testInd              (divideind, 0-based)
    regularization                                                    (performParam)
    seed                                                              (init and dividerand)
"""

import ctypes
import math
import weakref

import numpy as np

from ._lib import lib
from ._marshal import as_index_array, encode, int64s, read_indices, read_string
from .errors import InvalidArgumentError, check

TRAIN_PARAM_KEYS = ("epochs", "goal", "max_fail", "min_grad", "mu", "mu_dec", "mu_inc",
                    "mu_max", "time", "show")
DIVIDE_PARAM_KEYS = ("trainRatio", "valRatio", "testRatio")
NUMERIC_KEYS = TRAIN_PARAM_KEYS + DIVIDE_PARAM_KEYS + ("regularization", "seed")
STRING_KEYS = ("trainFcn", "divideFcn", "performFcn")
INDEX_KEYS = ("trainInd", "valInd", "testInd")
ALL_KEYS = NUMERIC_KEYS + STRING_KEYS + INDEX_KEYS

# snake_case spelling -> MATLAB key (keys that are already snake_case map to themselves).
PYTHON_NAMES = {
    "train_fcn": "trainFcn", "divide_fcn": "divideFcn", "perform_fcn": "performFcn",
    "train_ratio": "trainRatio", "val_ratio": "valRatio", "test_ratio": "testRatio",
    "train_ind": "trainInd", "val_ind": "valInd", "test_ind": "testInd",
}
MATLAB_TO_PYTHON = {matlab: python for python, matlab in PYTHON_NAMES.items()}


def matlab_key(name):
    """The MATLAB key for a keyword, or None if it names no option."""
    key = PYTHON_NAMES.get(name, name)
    return key if key in ALL_KEYS else None


def python_name(key):
    return MATLAB_TO_PYTHON.get(key, key)


def resolve_keywords(params):
    """Map keywords to MATLAB keys; a name given twice (snake and camel) is an error."""
    resolved = {}
    for name, value in params.items():
        key = matlab_key(name)
        if key is None:
            known = ", ".join(sorted(set(PYTHON_NAMES) | set(TRAIN_PARAM_KEYS)
                                     | {"regularization", "seed"}))
            raise TypeError(f"unknown training parameter {name!r}; known: {known}")
        if key in resolved:
            raise TypeError(f"training parameter {key!r} given twice")
        resolved[key] = value
    # trainFcn first: setting it resets every trainParam to that function's defaults.
    return dict(sorted(resolved.items(), key=lambda item: item[0] != "trainFcn"))


class Options:
    """Owner of one lmnet_options handle (MATLAB's trainParam, divideParam, ...)."""

    def __init__(self, _pointer=None):
        if _pointer is None:
            out = ctypes.c_void_p()
            check(lib.lmnet_options_create(ctypes.byref(out)))
            _pointer = out.value
        self._ptr = _pointer
        self._finalizer = weakref.finalize(self, lib.lmnet_options_free, _pointer)

    def copy(self):
        out = ctypes.c_void_p()
        check(lib.lmnet_options_clone(self._ptr, ctypes.byref(out)))
        return Options(out.value)

    __copy__ = copy

    def __deepcopy__(self, memo):
        return self.copy()

    # --- one key at a time -------------------------------------------------
    def get(self, name):
        key = _key_or_error(name)
        if key in STRING_KEYS:
            return read_string(lib.lmnet_options_get_string, self._ptr, key.encode())
        if key in INDEX_KEYS:
            return read_indices(lib.lmnet_options_get_indices, self._ptr, key.encode())
        out = ctypes.c_double()
        check(lib.lmnet_options_get(self._ptr, key.encode(), ctypes.byref(out)))
        value = out.value
        if key in ("epochs", "max_fail", "seed") and math.isfinite(value) and value == int(value):
            return int(value)
        return value

    def set(self, name, value):
        key = _key_or_error(name)
        if key in STRING_KEYS:
            check(lib.lmnet_options_set_string(self._ptr, key.encode(), encode(value, key)),
                  f"{python_name(key)}={value!r}")
        elif key in INDEX_KEYS:
            indices = as_index_array(value, python_name(key))
            check(lib.lmnet_options_set_indices(self._ptr, key.encode(), int64s(indices),
                                                indices.size), python_name(key))
        else:
            check(lib.lmnet_options_set(self._ptr, key.encode(), _as_number(key, value)),
                  f"{python_name(key)}={value!r}")

    def update(self, params):
        """Apply keyword-style parameters (see the module docstring)."""
        for key, value in resolve_keywords(params).items():
            self.set(key, value)
        return self

    # --- all keys --------------------------------------------------------------
    def to_dict(self):
        """Every option by its Python keyword name (index lists as int64 arrays)."""
        return {python_name(key): self.get(key) for key in ALL_KEYS}

    @classmethod
    def from_dict(cls, values):
        return cls().update(values)

    def __repr__(self):
        return f"Options({self.to_dict()!r})"


def _key_or_error(name):
    key = matlab_key(name)
    if key is None:
        raise InvalidArgumentError(f"unknown option {name!r}")
    return key


def _as_number(key, value):
    if value is None and key == "show":
        return math.nan  # show = NaN: no progress lines
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, (int, float, np.number)):
        raise InvalidArgumentError(
            f"{python_name(key)} must be a number, not {type(value).__name__}")
    if isinstance(value, (int, np.integer)) and abs(int(value)) > 2 ** 53:
        raise InvalidArgumentError(f"{python_name(key)}={value} is beyond 2^53")
    return float(value)


class OptionsView:
    """Live attribute/item access to a group of keys of a network's options,
    for example net.train_param.epochs = 50 (MATLAB net.trainParam.epochs)."""

    __slots__ = ("_owner", "_keys")

    def __init__(self, owner, keys):
        object.__setattr__(self, "_owner", owner)
        object.__setattr__(self, "_keys", tuple(python_name(key) for key in keys))

    def _check(self, name):
        if python_name(matlab_key(name) or "") not in self._keys:
            raise AttributeError(f"no parameter {name!r} here; have {', '.join(self._keys)}")

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        self._check(name)
        return self._owner._options.get(name)

    def __setattr__(self, name, value):
        self._check(name)
        self._owner._options.set(name, value)

    __getitem__ = __getattr__
    __setitem__ = __setattr__

    def keys(self):
        return list(self._keys)

    def to_dict(self):
        return {key: self._owner._options.get(key) for key in self._keys}

    def update(self, values=(), **more):
        for name, value in dict(values, **more).items():
            self[name] = value

    def __iter__(self):
        return iter(self._keys)

    def __dir__(self):
        return list(self._keys)

    def __repr__(self):
        return repr(self.to_dict())
