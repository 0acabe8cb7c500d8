"""Raw layer: the C API of include/lmnet.h, one prototype per exported function.

This is the only place that knows C signatures. Every handle (lmnet_network*,
lmnet_options*, lmnet_record*, lmnet_dataset*) is passed as an opaque c_void_p;
the header defines no structs, so no ctypes.Structure is needed.
"""

import ctypes
from ctypes import POINTER, c_char_p, c_double, c_int, c_int32, c_int64, c_uint64, c_void_p

# The ABI this binding was written for (LMNET_ABI_VERSION in include/lmnet.h).
ABI_VERSION = 1

# Pinned values from the header.
LMNET_OK = 0
LMNET_ERR_BUFFER_TOO_SMALL = 5
LMNET_ERR_UNKNOWN_NAME = 4
LMNET_INPUT = 0
LMNET_OUTPUT = 1

status = c_int32
handle = c_void_p
out_handle = POINTER(c_void_p)
doubles = POINTER(c_double)
int64s = POINTER(c_int64)
uint64s = POINTER(c_uint64)
uint8s = POINTER(ctypes.c_uint8)

# typedef int (*lmnet_progress_fn)(const lmnet_record *record, void *user);
PROGRESS_FN = ctypes.CFUNCTYPE(c_int, c_void_p, c_void_p)

