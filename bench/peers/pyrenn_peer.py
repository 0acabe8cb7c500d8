"""Benchmark adapter for pyrenn's train_LM (peer 3).

pyrenn is used as its users get it: CreateNN (tanh hidden, linear output,
weights U[-0.5,0.5] from numpy's global RNG), its own scaling (each row divided
by max(max|row|, 1)), its train_LM defaults (damping 3.0 on the undivided J^T J,
factor 10, explicit inverse). Its error E is the SSE in its scaled units.

pyrenn has no per-epoch hook, so its module functions are wrapped: RTRL (the
Jacobian, called once per epoch) marks epoch boundaries and calc_error counts the
trial steps. The wrappers also end a run whose time budget is spent, and one whose
inner damping loop cannot find a better step (pyrenn 0.1 would loop forever there).
"""
import contextlib
import io
import time

import numpy as np

from .common import budget_spent, divide_rand, nguyen_widrow_weights

NAME = "pyrenn"

# pyrenn loops over the samples in Python, both for the Jacobian (RTRL, about
# 80 us per sample here) and for every trial's forward pass (about 25 us per
# sample). Data sets larger than this would take minutes per epoch and are skipped.
MAX_SAMPLES = 100_000
SECONDS_PER_SAMPLE_EPOCH = 80e-6 + 2 * 25e-6     # one Jacobian and two trials
MAX_TRIALS_PER_EPOCH = 60


class _RunEnded(Exception):
    pass


def setup(threads):
    import pyrenn  # noqa: F401  (ImportError here marks the peer unavailable)


def describe():
    import importlib.metadata as md
    return {"pyrenn": md.version("pyrenn"), "numpy": np.__version__}


def skip_reason(case):
    samples = case["samples"]
    if samples > MAX_SAMPLES:
        gib = 8 * samples * case["params"] / 2 ** 30
        return (f"skipped: pyrenn loops over the samples in Python, about "
                f"{samples * SECONDS_PER_SAMPLE_EPOCH:.0f} s per epoch for {samples:,} samples, "
                f"and its full Jacobian alone is {gib:.1f} GiB")
    return None


class _Probe:
    """Replaces pyrenn.RTRL / pyrenn.calc_error with timed wrappers."""

    def __init__(self, pyrenn, should_end):
        self.pyrenn = pyrenn
        self.original = (pyrenn.RTRL, pyrenn.calc_error)
        self.should_end = should_end    # called with the number of completed epochs
        self.epoch_starts = []      # start time of every RTRL call
        self.jacobian = []          # RTRL duration per call
        self.forward = []           # calc_error time since the previous RTRL call
        self.trials = []
        self._trials = 0
        self._forward = 0.0
        self.last_error = None
        pyrenn.RTRL, pyrenn.calc_error = self._rtrl, self._calc_error

    def restore(self):
        self.pyrenn.RTRL, self.pyrenn.calc_error = self.original

    def _rtrl(self, net, data):
        now = time.perf_counter()
        if self.epoch_starts:
            self.trials.append(self._trials)
            self.forward.append(self._forward)
        if self.should_end(len(self.epoch_starts) - 1):
            raise _RunEnded("time budget spent")
        self._trials, self._forward = 0, 0.0
        self.epoch_starts.append(now)
        result = self.original[0](net, data)
        self.jacobian.append(time.perf_counter() - now)
        self.last_error = float(result[1])
        return result

    def _calc_error(self, net, data):
        self._trials += 1
        if self._trials > MAX_TRIALS_PER_EPOCH:
            raise _RunEnded("no better step found")
        start = time.perf_counter()
        result = self.original[1](net, data)
        self._forward += time.perf_counter() - start
        return result

    def epochs(self):
        """(seconds, trials, phases) of each completed epoch: from one RTRL call to
        the next, i.e. the trial steps plus the Jacobian at the new weights."""
        out = []
        starts = self.epoch_starts
        for i in range(1, len(starts)):
            seconds = (starts[i] - starts[i - 1]) - self.jacobian[i - 1] + self.jacobian[i]
            rest = seconds - self.jacobian[i] - self.forward[i - 1]
            out.append((seconds, self.trials[i - 1],
                        {"jacobian": self.jacobian[i], "jtj": None,
                         "solve": max(0.0, rest), "forward": self.forward[i - 1]}))
        return out


def _train(layers, x, t, seed, k_max, e_stop, should_end):
    import pyrenn
    np.random.seed(seed)
    net = pyrenn.CreateNN(list(layers))
    probe = _Probe(pyrenn, should_end)
    ended = None
    try:
        with contextlib.redirect_stdout(io.StringIO()):   # it prints its own progress
            pyrenn.train_LM(x.T.copy(), t.T.copy(), net, k_max=k_max, E_stop=e_stop)
    except _RunEnded as reason:
        ended = str(reason)
    finally:
        probe.restore()
    return probe, ended


def time_epochs(layers, x, t, warmup, timed, budget_s, seed=0):
    started = time.perf_counter()
    probe, ended = _train(layers, x, t, seed, warmup + timed, 0.0,
                          lambda done: budget_spent(started, budget_s, done - warmup, timed))
    kept = probe.epochs()[warmup:]
    return {"epoch_seconds": [k[0] for k in kept], "trials": [k[1] for k in kept],
            "phases": [k[2] for k in kept], "stop": ended or "Maximum epoch reached."}


def to_target(layers, x, t, seed, goal, max_epochs, budget_s):
    """Trains on the same 70 % training split as the other peers (dividerand with
    this seed); E_stop is the goal MSE converted to pyrenn's SSE in its scaled units."""
    start = time.perf_counter()
    rng = np.random.default_rng(seed)
    nguyen_widrow_weights(layers, rng)           # same RNG draws as the other peers
    train, _, _ = divide_rand(x.shape[0], rng)
    xs, ts = x[train], t[train]
    scale_y = np.maximum(np.abs(ts).max(axis=0), 1.0)
    e_stop = goal * ts.size / float(np.mean(scale_y ** 2))
    probe, ended = _train(layers, xs, ts, seed, max_epochs, e_stop,
                          lambda done: time.perf_counter() - start > budget_s)
    epochs = max(0, len(probe.epoch_starts) - 1)
    sse = probe.last_error if probe.last_error is not None else float("inf")
    reached = ended is None and sse <= e_stop
    return {"seed": seed, "epochs": epochs, "seconds": time.perf_counter() - start,
            "reached": reached, "final_mse": sse * float(np.mean(scale_y ** 2)) / ts.size,
            "stop": "Performance goal met." if reached else (ended or "Maximum epoch reached.")}
