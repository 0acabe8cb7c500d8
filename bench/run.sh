#!/usr/bin/env bash
# LMNet performance benchmark against its peers and the BLAS floor.
#
#   bench/run.sh [--threads N] [--cases a,b,...] [--peers numpy,torch,pyrenn]
#                [--no-install] [--test]
#
# Creates .venv-bench in the repository root, installs the peers, writes the
# data (bench/data), runs every peer on every case (bench/out/peer-*.json),
# runs `lmnet-cli bench` if .build/release/lmnet-cli exists (bench/out/lmnet.json)
# and prints the markdown report (also saved as bench/out/report.md).
# --test only sets up the venv and runs the peers' correctness tests.
# BENCH_ALLOW_CUDA_TORCH=1 installs PyPI's default (CUDA, ~2.5 GB) torch when no
# CPU-only wheel is available.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH="$ROOT/bench"
VENV="$ROOT/.venv-bench"
OUT="$BENCH/out"
THREADS="$(nproc)"
CASES=""
PEERS="numpy,torch,pyrenn"
INSTALL=1
TEST_ONLY=0

while [ $# -gt 0 ]; do
    case "$1" in
        --threads) THREADS="${2:?--threads needs a number}"; shift 2 ;;
        --cases) CASES="${2:?--cases needs a list}"; shift 2 ;;
        --peers) PEERS="${2:?--peers needs a list}"; shift 2 ;;
        --no-install) INSTALL=0; shift ;;
        --test) TEST_ONLY=1; shift ;;
        -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
        *) echo "run.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
    esac
done
case "$THREADS" in ''|*[!0-9]*|0) echo "run.sh: --threads must be a positive integer" >&2; exit 2 ;; esac

PY="$VENV/bin/python"
NOTES=()
log() { echo "[bench] $*" >&2; }

# ------------------------------------------------------------------ venv and peers
install_torch() {
    # PyPI's Linux x86_64 torch is the CUDA build (~2.5 GB with nvidia-* packages).
    # A CPU-only wheel ("+cpu") is used when pip can see one; PyPI alone has none,
    # but pip's configured find-links (PIP_FIND_LINKS) may provide it.
    if "$PY" -c "import torch, torch_levenberg_marquardt" 2>/dev/null; then return 0; fi
    local cpu
    cpu="$("$PY" -m pip index versions torch 2>/dev/null | sed -n 's/^Available versions: //p' \
           | tr ',' '\n' | tr -d ' ' | grep '+cpu$' | head -n1 || true)"
    if [ -n "$cpu" ]; then
        log "installing torch $cpu (CPU-only wheel) and torch-levenberg-marquardt"
        "$PY" -m pip install -q "torch==$cpu" "torch-levenberg-marquardt>=1.2,<1.3" && return 0
    elif [ "${BENCH_ALLOW_CUDA_TORCH:-0}" = 1 ]; then
        log "installing PyPI's default torch (CUDA build, ~2.5 GB)"
        "$PY" -m pip install -q torch "torch-levenberg-marquardt>=1.2,<1.3" && return 0
    fi
    NOTES+=("torch-lm not run: no CPU-only torch wheel is reachable (PyPI ships only the ~2.5 GB CUDA build for Linux x86_64); set BENCH_ALLOW_CUDA_TORCH=1 to install that")
    return 1
}

if [ "$INSTALL" = 1 ]; then
    if [ ! -x "$PY" ]; then
        log "creating $VENV"
        python3 -m venv "$VENV"
    fi
    "$PY" -m pip install -q -r "$BENCH/requirements.txt"
    case ",$PEERS," in *,torch,*) install_torch || PEERS="$(echo ",$PEERS," | sed 's/,torch,/,/; s/^,//; s/,$//')" ;; esac
elif [ ! -x "$PY" ]; then
    echo "run.sh: $VENV does not exist; run without --no-install first" >&2; exit 2
fi

cd "$BENCH"
if [ "$TEST_ONLY" = 1 ]; then
    exec "$PY" -m pytest -q -p no:cacheprovider tests
fi

# ------------------------------------------------------------------ data and run info
"$PY" make_data.py
mkdir -p "$OUT"
rm -f "$OUT"/peer-*.json "$OUT"/lmnet.json "$OUT"/run-info.json "$OUT"/report.md
ALL_CASES="$("$PY" -c 'import cases; print(",".join(c["name"] for c in cases.CASES))')"
LMNET_ARGS=()
if [ -n "$CASES" ]; then LMNET_ARGS=(--only "$CASES"); fi   # a subset: lmnet-cli runs only these
CASES="${CASES:-$ALL_CASES}"
LOAD="$(cut -d' ' -f1-3 /proc/loadavg)"
if awk -v l="${LOAD%% *}" 'BEGIN { exit !(l > 0.5) }'; then
    NOTES+=("load average was $LOAD at the start: other processes were using the CPU, timings are pessimistic")
