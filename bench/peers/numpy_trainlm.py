"""MATLAB trainlm re-implemented with plain numpy/scipy (peer 1).

Written the way a careful numpy user would: vectorized forward and backward
passes over all samples, the Jacobian built with broadcasting straight into a
preallocated matrix, J^T J by one BLAS call per block of rows, Cholesky solve.
The algorithm follows shared/spec/trainlm.md section 4:

    perf = sum(e^2)/N,  e = t - y in original target units,
    jj = J^T J / N,  g = J^T e / N   (J = dy/dw, so je = -g),
    delta = (jj + mu I)^-1 g,  accept if perf(w + delta) < perf (strict),
    mu <- max(mu*mu_dec, 1e-20) on success, mu <- mu*mu_inc on failure,
    a failed Cholesky (not positive definite) counts as a failed step.

Stop rules are checked before each epoch in MATLAB's order: goal, epochs,
time, min_grad, mu_max, validation (val_fail >= max_fail). The returned weights
are those of the best epoch (lowest validation perf, or the last if no
validation set).
"""
import math
import time
from dataclasses import dataclass, field

import numpy as np
import scipy.linalg

from .common import layer_shapes

# Jacobian rows are processed in blocks so J never needs more than this many bytes
# (the full matrix of the 1e6-sample case would be 5.4 GB).
JACOBIAN_BLOCK_BYTES = 256 * 2 ** 20


@dataclass
class TrainParams:
    epochs: int = 1000
    goal: float = 0.0
    max_fail: int = 6
    min_grad: float = 1e-7
    mu: float = 1e-3
    mu_dec: float = 0.1
    mu_inc: float = 10.0
    mu_max: float = 1e10
    time: float = math.inf


@dataclass
class EpochStats:
    seconds: float
    trials: int
    jacobian: float   # forward pass with stored activations + backprop + building J
    jtj: float        # J^T J and J^T e
    solve: float      # Cholesky factorizations and triangular solves
    forward: float    # forward passes of the trial weights (and validation/test perf)


@dataclass
class TrainResult:
    weights: np.ndarray
    stop: str
    num_epochs: int
    best_epoch: int
    perf: list = field(default_factory=list)
    vperf: list = field(default_factory=list)
    tperf: list = field(default_factory=list)
    mu: list = field(default_factory=list)
    gradient: list = field(default_factory=list)
    epoch_stats: list = field(default_factory=list)
    seconds: float = 0.0


class FeedForward:
    """tanh hidden layers, linear output, MATLAB getwb weight layout, and the
    output reverse-mapminmax folded in so outputs are in original units."""

    def __init__(self, layers, out_gain, out_offset, out_ymin):
        self.layers = list(layers)
        self.shapes = layer_shapes(layers)
        self.count = sum(s * (r + 1) for r, s in self.shapes)
        # y = (yn - ymin)/gain + offset  ->  dy/dyn = 1/gain per output
        self.out_scale = 1.0 / np.asarray(out_gain, dtype=np.float64)
        self.out_shift = np.asarray(out_offset, dtype=np.float64) - np.asarray(out_ymin) * self.out_scale

    def unpack(self, w):
        """Views (bias b_k, transposed weight W_k^T of shape (inputs, neurons)) per layer.
        Column-major W_k (neurons x inputs) has the same bytes as C-ordered W_k^T."""
        views, offset = [], 0
        for r, s in self.shapes:
            bias = w[offset:offset + s]
            weight_t = w[offset + s:offset + s + r * s].reshape(r, s)
            views.append((bias, weight_t))
            offset += s + r * s
        return views

    def activations(self, w, xn):
        """All layer outputs for inputs xn (Q, R) already mapped to [-1, 1]."""
        out = [xn]
        views = self.unpack(w)
        for index, (bias, weight_t) in enumerate(views):
            z = out[-1] @ weight_t
            z += bias
            if index < len(views) - 1:
                np.tanh(z, out=z)
            out.append(z)
        return out

    def predict(self, w, xn):
        """Outputs in original target units, shape (Q, S)."""
        return self.activations(w, xn)[-1] * self.out_scale + self.out_shift

    def jacobian(self, w, acts):
        """dy/dw for every sample and output: shape (Q*S, n), row q*S + s.
        Backprop of sensitivities d_k = dy_s/dz_k: d_L = 1/gain_s (linear output),
        d_k = (d_{k+1} W_{k+1}) * (1 - a_k^2); then dy/db_k = d_k and
        dy/dW_k[i,j] = d_k[i] * a_{k-1}[j]."""
        q = acts[0].shape[0]
        outputs = self.layers[-1]
        views = self.unpack(w)
        jac = np.empty((q, outputs, self.count))
        offsets, offset = [], 0
        for r, s in self.shapes:
            offsets.append(offset)
            offset += s + r * s
        for out_index in range(outputs):
            rows = jac[:, out_index, :]
            sens = np.zeros((q, outputs))
            sens[:, out_index] = self.out_scale[out_index]
            for k in range(len(self.shapes) - 1, -1, -1):
                r, s = self.shapes[k]
                start = offsets[k]
                rows[:, start:start + s] = sens
                block = rows[:, start + s:start + s + r * s].reshape(q, r, s)
                assert np.shares_memory(block, jac)
                np.multiply(acts[k][:, :, None], sens[:, None, :], out=block)
                if k > 0:
                    sens = sens @ views[k][1].T
                    sens *= 1.0 - acts[k] * acts[k]
        return jac.reshape(q * outputs, self.count)


