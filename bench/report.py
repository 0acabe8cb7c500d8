#!/usr/bin/env python3
"""Collect bench/out/*.json into one markdown report.

    python3 bench/report.py [--out-dir bench/out]

Reads lmnet.json (LMNet, schema in bench/README.md; optional), peer-<peer>-<case>.json
(written by peers/run.py) and run-info.json (written by run.sh; optional).
Ratios are other / LMNet: 3.0x means the peer needs three times LMNet's time.
Uses only the standard library.
"""
import argparse
import datetime
import glob
import json
import os
import platform
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import cases  # noqa: E402

PEER_ORDER = ["numpy-trainlm", "torch-lm", "pyrenn"]
REQUIRED_CASE_FIELDS = ["name", "params", "samples", "ms_per_epoch_median", "floor_ms_per_epoch",
                        "ratio_to_floor", "phase_ms", "trials_per_epoch", "peak_rss_mb",
                        "seeds_to_target"]
PHASES = ["jacobian", "jtj", "solve", "forward"]
TARGET_CASES = {c["name"] for c in cases.CASES if c.get("to_target")}


# ---------------------------------------------------------------- loading

def load_json(path, problems):
    try:
        with open(path) as f:
            return json.load(f)
    except (OSError, ValueError) as error:
        problems.append(f"{os.path.basename(path)} unreadable: {error}")
        return None


def load_lmnet(out_dir, problems):
    """{case name: case dict} from lmnet.json, plus its top-level fields."""
    path = os.path.join(out_dir, "lmnet.json")
    if not os.path.exists(path):
        problems.append("lmnet.json not found: LMNet columns are empty "
                        "(build lmnet-cli and rerun bench/run.sh)")
        return {}, {}
    data = load_json(path, problems)
    if not isinstance(data, dict) or not isinstance(data.get("cases"), list):
        problems.append("lmnet.json has no \"cases\" list: ignored")
        return {}, {}
    by_name = {}
    for entry in data["cases"]:
        if not isinstance(entry, dict) or "name" not in entry:
            problems.append("lmnet.json: a case without \"name\" was ignored")
            continue
        required = REQUIRED_CASE_FIELDS
        if entry["name"] not in TARGET_CASES:   # seeds_to_target may be left out there
            required = [k for k in required if k != "seeds_to_target"]
        missing = [k for k in required if k not in entry]
        if missing:
            problems.append(f"lmnet.json case {entry['name']}: missing {', '.join(missing)}")
        by_name[entry["name"]] = entry
    top = {k: v for k, v in data.items() if k != "cases"}
    return by_name, top


def load_peers(out_dir, problems):
    """{implementation: {case name: result}}"""
    peers = {}
    for path in sorted(glob.glob(os.path.join(out_dir, "peer-*.json"))):
        data = load_json(path, problems)
        if isinstance(data, dict) and "implementation" in data and "name" in data:
            peers.setdefault(data["implementation"], {})[data["name"]] = data
    return peers


# ---------------------------------------------------------------- formatting

