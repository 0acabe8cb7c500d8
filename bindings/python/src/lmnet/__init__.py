"""LMNet for Python: MATLAB fitnet/train/trainlm networks on numpy arrays.

    import numpy as np, lmnet
    x = 0.001 * np.arange(1, 1001); t = -x * np.sin(10 * x)
    net = lmnet.fitnet([20, 20, 10])            # MATLAB fitnet([20 20 10])
    tr = net.train(x, t, seed=1)                # MATLAB [net, tr] = train(net, x', t')
    y = net(x); print(tr.stop, net.perform(t, y))

Arrays are (samples, features) — MATLAB's matrices transposed. See README.md.
"""

from ._capi import ABI_VERSION
from ._lib import LIBRARY_ENV, PATH as library_path, lib as _clib
from .dataset import Dataset, load_dataset, save_dataset
from .errors import (BufferTooSmallError, DimensionError, FileFormatError, FileFormatVersionError,
                     FileIOError, InternalError, InvalidArgumentError, LibraryError, LMNetError,
                     NonFiniteError, NotConfiguredError, OutOfMemoryError, UnknownNameError, check)
from .network import (MultistartResult, Network, feedforwardnet, fitnet, from_bytes, load,
                      perform, train_multistart)
from .progress import ProgressInfo
from .record import StopReason, TrainingRecord, load_record, record_from_bytes

__version__ = "0.1.0"
#: version string of the loaded liblmnet.so
library_version = _clib.lmnet_version().decode()


def set_num_threads(n):
    """Threads for linear algebra and multi-start, process-wide (n >= 1)."""
    check(_clib.lmnet_set_num_threads(int(n)), "set_num_threads")


def get_num_threads():
    return _clib.lmnet_get_num_threads()


def __getattr__(name):
    # scikit-learn is optional: import lmnet.sklearn only when LMRegressor is asked for.
    if name == "LMRegressor":
        try:
            from .sklearn import LMRegressor
        except ModuleNotFoundError as error:
            raise ImportError("lmnet.LMRegressor needs scikit-learn: pip install scikit-learn") from error
        return LMRegressor
    raise AttributeError(f"module 'lmnet' has no attribute {name!r}")


__all__ = ["ABI_VERSION", "LIBRARY_ENV", "library_path", "library_version", "__version__",
           "Network", "fitnet", "feedforwardnet", "load", "from_bytes", "perform",
           "train_multistart", "MultistartResult", "TrainingRecord", "StopReason", "load_record",
           "record_from_bytes", "ProgressInfo", "Dataset", "save_dataset", "load_dataset",
           "set_num_threads", "get_num_threads", "LMRegressor", "LMNetError", "LibraryError",
           "InvalidArgumentError", "DimensionError", "NonFiniteError", "UnknownNameError",
           "BufferTooSmallError", "NotConfiguredError", "FileIOError", "FileFormatError",
           "FileFormatVersionError", "OutOfMemoryError", "InternalError"]
