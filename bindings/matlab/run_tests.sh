#!/usr/bin/env bash
# Build the MEX gateway with Octave (make.m) and run the Octave test suite.
# Prints one line per test and ends with "N passed, N failed"; exits non-zero
# on failure. Needs liblmnet.so (LMNET_LIBRARY or <repo>/.build/release) and,
# for the plot tests, gnuplot-nox + fonts-freefont-otf. LMNET_PYTHON may name
# a python3 that has the lmnet package (else bindings/python/src is used).
#   bindings/matlab/run_tests.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"
octave-cli --no-init-file --quiet --eval "make"
cd "$here/tests"
exec octave-cli --no-init-file --quiet --eval "run_tests"
