"""The raw layer: prototypes for the whole header, the loader and its ABI check."""

import ctypes
import os
import re
import subprocess
import sys


import lmnet
from lmnet import _capi, _lib

from conftest import HEADER, compile_c


def header_functions():
    """Names of the functions declared in include/lmnet.h (its prototypes, not macros)."""
    text = re.sub(r"/\*.*?\*/", "", HEADER.read_text(), flags=re.S)
    return set(re.findall(r"\b(lmnet_[a-z0-9_]+)\s*\(", text)) - {"lmnet_progress_fn"}


def test_every_header_function_has_one_prototype():
    assert header_functions() == set(_capi.PROTOTYPES)


def test_loaded_library_exports_every_function():
    assert _lib.MISSING == []


def test_prototype_arity_matches_header():
    text = re.sub(r"/\*.*?\*/", "", HEADER.read_text(), flags=re.S)
    for name, (_, argtypes) in _capi.PROTOTYPES.items():
        params = re.search(rf"\b{name}\s*\(([^)]*)\)", text).group(1).strip()
        count = 0 if params in ("", "void") else params.count(",") + 1
        assert len(argtypes) == count, name


def test_versions():
    assert lmnet._clib.lmnet_abi_version() == _capi.ABI_VERSION
    assert re.fullmatch(r"\d+\.\d+\.\d+", lmnet.library_version)
    assert lmnet.library_version == lmnet.__version__


def _import_with_library(path):
    code = "import lmnet; print(lmnet.library_path)"
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=dict(os.environ, LMNET_LIBRARY=str(path)))


def test_library_with_another_abi_version_is_refused(tmp_path):
    source = tmp_path / "fake.c"
    source.write_text("int lmnet_abi_version(void) { return 999; }\n")
    fake = compile_c(source, tmp_path / "libfake.so", "-shared", "-fPIC")
    result = _import_with_library(fake)
    assert result.returncode != 0
    assert "ABI version 999" in result.stderr
    assert f"ABI version {_capi.ABI_VERSION}" in result.stderr
    assert "LibraryError" in result.stderr


def test_lmnet_library_naming_a_missing_file_is_refused(tmp_path):
    result = _import_with_library(tmp_path / "nowhere.so")
    assert result.returncode != 0
    assert "LMNET_LIBRARY" in result.stderr and "does not name an existing file" in result.stderr


def test_lmnet_library_override_is_used():
    result = _import_with_library(lmnet.library_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == os.path.abspath(lmnet.library_path)


def test_not_an_lmnet_library_is_refused(tmp_path):
    source = tmp_path / "other.c"
    source.write_text("int something_else(void) { return 1; }\n")
    other = compile_c(source, tmp_path / "libother.so", "-shared", "-fPIC")
    result = _import_with_library(other)
    assert result.returncode != 0 and "not an LMNet library" in result.stderr


def test_status_names_are_the_headers():
    for status, name in [(0, "LMNET_OK"), (2, "LMNET_ERR_DIMENSION"), (11, "LMNET_ERR_INTERNAL")]:
        assert lmnet._clib.lmnet_status_name(status).decode() == name


def test_progress_function_type():
    assert _capi.PROGRESS_FN._restype_ is ctypes.c_int
    assert _capi.PROGRESS_FN._argtypes_ == (ctypes.c_void_p, ctypes.c_void_p)
