#!/usr/bin/env bash
# Runs every test suite: Swift (core and HDF5), the lmnet command, the C ABI, the HDF5
# readers (Octave load, h5py), Python and Octave/MATLAB. Installs what it needs on
# Debian 12 first.
# Ends with "N passed, N failed" over the suites and exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --test || exit 1
command -v swift > /dev/null || export PATH="$PATH:/opt/swift/usr/bin"   # Swift's usual place here
scripts/build.sh || exit 1

passed=0; failed=0; failures=()
suite() {
    local name=$1; shift
    echo
    echo "=== suite: $name"
    local start=$SECONDS
    if "$@"; then
        passed=$((passed + 1)); echo "=== suite $name: ok ($((SECONDS - start)) s)"
    else
        failed=$((failed + 1)); failures+=("$name"); echo "=== suite $name: FAILED ($((SECONDS - start)) s)"
    fi
}

suite "swift (core, HDF5)" swift test --disable-swift-testing   # XCTest only: there are no Swift Testing tests
suite "lmnet command" Tests/cli/run_tests.sh
suite "C ABI" Tests/c/run_tests.sh
suite "HDF5 readers (Octave load, h5py)" Tests/hdf5/run_checks.sh
suite "Python binding" bindings/python/run_tests.sh
suite "Octave/MATLAB binding" bindings/matlab/run_tests.sh

echo
[ $failed -eq 0 ] || echo "failed suites: ${failures[*]}"
echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
