"""Pieces every peer shares: data loading, MATLAB-style preprocessing,
initialization and division, memory and BLAS introspection.

Arrays are sample-major everywhere: x has shape (Q, R), t has shape (Q, S).
"""
import json
import math
import os
import time

import numpy as np

BENCH_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_DATA_DIR = os.path.join(BENCH_DIR, "data")


# ---------------------------------------------------------------- data files

def load_manifest(data_dir=DEFAULT_DATA_DIR):
    path = os.path.join(data_dir, "manifest.json")
    if not os.path.exists(path):
        raise SystemExit(f"{path} is missing: run `python3 bench/make_data.py` first")
    with open(path) as f:
        return json.load(f)


def load_dataset(manifest, name, data_dir=DEFAULT_DATA_DIR):
    """Returns (x, t) as float64 arrays of shapes (Q, R) and (Q, S)."""
    info = manifest["datasets"][name]
    q = info["samples"]

    def read(file_name, columns):
        path = os.path.join(data_dir, file_name)
        data = np.fromfile(path, dtype="<f8")
        if data.size != q * columns:
            raise SystemExit(f"{path}: expected {q * columns} values, found {data.size}")
        return data.reshape(q, columns).astype(np.float64, copy=False)

    return read(info["x_file"], info["inputs"]), read(info["t_file"], info["outputs"])


# ---------------------------------------------------------------- mapminmax

class MapMinMax:
    """Per-column linear map of [min, max] onto [-1, 1] (MATLAB mapminmax,
    sample-major here so a MATLAB row is a numpy column). Constant columns
    pass through unchanged."""

    def __init__(self, data):
        low, high = data.min(axis=0), data.max(axis=0)
        usable = np.isfinite(low) & np.isfinite(high) & (high > low)
        self.offset = np.where(usable, low, 0.0)          # MATLAB xoffset
        self.gain = np.where(usable, 2.0 / np.where(usable, high - low, 1.0), 1.0)
        self.ymin = np.where(usable, -1.0, 0.0)

    def apply(self, data):
        return (data - self.offset) * self.gain + self.ymin

    def reverse(self, mapped):
        return (mapped - self.ymin) / self.gain + self.offset


# ---------------------------------------------------------------- layout

def layer_shapes(layers):
    """[(inputs, neurons)] per weight layer for MATLAB's [R, h1, ..., S]."""
    return [(layers[k], layers[k + 1]) for k in range(len(layers) - 1)]


def parameter_count(layers):
    return sum(s * (r + 1) for r, s in layer_shapes(layers))


# ---------------------------------------------------------------- initialization

def nguyen_widrow_weights(layers, rng):
    """Flat weight vector in MATLAB getwb order (per layer: bias, then the weight
    matrix column-major), initialized like initlay/initnw for inputs already mapped
    to [-1, 1]: tansig layers by Nguyen-Widrow, the purelin output layer by rands.

    Nguyen-Widrow for S neurons with r inputs: magnitude m = 0.7 S^(1/r), rows of a
    U[-1,1] S x r matrix scaled to length m, biases m*linspace(-1,1,S)*sign(w_i1);
    then both are scaled by 2 to map [-1,1] onto tansig's active range [-2,2].
    Source range is [-1,1] for every layer (mapminmax inputs, tansig outputs), so
    MATLAB's source-range mapping is the identity here.
    """
    pieces = []
    shapes = layer_shapes(layers)
    for index, (r, s) in enumerate(shapes):
        if index < len(shapes) - 1:
            magnitude = 0.7 * s ** (1.0 / r)
            directions = rng.uniform(-1.0, 1.0, size=(s, r))
            norms = np.linalg.norm(directions, axis=1, keepdims=True)
            norms[norms == 0.0] = 1.0
            w = magnitude * directions / norms
            if s == 1:
                b = np.zeros(1)
            else:
                b = magnitude * np.linspace(-1.0, 1.0, s) * np.sign(w[:, 0])
            w, b = 2.0 * w, 2.0 * b
        else:
            w = rng.uniform(-1.0, 1.0, size=(s, r))
            b = rng.uniform(-1.0, 1.0, size=s)
        pieces.append(b)
        pieces.append(w.ravel(order="F"))
    return np.concatenate(pieces)


# ---------------------------------------------------------------- division

def matlab_round(value):
    """MATLAB round: halves away from zero (Python's round is to even)."""
    return int(math.floor(value + 0.5)) if value >= 0 else -int(math.floor(-value + 0.5))


def divide_rand(q, rng, ratios=(0.70, 0.15, 0.15)):
    """dividerand: counts by MATLAB round, then a random permutation split into
    train / validation / test, each sorted."""
    total = sum(ratios)
    n_val = matlab_round(ratios[1] / total * q)
    n_test = matlab_round(ratios[2] / total * q)
    n_train = q - n_val - n_test
    order = rng.permutation(q)
    return (np.sort(order[:n_train]), np.sort(order[n_train:n_train + n_val]),
            np.sort(order[n_train + n_val:n_train + n_val + n_test]))


def divide_train(q):
    everything = np.arange(q)
    return everything, everything[:0], everything[:0]


# ---------------------------------------------------------------- measurements

def peak_rss_mb():
    """High-water mark of the resident set size of this process (VmHWM)."""
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024.0
    return None


def current_rss_mb():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024.0
    return None


def blas_description():
    """What BLAS numpy (and torch, if loaded) actually runs, via threadpoolctl."""
    try:
        from threadpoolctl import threadpool_info
    except ImportError:
        return []
    keep = ("internal_api", "version", "num_threads", "architecture", "threading_layer", "filepath")
    return [{k: info.get(k) for k in keep if k in info} for info in threadpool_info()]


def budget_spent(started, budget_s, timed_done, timed_target):
    """True when a timing run should end early: its wall time since `started`
    (warm-up included) exceeds the budget, at least 2 epochs have been timed,
    and more were planned."""
    return (2 <= timed_done < timed_target
            and time.perf_counter() - started > budget_s)


def median(values):
    return float(np.median(np.asarray(values))) if len(values) else None
