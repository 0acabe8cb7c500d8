"""Run one peer on one benchmark case and write its JSON result.

    cd bench && python -m peers.run --peer numpy --case reference --threads 2 \
        --out out/peer-numpy-reference.json [--to-target] [--no-timing]

The JSON uses the per-case fields of LMNet's schema (bench/README.md) plus
"implementation", "versions", "blas", "stop" and "notes".
"""
import argparse
import json
import os
import sys
import time

PEERS = ("numpy", "torch", "pyrenn")


def parse_args(argv):
    parser = argparse.ArgumentParser(description="Run one peer on one benchmark case.")
    parser.add_argument("--peer", required=True, choices=PEERS)
    parser.add_argument("--case", required=True)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--out", required=True)
    parser.add_argument("--data", default=None, help="data folder (default bench/data)")
    parser.add_argument("--to-target", action="store_true",
                        help="also run the time-to-target protocol (reference case)")
    parser.add_argument("--no-timing", action="store_true",
                        help="skip the per-epoch timing protocol")
    args = parser.parse_args(argv)
    if args.threads < 1:
        parser.error("--threads must be at least 1")
    return args


def limit_threads(threads):
    """Must run before numpy (or torch) is imported: BLAS pools size themselves at load."""
    for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[var] = str(threads)


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    limit_threads(args.threads)

    import importlib

    import cases
    from peers import common

    peer = importlib.import_module(f"peers.{args.peer}_peer")
    case = cases.case_by_name(args.case)
    data_dir = args.data or common.DEFAULT_DATA_DIR
    manifest = common.load_manifest(data_dir)
    x, t = common.load_dataset(manifest, case["dataset"], data_dir)
    layers = case["layers"]
    params = cases.parameter_count(layers)
    if layers[0] != x.shape[1] or layers[-1] != t.shape[1]:
        raise SystemExit(f"case {case['name']}: layers {layers} do not fit data {x.shape}, {t.shape}")

    try:
        peer.setup(args.threads)
        unavailable = None
    except ImportError as error:
        unavailable = f"skipped: {peer.NAME} is not installed ({error})"
    result = {
        "implementation": peer.NAME,
        "name": case["name"],
        "layers": layers,
        "params": params,
        "samples": int(x.shape[0]),
        "threads": args.threads,
        "rss_baseline_mb": common.current_rss_mb(),
        "notes": [],
    }
    info = dict(case, params=params, samples=int(x.shape[0]))
    reason = unavailable or peer.skip_reason(info)
    if reason:
        result["skipped"] = reason
    if not reason and not args.no_timing:
        started = time.perf_counter()
        timing = peer.time_epochs(layers, x, t, case["warmup_epochs"], case["timed_epochs"],
                                  case["time_budget_s"])
        seconds = timing["epoch_seconds"]
        phases = timing["phases"]
        result.update({
            "warmup_epochs": case["warmup_epochs"],
            "timed_epochs": len(seconds),
            "ms_per_epoch_median": 1e3 * common.median(seconds) if seconds else None,
            "ms_per_epoch_all": [1e3 * s for s in seconds],
            "trials_per_epoch": (sum(timing["trials"]) / len(timing["trials"])
                                 if timing["trials"] else None),
            "phase_ms": {key: (1e3 * common.median([p[key] for p in phases])
                               if phases and phases[0][key] is not None else None)
                         for key in ("jacobian", "jtj", "solve", "forward")},
            "stop": timing["stop"],
            "timing_wall_s": time.perf_counter() - started,
        })
        if len(seconds) < case["timed_epochs"]:
            result["notes"].append(
                f"timed {len(seconds)} of {case['timed_epochs']} epochs ({timing['stop']})")
    if args.to_target and not reason:
        runs = []
        for seed in cases.TARGET_SEEDS:
            runs.append(peer.to_target(layers, x, t, seed, cases.TARGET_MSE,
                                       cases.TARGET_MAX_EPOCHS, cases.TARGET_BUDGET_S))
        result["seeds_to_target"] = runs
        result["target_mse"] = cases.TARGET_MSE
    result["peak_rss_mb"] = common.peak_rss_mb()
    result["versions"] = {} if unavailable else peer.describe()
    result["blas"] = common.blas_description()

    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w") as f:
        json.dump(result, f, indent=2)
        f.write("\n")
    summary = result.get("skipped") or (
        f"{result.get('ms_per_epoch_median', float('nan')):.2f} ms/epoch"
        if result.get("ms_per_epoch_median") is not None else "no timing")
    print(f"{peer.NAME:>14} {case['name']:<14} {summary}")


if __name__ == "__main__":
    main()