def number(value):
    """Finite float or None."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value) if value == value and abs(value) != float("inf") else None


def fmt_ms(value):
    value = number(value)
    if value is None:
        return "–"
    if value >= 100:
        return f"{value:,.0f}"
    if value >= 10:
        return f"{value:.1f}"
    if value >= 1:
        return f"{value:.2f}"
    return f"{value:.3f}"


def fmt_ratio(value):
    value = number(value)
    return "–" if value is None else f"{value:.2f}×"


def ratio(a, b):
    a, b = number(a), number(b)
    return a / b if a is not None and b not in (None, 0.0) else None


def target_summary(entry):
    """(reached count, total, median epochs, median seconds) over the reached seeds."""
    runs = entry.get("seeds_to_target") if entry else None
    if not runs:
        return None
    reached = [r for r in runs if r.get("reached")]
    if not reached:
        return (0, len(runs), None, None)
    return (len(reached), len(runs), statistics.median(r["epochs"] for r in reached),
            statistics.median(r["seconds"] for r in reached))


def machine_model():
    try:
        text = subprocess.run(["lscpu"], capture_output=True, text=True, timeout=10).stdout
        for line in text.splitlines():
            if line.startswith("Model name:"):
                return line.split(":", 1)[1].strip()
    except (OSError, subprocess.SubprocessError):
        pass
    return platform.processor() or "unknown"


# ---------------------------------------------------------------- tables

def main_table(lmnet, peers, peer_names):
    head = ["Case", "Params", "Samples", "LMNet ms/epoch", "Floor ms/epoch", "LMNet/floor"]
    head += [f"{p} ms/epoch (×LMNet)" for p in peer_names]
    head += ["Epochs to target, median (×LMNet)", "Time to target, median s (×LMNet)",
             "Peak RSS MB (" + " / ".join(["LMNet"] + peer_names) + ")"]
    rows = []
    for case in cases.CASES:
        name = case["name"]
        mine = lmnet.get(name)
        if mine is None and not any(name in peers.get(p, {}) for p in peer_names):
            continue                                   # case not run at all
        first_peer = next((peers[p][name] for p in peer_names if name in peers.get(p, {})), None)
        params = (mine or {}).get("params") or (first_peer or {}).get("params") \
            or cases.parameter_count(case["layers"])
        samples = (mine or {}).get("samples") or (first_peer or {}).get("samples") or "–"
        lm_ms = (mine or {}).get("ms_per_epoch_median")
        row = [case["label"], f"{params:,}", f"{samples:,}" if isinstance(samples, int) else samples,
               fmt_ms(lm_ms), fmt_ms((mine or {}).get("floor_ms_per_epoch")),
               fmt_ratio((mine or {}).get("ratio_to_floor"))]
        for p in peer_names:
            entry = peers.get(p, {}).get(name)
            if entry is None:
                row.append("not run")
            elif entry.get("skipped"):
                row.append("skipped")
            else:
                ms = entry.get("ms_per_epoch_median")
                r = ratio(ms, lm_ms)
                row.append(fmt_ms(ms) + (f" ({fmt_ratio(r)})" if r is not None else ""))
        row += target_cells(case, mine, peers, peer_names)
        memory = [fmt_ms((mine or {}).get("peak_rss_mb"))]
        memory += [fmt_ms(peers.get(p, {}).get(name, {}).get("peak_rss_mb"))
                   if not peers.get(p, {}).get(name, {}).get("skipped") else "–"
                   for p in peer_names]
        row.append(" / ".join(memory))
        rows.append(row)
    return markdown(head, rows)


def target_cells(case, mine, peers, peer_names):
    if not case.get("to_target"):
        return ["–", "–"]
    own = target_summary(mine)
    epochs, seconds = [], []
    if own:
        epochs.append(f"LMNet {fmt_count(own[2])} ({own[0]}/{own[1]} reached)")
        seconds.append(f"LMNet {fmt_ms(own[3])}")
    for p in peer_names:
        other = target_summary(peers.get(p, {}).get(case["name"]))
        if not other:
            continue
        if own and own[2] is not None and other[2] is not None:
            epochs.append(f"{p} {fmt_ratio(ratio(other[2], own[2]))} ({other[0]}/{other[1]})")
            seconds.append(f"{p} {fmt_ratio(ratio(other[3], own[3]))}")
        else:
            epochs.append(f"{p} {fmt_count(other[2])} ({other[0]}/{other[1]})")
            seconds.append(f"{p} {fmt_ms(other[3])}")
    return ["; ".join(epochs) or "–", "; ".join(seconds) or "–"]


def fmt_count(value):
    value = number(value)
    return "–" if value is None else (f"{value:.0f}" if value == int(value) else f"{value:.1f}")


def phase_table(lmnet, peers, peer_names):
    head = ["Case", "Implementation", "ms/epoch", "trials/epoch"] + [f"{p} ms" for p in PHASES]
    rows = []
    for case in cases.CASES:
        name = case["name"]
        sources = [("LMNet", lmnet.get(name))] + [(p, peers.get(p, {}).get(name)) for p in peer_names]
        for label, entry in sources:
            if not entry or entry.get("skipped") or entry.get("ms_per_epoch_median") is None:
                continue
            phase = entry.get("phase_ms") or {}
            trials = number(entry.get("trials_per_epoch"))
            rows.append([name, label, fmt_ms(entry.get("ms_per_epoch_median")),
                         "–" if trials is None else f"{trials:.2f}"]
                        + [fmt_ms(phase.get(k)) for k in PHASES])
    return markdown(head, rows)


def markdown(head, rows):
    lines = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


# ---------------------------------------------------------------- notes

def notes(lmnet_top, peers, peer_names, run_info, problems):
    out = list(problems)
    for p in peer_names:
        for name, entry in sorted(peers.get(p, {}).items()):
            if entry.get("skipped"):
                out.append(f"{p} / {name}: {entry['skipped']}")
            for note in entry.get("notes", []):
                out.append(f"{p} / {name}: {note}")
    threads = {e.get("threads") for p in peer_names for e in peers.get(p, {}).values()}
    if lmnet_top.get("threads") is not None:
        threads.add(lmnet_top.get("threads"))
    threads.discard(None)
    if len(threads) > 1:
        out.append(f"results were measured with different thread counts: {sorted(threads)}")
    for line in (run_info or {}).get("notes", []):
        out.append(line)
    return out


def blas_lines(lmnet_top, peers, peer_names):
    lines = []
    if lmnet_top.get("blas"):
        lines.append(f"LMNet: {lmnet_top['blas']}")
    for p in peer_names:
        entry = next(iter(peers.get(p, {}).values()), None)
        if not entry:
            continue
        libs = [f"{b.get('internal_api')} {b.get('version') or ''} "
                f"{b.get('architecture') or ''}".strip() for b in entry.get("blas", [])]
        versions = ", ".join(f"{k} {v}" for k, v in (entry.get("versions") or {}).items())
        lines.append(f"{p}: {versions}; BLAS: {', '.join(dict.fromkeys(libs)) or 'unknown'}")
    return lines


def thread_scaling(out_dir, lmnet, problems):
    """LMNet's speed-up from 1 thread to the run's thread count, per case measured on both."""
    path = os.path.join(out_dir, "lmnet-1thread.json")
    if not os.path.exists(path):
        return ""
    one = load_json(path, problems) or {}
    lines = []
    for case in one.get("cases", []):
        name, many = case.get("name"), lmnet.get(case.get("name"))
        if not many:
            continue
        t1, tn = number(case.get("ms_per_epoch_median")), number(many.get("ms_per_epoch_median"))
        if t1 and tn:
            lines.append(f"- {name}: 1 thread {fmt_ms(t1)} ms/epoch, {many.get('threads')} threads "
                         f"{fmt_ms(tn)} ms/epoch: {t1 / tn:.2f}× faster")
    return "\n".join(lines)


def build_report(out_dir):
    problems = []
    lmnet, lmnet_top = load_lmnet(out_dir, problems)
    peers = load_peers(out_dir, problems)
    peer_names = [p for p in PEER_ORDER if p in peers] + sorted(set(peers) - set(PEER_ORDER))
    info_path = os.path.join(out_dir, "run-info.json")
    run_info = load_json(info_path, problems) if os.path.exists(info_path) else {}
    threads = (run_info or {}).get("threads") or lmnet_top.get("threads") or next(
        (e.get("threads") for p in peer_names for e in peers[p].values()), "unknown")

    parts = ["# LMNet benchmark", ""]
    parts.append(f"- Machine: {(run_info or {}).get('cpu_model') or machine_model()}, "
                 f"{(run_info or {}).get('cores') or os.cpu_count()} cores")
    parts.append(f"- Threads: {threads}")
    parts.append(f"- Date: {(run_info or {}).get('date') or datetime.datetime.now().isoformat(timespec='seconds')}")
    if run_info and run_info.get("load_average"):
        parts.append(f"- Load average before the run: {run_info['load_average']}")
    parts.append(f"- Target: training MSE ≤ {cases.TARGET_MSE:g} (original units), "
                 f"MATLAB defaults, seeds {cases.TARGET_SEEDS}")
    for line in blas_lines(lmnet_top, peers, peer_names):
        parts.append(f"- {line}")
    parts += ["", main_table(lmnet, peers, peer_names), ""]
    parts += ["Ratios are other/LMNet (above 1: LMNet is faster). Medians of the timed epochs; "
              "to-target medians over the seeds that reached the target.", ""]
    phases = phase_table(lmnet, peers, peer_names)
    if phases.count("\n") > 1:
        parts += ["## Where the time goes (median ms per epoch)", "", phases, ""]
    scaling = thread_scaling(out_dir, lmnet, problems)
    if scaling:
        parts += ["## Threads", "", scaling, ""]
    extra = notes(lmnet_top, peers, peer_names, run_info, problems)
    if extra:
        parts += ["## Notes", ""] + [f"- {line}" for line in extra] + [""]
    return "\n".join(parts)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out-dir", default=os.path.join(HERE, "out"))
    args = parser.parse_args()
    if not os.path.isdir(args.out_dir):
        raise SystemExit(f"{args.out_dir} does not exist: run bench/run.sh first")
    print(build_report(args.out_dir))


if __name__ == "__main__":
    main()
