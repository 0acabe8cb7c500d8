"""Moving data between Python and the C API: arrays in, caller buffers out.

Arrays are (samples, features), float64, C-ordered: exactly the bytes the C
API reads (x[q*R + r]). Anything else numeric (Fortran order, float32,
integers, bool, slices) is converted by numpy first; complex or non-numeric
data are refused, never silently cast.
"""

import ctypes

import numpy as np

from .errors import DimensionError, FileFormatError, InvalidArgumentError, check


def as_samples(data, name):
    """`data` as a C-contiguous float64 array of shape (samples, features).

    A 1-D array means one feature (one value per sample); a scalar is one
    sample of one feature. Returns (array, was_1d).
    """
    if data is None:
        raise InvalidArgumentError(f"{name} is missing (None)")
    array = np.asarray(data)
    if array.dtype.kind == "c":
        raise InvalidArgumentError(f"{name} is complex; LMNet needs real numbers")
    if array.dtype.kind not in "biuf":
        try:
            array = array.astype(np.float64)
        except (TypeError, ValueError):
            raise InvalidArgumentError(
                f"{name} has dtype {array.dtype}, which is not numeric") from None
    if array.ndim > 2:
        raise DimensionError(
            f"{name} has shape {array.shape}; expected (samples, features) or (samples,)")
    was_1d = array.ndim < 2
    array = np.ascontiguousarray(array.reshape(-1, 1) if was_1d else array, dtype=np.float64)
    return array, was_1d


def as_index_array(indices, name):
    """0-based sample indices as a C-contiguous int64 array."""
    array = np.asarray(indices)
    if array.size == 0:
        return np.zeros(0, dtype=np.int64)
    if array.ndim != 1:
        raise DimensionError(f"{name} must be a 1-D list of sample indices")
    if array.dtype.kind == "b":
        raise InvalidArgumentError(
            f"{name} is a boolean mask; pass indices (numpy.flatnonzero(mask))")
    if array.dtype.kind not in "iu":
        if array.dtype.kind == "f" and np.all(np.isfinite(array)) and np.all(array == np.round(array)):
            array = array.astype(np.int64)
        else:
            raise InvalidArgumentError(f"{name} must hold integer sample indices")
    if np.any(array < 0):
        raise InvalidArgumentError(f"{name} holds a negative index; indices are 0-based")
    return np.ascontiguousarray(array, dtype=np.int64)


def doubles(array):
    """A double* to the data of a C-contiguous float64 array."""
    return array.ctypes.data_as(ctypes.POINTER(ctypes.c_double))


def int64s(array):
    """An int64_t* to the data of a C-contiguous int64 array."""
    return array.ctypes.data_as(ctypes.POINTER(ctypes.c_int64))


def encode(text, name):
    """A Python str as the NUL-terminated UTF-8 bytes C wants."""
    if not isinstance(text, str):
        raise InvalidArgumentError(f"{name} must be a string, not {type(text).__name__}")
    if "\0" in text:
        raise InvalidArgumentError(f"{name} must not contain NUL characters")
    return text.encode()


def read_string(function, *args):
    """Call a (…, char *buf, int64_t capacity, int64_t *length) getter: size, then fill."""
    length = ctypes.c_int64(0)
    check(function(*args, None, 0, ctypes.byref(length)))
    # Room for the terminating NUL whether or not `length` counts it.
    buffer = ctypes.create_string_buffer(length.value + 1)
    check(function(*args, buffer, len(buffer), ctypes.byref(length)))
    return buffer.value.decode()


def read_indices(function, *args):
    """Call a (…, int64_t *out, int64_t capacity, int64_t *length) getter."""
    length = ctypes.c_int64(0)
    check(function(*args, None, 0, ctypes.byref(length)))
    out = np.zeros(length.value, dtype=np.int64)
    check(function(*args, int64s(out), out.size, ctypes.byref(length)))
    return out[:length.value]


def read_int64(function, *args):
    """Call a (…, int64_t *out) getter."""
    out = ctypes.c_int64(0)
    check(function(*args, ctypes.byref(out)))
    return out.value


def read_bytes(function, *args):
    """Call a (…, uint8_t *buf, int64_t capacity, int64_t *length) writer: size, then fill."""
    length = ctypes.c_int64(0)
    check(function(*args, None, 0, ctypes.byref(length)))
    buffer = (ctypes.c_uint8 * length.value)()
    check(function(*args, buffer, length.value, ctypes.byref(length)))
    return bytes(buffer)[:length.value]


def byte_buffer(data, caller):
    """(uint8_t*, n) holding a copy of bytes-like `data` (bytes, bytearray, memoryview)."""
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(f"{caller} needs bytes (a file's contents), not {type(data).__name__}")
    if isinstance(data, memoryview):
        data = data.tobytes()  # any shape or item size: its bytes in order
    if not data:  # the library calls n = 0 a dimension error; to a user it is no file
        raise FileFormatError(f"{caller}: 0 bytes are no LMNet file")
    return (ctypes.c_uint8 * len(data)).from_buffer_copy(data), len(data)
