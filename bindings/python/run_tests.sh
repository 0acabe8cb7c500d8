#!/usr/bin/env bash
# Test the Python binding as a user gets it: a fresh virtual environment,
# `pip install` of this folder (bundling ../../.build/release/liblmnet.so,
# building it first if missing; or LMNET_LIBRARY at run time), the test
# dependencies, then pytest. Exits with pytest's status.
#   bindings/python/run_tests.sh [pytest arguments...]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/lmnet-python-tests.XXXXXX")"
trap 'rm -rf "$work"' EXIT

python3 -m venv "$work/venv"
py="$work/venv/bin/python"
"$py" -m pip install --quiet --disable-pip-version-check "$here" \
    numpy pytest scikit-learn matplotlib h5py "dask[distributed]"
rm -rf "$here/build" "$here/src/lmnet.egg-info"   # pip's in-tree build leftovers

cd "$work"   # run against the installed package, not the source tree
MPLBACKEND=Agg "$py" -m pytest -q -p no:cacheprovider "$here/tests" "$@"
