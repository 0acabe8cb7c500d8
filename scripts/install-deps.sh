#!/usr/bin/env bash
# Installs the Debian 12 packages LMNet needs, only those missing.
#   scripts/install-deps.sh          build and run: OpenBLAS, LAPACKE, HDF5, pkg-config
#   scripts/install-deps.sh --test   also what the tests use: valgrind, Octave, python3-venv
set -euo pipefail
packages=(libopenblas-dev liblapacke-dev libhdf5-dev pkg-config)
extra=()
if [ "${1:-}" = "--test" ]; then
    packages+=(valgrind g++)
    # Octave without recommends (~320 MB instead of ~1 GB); gnuplot and a font for headless plots
    extra=(octave liboctave-dev gnuplot-nox fonts-freefont-otf)
    python3 -c 'import venv, ensurepip' 2>/dev/null || packages+=(python3-venv)
fi
missing=()
for p in "${packages[@]}" "${extra[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing Debian packages: ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