fi
log "threads $THREADS, cases $CASES, peers $PEERS, load average $LOAD"
START=$SECONDS

# ------------------------------------------------------------------ peers
# The peers' own (newer) OpenBLAS runs best with its CPU auto-detection, so the
# machine's OPENBLAS_CORETYPE / OPENBLAS_L2_SIZE overrides are dropped for them only.
for case_name in ${CASES//,/ }; do
    to_target="$("$PY" -c "import cases; print(int(cases.case_by_name('$case_name')['to_target']))")"
    for peer in ${PEERS//,/ }; do
        args=(--peer "$peer" --case "$case_name" --threads "$THREADS" --out "$OUT/peer-$peer-$case_name.json")
        if [ "$to_target" = 1 ]; then args+=(--to-target); fi
        if ! env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE \
                OPENBLAS_NUM_THREADS="$THREADS" OMP_NUM_THREADS="$THREADS" MKL_NUM_THREADS="$THREADS" \
                "$PY" -m peers.run "${args[@]}"; then
            NOTES+=("$peer on $case_name failed; see the output of run.sh")
        fi
    done
done
# The numpy peer once more on the reference case with the machine's BLAS settings kept,
# i.e. the same OpenBLAS kernel choice LMNet runs with: a same-kernels comparison.
if [[ ",$PEERS," == *",numpy,"* ]] && [[ ",$CASES," == *",reference,"* ]]; then
    same="$OUT/peer-numpy-reference-machine-blas.json"
    if OPENBLAS_NUM_THREADS="$THREADS" OMP_NUM_THREADS="$THREADS" \
            "$PY" -m peers.run --peer numpy --case reference --threads "$THREADS" --out "$same"; then
        "$PY" - "$same" <<'PYEOF'
import json, sys
path = sys.argv[1]
data = json.load(open(path))
data["implementation"] = "numpy-trainlm, machine BLAS settings"
json.dump(data, open(path, "w"), indent=2)
PYEOF
    fi
fi
log "peers done in $((SECONDS - START)) s"

# ------------------------------------------------------------------ LMNet
CLI="$ROOT/.build/release/lmnet-cli"
if [ -x "$CLI" ]; then
    log "running lmnet-cli bench"
    if ! (cd "$ROOT" && OPENBLAS_NUM_THREADS="$THREADS" "$CLI" bench --json "$OUT/lmnet.json" --threads "$THREADS" "${LMNET_ARGS[@]+"${LMNET_ARGS[@]}"}"); then
        NOTES+=("lmnet-cli bench failed; LMNet columns are empty")
        rm -f "$OUT/lmnet.json"
    fi
    # Thread scaling: the 10,000-sample case again on one thread.
    if [ "$THREADS" -gt 1 ] && [[ ",$CASES," == *",surface,"* ]]; then
        log "running lmnet-cli bench on one thread (surface)"
        (cd "$ROOT" && OPENBLAS_NUM_THREADS=1 "$CLI" bench --json "$OUT/lmnet-1thread.json" --threads 1 --only surface) \
            || rm -f "$OUT/lmnet-1thread.json"
    fi
else
    NOTES+=("$CLI not found (build: swift build -c release -Xswiftc -static-stdlib); LMNet columns are empty")
fi
log "total $((SECONDS - START)) s"

# ------------------------------------------------------------------ report
"$PY" - "$OUT/run-info.json" "$THREADS" "$LOAD" "$((SECONDS - START))" "${NOTES[@]+"${NOTES[@]}"}" <<'PYEOF'
import datetime, json, os, subprocess, sys
path, threads, load, seconds, notes = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4]), sys.argv[5:]
lscpu = subprocess.run(["lscpu"], capture_output=True, text=True).stdout
model = next((l.split(":", 1)[1].strip() for l in lscpu.splitlines() if l.startswith("Model name:")), "unknown")
info = {"date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "threads": threads, "cores": os.cpu_count(), "load_average": load, "cpu_model": model,
        "seconds": seconds, "notes": notes}
with open(path, "w") as f:
    json.dump(info, f, indent=2)
PYEOF
"$PY" report.py --out-dir "$OUT" | tee "$OUT/report.md"