class TrainLM:
    """One training run of trainlm on fixed data and division."""

    def __init__(self, net, xn, t, train_idx, val_idx, test_idx, params):
        self.net = net
        self.params = params
        self.train_x, self.train_t = xn[train_idx], t[train_idx]
        self.val_x, self.val_t = xn[val_idx], t[val_idx]
        self.test_x, self.test_t = xn[test_idx], t[test_idx]
        rows_per_block = max(1, JACOBIAN_BLOCK_BYTES // (8 * net.count * net.layers[-1]))
        self.block_rows = rows_per_block

    def perf(self, w, x, t):
        if x.shape[0] == 0:
            return math.nan
        e = t - self.net.predict(w, x)
        return float(np.einsum("ij,ij->", e, e)) / e.size

    def jacobian_products(self, w, timing):
        """perf, jj = J^T J / N and g = J^T e / N on the training set, in blocks of rows."""
        n = self.net.count
        jj = np.zeros((n, n))
        g = np.zeros(n)
        sse = 0.0
        total = self.train_t.size
        for start in range(0, self.train_x.shape[0], self.block_rows):
            t0 = time.perf_counter()
            x = self.train_x[start:start + self.block_rows]
            acts = self.net.activations(w, x)
            y = acts[-1] * self.net.out_scale + self.net.out_shift
            e = (self.train_t[start:start + self.block_rows] - y).ravel()
            jac = self.net.jacobian(w, acts)
            t1 = time.perf_counter()
            if start == 0 and self.block_rows >= self.train_x.shape[0]:
                jj = jac.T @ jac             # numpy dispatches A.T @ A to syrk
            else:
                jj += jac.T @ jac
            g += jac.T @ e
            sse += float(e @ e)
            t2 = time.perf_counter()
            timing["jacobian"] += t1 - t0
            timing["jtj"] += t2 - t1
        jj /= total
        g /= total
        return sse / total, jj, g

    def run(self, w0, on_epoch=None):
        p = self.params
        start_time = time.perf_counter()
        w = np.array(w0, dtype=np.float64, copy=True)
        n = w.size
        timing = {"jacobian": 0.0, "jtj": 0.0, "solve": 0.0, "forward": 0.0}
        perf, jj, g = self.jacobian_products(w, timing)
        vperf = self.perf(w, self.val_x, self.val_t)
        tperf = self.perf(w, self.test_x, self.test_t)
        mu = p.mu
        has_val = self.val_x.shape[0] > 0
        best_w, best_perf, best_vperf, best_epoch = w.copy(), perf, vperf, 0
        val_fail = 0
        result = TrainResult(weights=w, stop="", num_epochs=0, best_epoch=0)
        epoch = 0
        while True:
            gradient = 2.0 * float(np.linalg.norm(g))
            result.perf.append(perf)
            result.vperf.append(vperf)
            result.tperf.append(tperf)
            result.mu.append(mu)
            result.gradient.append(gradient)
            elapsed = time.perf_counter() - start_time
            stop = ""
            if perf <= p.goal:
                stop = "Performance goal met."
            elif epoch == p.epochs:
                stop = "Maximum epoch reached."
            elif elapsed >= p.time:
                stop = "Maximum time elapsed."
            elif gradient <= p.min_grad:
                stop = "Minimum gradient reached."
            elif mu >= p.mu_max:
                stop = "Maximum MU reached."
            elif has_val and val_fail >= p.max_fail:
                stop = "Validation stop."
            if stop:
                break

            epoch += 1
            epoch_start = time.perf_counter()
            timing = {"jacobian": 0.0, "jtj": 0.0, "solve": 0.0, "forward": 0.0}
            trials = 0
            while mu <= p.mu_max:
                trials += 1
                t0 = time.perf_counter()
                system = jj.copy()
                system.flat[::n + 1] += mu
                try:
                    factor = np.linalg.cholesky(system)
                    delta = scipy.linalg.cho_solve((factor, True), g, check_finite=False)
                    singular = not np.all(np.isfinite(delta))
                except np.linalg.LinAlgError:
                    singular = True
                t1 = time.perf_counter()
                timing["solve"] += t1 - t0
                if not singular:
                    trial_w = w + delta
                    trial_perf = self.perf(trial_w, self.train_x, self.train_t)
                    timing["forward"] += time.perf_counter() - t1
                    if trial_perf < perf:
                        w = trial_w
                        mu = max(mu * p.mu_dec, 1e-20)
                        break
                mu *= p.mu_inc
            perf, jj, g = self.jacobian_products(w, timing)
            t0 = time.perf_counter()
            vperf = self.perf(w, self.val_x, self.val_t)
            tperf = self.perf(w, self.test_x, self.test_t)
            timing["forward"] += time.perf_counter() - t0

            if has_val:
                if vperf < best_vperf:
                    best_w, best_perf, best_vperf, best_epoch = w.copy(), perf, vperf, epoch
                    val_fail = 0
                elif vperf > best_vperf:
                    val_fail += 1
            elif perf <= best_perf:
                best_w, best_perf, best_epoch = w.copy(), perf, epoch
            stats = EpochStats(seconds=time.perf_counter() - epoch_start, trials=trials, **timing)
            result.epoch_stats.append(stats)
            if on_epoch is not None:
                on_epoch(epoch, perf, stats)

        result.weights = best_w
        result.stop = stop
        result.num_epochs = epoch
        result.best_epoch = best_epoch
        result.seconds = time.perf_counter() - start_time
        return result
