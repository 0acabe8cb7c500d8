#!/usr/bin/env bash
# The lmnet command end to end: demo saves a model that info and sim read; train on a
# dataset file writes a model; bad input exits 1 with a message naming the problem.
set -uo pipefail
cd "$(dirname "$0")/../.."
lmnet=.build/release/lmnet-cli
data=Tests/LMNetHDF5Tests/Golden/dataset_v1.h5
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0; failed=0

check() {  # check NAME EXPECTED_EXIT PATTERN -- COMMAND...
    local name=$1 want=$2 pattern=$3; shift 4
    local out rc
    out=$("$@" 2>&1); rc=$?
    if [ "$rc" -eq "$want" ] && grep -qE -- "$pattern" <<<"$out"; then
        passed=$((passed + 1)); echo "PASS $name"
    else
        failed=$((failed + 1)); echo "FAIL $name (exit $rc, expected $want; wanted /$pattern/)"; echo "$out" | tail -5
    fi
}

check demo_saves_model 0 "Saved the model" -- $lmnet demo --epochs 30 --seed 2 -o "$work/demo.h5"
check demo_prints_summary 0 "best val MSE" -- $lmnet demo --epochs 5 --hidden 10 -o "$work/d10.h5"
check info_reads_demo_model 0 "1-20-20-10-1 \(681 weights\)" -- $lmnet info "$work/demo.h5"
check info_shows_record 0 "30 epochs, stop: Maximum epoch reached" -- $lmnet info "$work/demo.h5"
check train_writes_model 0 "Saved the model" -- $lmnet train "$data" -o "$work/m.h5" --hidden 4 --epochs 10 --quiet
check train_uses_stored_division 0 "divideind" -- $lmnet info "$work/m.h5"
check trainbr_from_command 0 "trainbr" -- bash -c "$lmnet train $data -o $work/br.h5 --train-fcn trainbr --epochs 5 --quiet && $lmnet info $work/br.h5"
check sim_writes_outputs 0 "Wrote 4 outputs" -- $lmnet sim "$work/m.h5" "$data" -o "$work/out.h5"
check sim_output_is_a_dataset 0 "Wrote 4 outputs" -- $lmnet sim "$work/m.h5" "$work/out.h5" -o "$work/out2.h5"
check info_missing_file 1 "nonexistent.h5: cannot open" -- $lmnet info "$work/nonexistent.h5"
check info_not_a_model 1 "dataset|model" -- $lmnet info "$data"
check train_unknown_train_fcn 1 "unknown trainFcn 'trainxx'" -- $lmnet train "$data" -o "$work/x.h5" --train-fcn trainxx
check train_bad_hidden 1 "--hidden expects" -- $lmnet train "$data" -o "$work/x.h5" --hidden 0
check sim_input_mismatch 1 "inputs, the model expects" -- $lmnet sim "$work/demo.h5" "$data" -o "$work/x.h5"
check unknown_command 2 "unknown command" -- $lmnet frobnicate
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
