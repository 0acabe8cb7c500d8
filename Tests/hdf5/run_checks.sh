#!/usr/bin/env bash
# Reads LMNet files without LMNet: h5py (in a fresh venv) checks the documented layout
# and checksum of the golden files and of a model the lmnet command saves now; Octave's
# plain `load` reads the golden files into structs and recomputes predictions.
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

.build/release/lmnet-cli demo --epochs 3 -o "$work/demo-model.h5" > /dev/null

python3 -m venv "$work/venv"
"$work/venv/bin/pip" install --quiet --disable-pip-version-check h5py numpy
"$work/venv/bin/python" Tests/hdf5/check_layout_h5py.py Tests/LMNetHDF5Tests/Golden "$work/demo-model.h5"
octave-cli --no-gui Tests/hdf5/octave_load_check.m
