#!/usr/bin/env python3
"""Write the benchmark data sets and bench/data/manifest.json.

Layout of every data file: raw little-endian float64, no header, sample-major
(C-ordered numpy array of shape (Q, R)): the R values of sample 0, then sample 1, ...
<name>.x.f64 holds the inputs (Q x R), <name>.t.f64 the targets (Q x S).
Q, R and S are in the manifest. File size = 8 * Q * R bytes.

Usage: python3 make_data.py [--out DIR]     (default: data/ next to this file)
"""
import argparse
import hashlib
import json
import os
import sys

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import cases  # noqa: E402

SURFACE_SEED = 20240611
SURFACE_SAMPLES = 10_000


def reference_set(count):
    """x in (0, 1], t = -x sin(10 x): the seed project's Multimodal1D function."""
    if count == 1000:
        x = 0.001 * np.arange(1, 1001, dtype=np.float64)  # exactly 0.001*i
    else:
        x = np.linspace(0.001, 1.0, count)
    t = -x * np.sin(10.0 * x)
    return x.reshape(-1, 1), t.reshape(-1, 1)


def surface_set():
    """Uniform random points in [-1,1]^2, t = sin(3 x1) cos(2 x2) + 0.3 x1 x2."""
    rng = np.random.default_rng(SURFACE_SEED)
    x = rng.uniform(-1.0, 1.0, size=(SURFACE_SAMPLES, 2))
    t = np.sin(3.0 * x[:, 0]) * np.cos(2.0 * x[:, 1]) + 0.3 * x[:, 0] * x[:, 1]
    return x, t.reshape(-1, 1)


DATASETS = {
    "reference": (lambda: reference_set(1000),
                  "x = 0.001*(1..1000), t = -x*sin(10x)"),
    "reference_1e6": (lambda: reference_set(1_000_000),
                      "x = linspace(0.001, 1, 1e6), t = -x*sin(10x)"),
    "surface": (surface_set,
                f"x ~ U[-1,1]^2 (numpy default_rng({SURFACE_SEED}), {SURFACE_SAMPLES} samples), "
                "t = sin(3 x1) cos(2 x2) + 0.3 x1 x2"),
}


def write_matrix(path, matrix):
    data = np.ascontiguousarray(matrix, dtype="<f8")
    data.tofile(path)
    return hashlib.sha256(data.tobytes()).hexdigest()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=os.path.join(HERE, "data"))
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)

    datasets = {}
    for name, (make, formula) in DATASETS.items():
        x, t = make()
        x_file, t_file = f"{name}.x.f64", f"{name}.t.f64"
        datasets[name] = {
            "formula": formula,
            "samples": int(x.shape[0]),
            "inputs": int(x.shape[1]),
            "outputs": int(t.shape[1]),
            "x_file": x_file,
            "t_file": t_file,
            "x_sha256": write_matrix(os.path.join(args.out, x_file), x),
            "t_sha256": write_matrix(os.path.join(args.out, t_file), t),
        }

    case_list = []
    for case in cases.CASES:
        entry = dict(case)
        entry["params"] = cases.parameter_count(case["layers"])
        entry["samples"] = datasets[case["dataset"]]["samples"]
        case_list.append(entry)

    manifest = {
        "layout": "raw little-endian float64, no header, sample-major (Q rows of R values)",
        "datasets": datasets,
        "cases": case_list,
        "to_target": {
            "case": "reference",
            "goal_mse": cases.TARGET_MSE,
            "seeds": cases.TARGET_SEEDS,
            "max_epochs": cases.TARGET_MAX_EPOCHS,
            "settings": "MATLAB defaults: dividerand 0.70/0.15/0.15, mu 1e-3, mu_dec 0.1, "
                        "mu_inc 10, mu_max 1e10, max_fail 6, min_grad 1e-7, goal = goal_mse",
        },
    }
    with open(os.path.join(args.out, "manifest.json"), "w") as f:
        json.dump(manifest, f, indent=2)
        f.write("\n")
    print(f"wrote {len(datasets)} data sets and manifest.json to {args.out}")


if __name__ == "__main__":
    main()
