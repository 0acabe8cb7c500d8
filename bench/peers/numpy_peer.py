"""Benchmark adapter for the numpy trainlm re-implementation (peer 1)."""
import time

import numpy as np
import scipy

from .common import (MapMinMax, budget_spent, divide_rand, divide_train,
                     nguyen_widrow_weights)
from .numpy_trainlm import FeedForward, TrainLM, TrainParams

NAME = "numpy-trainlm"


class BudgetSpent(Exception):
    pass


def setup(threads):
    pass  # numpy reads OPENBLAS_NUM_THREADS, set by run.py before the import


def describe():
    return {"numpy": np.__version__, "scipy": scipy.__version__}


def skip_reason(case):
    return None  # Jacobian is accumulated in blocks, so memory stays O(n^2 + block*n)


def _prepared(layers, x, t):
    px, pt = MapMinMax(x), MapMinMax(t)
    net = FeedForward(layers, pt.gain, pt.offset, pt.ymin)
    return net, px.apply(x)


def time_epochs(layers, x, t, warmup, timed, budget_s, seed=0):
    """Per-epoch statistics of `warmup + timed` epochs on all samples (dividetrain),
    every stop rule but the epoch count switched off."""
    net, xn = _prepared(layers, x, t)
    w0 = nguyen_widrow_weights(layers, np.random.default_rng(seed))
    train, val, test = divide_train(x.shape[0])
    params = TrainParams(epochs=warmup + timed, goal=-1.0, min_grad=-1.0,
                         max_fail=10 ** 9)
    epochs = []
    started = time.perf_counter()

    def on_epoch(epoch, perf, stats):
        epochs.append(stats)
        if budget_spent(started, budget_s, epoch - warmup, timed):
            raise BudgetSpent

    stop = "Maximum epoch reached."
    try:
        stop = TrainLM(net, xn, t, train, val, test, params).run(w0, on_epoch).stop
    except BudgetSpent:
        stop = "time budget spent"
    kept = epochs[warmup:]
    return {
        "epoch_seconds": [e.seconds for e in kept],
        "trials": [e.trials for e in kept],
        "phases": [{"jacobian": e.jacobian, "jtj": e.jtj, "solve": e.solve,
                    "forward": e.forward} for e in kept],
        "stop": stop,
    }


def to_target(layers, x, t, seed, goal, max_epochs, budget_s):
    """MATLAB defaults (dividerand, validation stop, min_grad) with goal = target;
    the budget is MATLAB's `time` limit."""
    start = time.perf_counter()
    rng = np.random.default_rng(seed)
    net, xn = _prepared(layers, x, t)
    w0 = nguyen_widrow_weights(layers, rng)
    train, val, test = divide_rand(x.shape[0], rng)
    params = TrainParams(epochs=max_epochs, goal=goal, time=budget_s)
    result = TrainLM(net, xn, t, train, val, test, params).run(w0)
    seconds = time.perf_counter() - start
    return {
        "seed": seed,
        "epochs": result.num_epochs,
        "seconds": seconds,
        "reached": result.stop == "Performance goal met.",
        "final_mse": result.perf[-1],
        "stop": result.stop,
    }