# name: (restype, [argtypes]) — in the order of the header.
PROTOTYPES = {
    # versions
    "lmnet_version": (c_char_p, []),
    "lmnet_version_number": (c_int32, []),
    "lmnet_abi_version": (c_int32, []),
    # status
    "lmnet_status_name": (c_char_p, [status]),
    "lmnet_last_error_message": (c_char_p, []),
    # threads
    "lmnet_set_num_threads": (status, [c_int32]),
    "lmnet_get_num_threads": (c_int32, []),
    # network
    "lmnet_network_create": (status, [int64s, c_int64, out_handle]),
    "lmnet_network_free": (None, [handle]),
    "lmnet_network_clone": (status, [handle, out_handle]),
    "lmnet_network_set_transfer_fcn": (status, [handle, c_int64, c_char_p]),
    "lmnet_network_get_transfer_fcn": (status, [handle, c_int64, c_char_p, c_int64, int64s]),
    "lmnet_network_num_layers": (status, [handle, int64s]),
    "lmnet_network_layer_size": (status, [handle, c_int64, int64s]),
    "lmnet_network_num_inputs": (status, [handle, int64s]),
    "lmnet_network_num_outputs": (status, [handle, int64s]),
    "lmnet_network_num_weights": (status, [handle, int64s]),
    "lmnet_network_is_configured": (status, [handle, POINTER(c_int32)]),
    "lmnet_network_set_process_fcns": (status, [handle, c_int32, c_char_p]),
    "lmnet_network_get_process_fcns": (status, [handle, c_int32, c_char_p, c_int64, int64s]),
    "lmnet_network_get_process_settings": (status, [handle, c_int32, doubles, doubles, c_int64]),
    "lmnet_network_set_process_settings": (status, [handle, c_int32, doubles, doubles, c_int64]),
    "lmnet_network_configure": (status, [handle, doubles, doubles, c_int64, c_int64, c_int64, c_uint64]),
    "lmnet_network_init": (status, [handle, c_uint64]),
    "lmnet_network_get_weights": (status, [handle, doubles, c_int64]),
    "lmnet_network_set_weights": (status, [handle, doubles, c_int64]),
    "lmnet_network_sim": (status, [handle, doubles, c_int64, c_int64, doubles, c_int64]),
    # options
    "lmnet_options_create": (status, [out_handle]),
    "lmnet_options_free": (None, [handle]),
    "lmnet_options_clone": (status, [handle, out_handle]),
    "lmnet_options_set": (status, [handle, c_char_p, c_double]),
    "lmnet_options_get": (status, [handle, c_char_p, doubles]),
    "lmnet_options_set_string": (status, [handle, c_char_p, c_char_p]),
    "lmnet_options_get_string": (status, [handle, c_char_p, c_char_p, c_int64, int64s]),
    "lmnet_options_set_indices": (status, [handle, c_char_p, int64s, c_int64]),
    "lmnet_options_get_indices": (status, [handle, c_char_p, int64s, c_int64, int64s]),
    # record
    "lmnet_record_free": (None, [handle]),
    "lmnet_record_num_epochs": (status, [handle, int64s]),
    "lmnet_record_get_scalar": (status, [handle, c_char_p, doubles]),
    "lmnet_record_get_series": (status, [handle, c_char_p, doubles, c_int64, int64s]),
    "lmnet_record_get_value": (status, [handle, c_char_p, c_int64, doubles]),
    "lmnet_record_get_string": (status, [handle, c_char_p, c_char_p, c_int64, int64s]),
    "lmnet_record_get_indices": (status, [handle, c_char_p, int64s, c_int64, int64s]),
    # training
    "lmnet_train": (status, [handle, handle, doubles, doubles, c_int64, c_int64, c_int64,
                             PROGRESS_FN, c_void_p, out_handle]),
    "lmnet_perform": (status, [handle, handle, doubles, doubles, c_int64, c_int64, doubles]),
    "lmnet_train_multistart": (status, [handle, handle, doubles, doubles, c_int64, c_int64, c_int64,
                                        uint64s, c_int64, c_int32, out_handle, out_handle,
                                        int64s, doubles, doubles]),
    # files
    "lmnet_network_save": (status, [handle, handle, handle, c_char_p]),
    "lmnet_network_load": (status, [c_char_p, out_handle, out_handle, out_handle]),
    "lmnet_record_save": (status, [handle, c_char_p]),
    "lmnet_record_load": (status, [c_char_p, out_handle]),
    "lmnet_network_save_bytes": (status, [handle, handle, handle, uint8s, c_int64, int64s]),
    "lmnet_network_load_bytes": (status, [uint8s, c_int64, out_handle, out_handle, out_handle]),
    "lmnet_record_save_bytes": (status, [handle, uint8s, c_int64, int64s]),
    "lmnet_record_load_bytes": (status, [uint8s, c_int64, out_handle]),
    # datasets
    "lmnet_dataset_create": (status, [doubles, doubles, c_int64, c_int64, c_int64, out_handle]),
    "lmnet_dataset_free": (None, [handle]),
    "lmnet_dataset_shape": (status, [handle, int64s, int64s, int64s]),
    "lmnet_dataset_get_x": (status, [handle, doubles, c_int64]),
    "lmnet_dataset_get_t": (status, [handle, doubles, c_int64]),
    "lmnet_dataset_set_names": (status, [handle, c_int32, c_char_p]),
    "lmnet_dataset_get_names": (status, [handle, c_int32, c_char_p, c_int64, int64s]),
    "lmnet_dataset_set_indices": (status, [handle, c_char_p, int64s, c_int64]),
    "lmnet_dataset_get_indices": (status, [handle, c_char_p, int64s, c_int64, int64s]),
    "lmnet_dataset_save": (status, [handle, c_char_p]),
    "lmnet_dataset_load": (status, [c_char_p, out_handle]),
}


class _Missing:
    """Stands in for a function the library does not export; calling it raises."""

    def __init__(self, name, path):
        self.name, self.path = name, path

    def __call__(self, *args):
        from ._lib import LibraryError
        raise LibraryError(f"{self.path} does not export {self.name} (an incomplete build?)")


def declare(lib, path):
    """Give every exported function of `lib` its argtypes and restype.

    Returns the names the library lacks; each is replaced by a stand-in that
    raises LibraryError when called, so the rest stays usable.
    """
    missing = []
    for name, (restype, argtypes) in PROTOTYPES.items():
        try:
            function = getattr(lib, name)
        except AttributeError:
            missing.append(name)
            setattr(lib, name, _Missing(name, path))
            continue
        function.restype = restype
        function.argtypes = argtypes
    return missing
