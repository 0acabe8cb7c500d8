#!/usr/bin/env bash
# The main job: trains the reference problem t = -x.*sin(10x) with MATLAB's defaults,
# prints MATLAB-style progress and a summary, saves the model and describes the file.
# Extra arguments go to `lmnet demo` (for example --seed 3 --hidden 10 --epochs 200).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh 2>&1 | tail -n 1
mkdir -p out
.build/release/lmnet-cli demo -o out/reference-model.h5 "$@"
echo
.build/release/lmnet-cli info out/reference-model.h5
