"""Loads liblmnet.so once and checks that its ABI is the one this binding speaks.

Where the library comes from, first match wins:
  1. the file named by the environment variable LMNET_LIBRARY;
  2. the copy bundled inside this package at install time.
"""

import ctypes
import os

from . import _capi

LIBRARY_ENV = "LMNET_LIBRARY"
BUNDLED_NAME = "liblmnet.so"


class LibraryError(ImportError):
    """liblmnet.so cannot be found, loaded, or speaks another ABI version."""


def library_path():
    """The path of the library that will be (or was) loaded."""
    named = os.environ.get(LIBRARY_ENV)
    if named:
        if not os.path.isfile(named):
            raise LibraryError(
                f"{LIBRARY_ENV}={named!r} does not name an existing file; "
                f"point it at liblmnet.so or unset it to use the bundled copy")
        return os.path.abspath(named)
    bundled = os.path.join(os.path.dirname(os.path.abspath(__file__)), BUNDLED_NAME)
    if os.path.isfile(bundled):
        return bundled
    raise LibraryError(
        f"lmnet found no {BUNDLED_NAME}: this installation bundles none. Set {LIBRARY_ENV} "
        f"to the path of liblmnet.so (built by `swift build -c release -Xswiftc -static-stdlib` "
        f"at the repository root), or reinstall the package after building it")


def load(path):
    """Open `path`, check lmnet_abi_version() and declare every prototype."""
    try:
        # ctypes.CDLL (not PyDLL) releases the GIL during every call.
        lib = ctypes.CDLL(path)
    except OSError as error:
        raise LibraryError(f"cannot load {path}: {error}") from error
    try:
        abi = lib.lmnet_abi_version
    except AttributeError:
        raise LibraryError(f"{path} is not an LMNet library (no lmnet_abi_version)") from None
    abi.restype = ctypes.c_int32
    abi.argtypes = []
    found = abi()
    if found != _capi.ABI_VERSION:
        raise LibraryError(
            f"{path} has ABI version {found}, but this lmnet package was written for ABI "
            f"version {_capi.ABI_VERSION}; install the matching library or package")
    global MISSING
    MISSING = _capi.declare(lib, path)
    return lib


#: names of header functions the loaded library does not export (normally empty)
MISSING = []


PATH = library_path()
lib = load(PATH)
