"""Benchmark adapter for torch-levenberg-marquardt (peer 2).

Same network as MATLAB's (tanh hidden, linear output, float64), the same
mapminmax-scaled inputs, the output reverse-mapminmax as a fixed last step so
errors are in original units, and the same Nguyen-Widrow initial weights as the
numpy peer for a given seed. The library's LM step: JJ = J^T J / Q, rhs = J^T r / Q,
standard damping mu*I with MATLAB's constants (1e-3, x0.1, x10, floor 1e-20,
max 1e10), Cholesky solve, accept if the new MSE is strictly lower.
Its Jacobian comes from torch.func (vmap over per-sample jacrev).
"""
import time

import numpy as np

from .common import (MapMinMax, budget_spent, divide_rand, layer_shapes,
                     nguyen_widrow_weights)
from .numpy_trainlm import JACOBIAN_BLOCK_BYTES

NAME = "torch-lm"

_torch = None


def setup(threads):
    """Import torch with float64 default and the benchmark's thread count."""
    global _torch
    import torch
    torch.set_num_threads(threads)
    torch.set_default_dtype(torch.float64)
    _torch = torch


def describe():
    import importlib.metadata as md
    torch = _torch
    return {"torch": torch.__version__,
            "torch-levenberg-marquardt": md.version("torch-levenberg-marquardt"),
            "torch_threads": torch.get_num_threads()}


def skip_reason(case):
    return None


def _build(layers, weights, out_scale, out_shift):
    torch = _torch

    class MatlabNet(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.linears = torch.nn.ModuleList(
                torch.nn.Linear(r, s) for r, s in layer_shapes(layers))
            self.register_buffer("out_scale", torch.tensor(out_scale))
            self.register_buffer("out_shift", torch.tensor(out_shift))

        def forward(self, x):
            last = len(self.linears) - 1
            for index, linear in enumerate(self.linears):
                x = linear(x)
                if index < last:
                    x = torch.tanh(x)
            return x * self.out_scale + self.out_shift

    model = MatlabNet()
    offset = 0
    with torch.no_grad():
        for linear, (r, s) in zip(model.linears, layer_shapes(layers)):
            linear.bias.copy_(torch.from_numpy(weights[offset:offset + s]))
            block = weights[offset + s:offset + s + r * s]
            linear.weight.copy_(torch.from_numpy(block.reshape(r, s).T.copy()))
            offset += s + r * s
    return model


def _module(model, params, samples):
    import torch_levenberg_marquardt as tlm
    damping = tlm.damping.StandardDampingStrategy(
        starting_value=1e-3, dec_factor=0.1, inc_factor=10.0,
        min_value=1e-20, max_value=1e10)
    block_rows = max(1, JACOBIAN_BLOCK_BYTES // (8 * params))
    return tlm.training.LevenbergMarquardtModule(
        model=model, loss_fn=tlm.loss.MSELoss(), damping_strategy=damping,
        attempts_per_step=60,  # 1e-20 .. 1e10 is 30 decades: never the limit
        solve_method="cholesky", use_vmap=True,
        max_batch_size=block_rows if samples > block_rows else None)


class _PhaseClock:
    """Wraps the module's Jacobian, solve and forward methods with timers.
    The forward pass that _compute_jacobian makes itself counts as Jacobian time."""

    def __init__(self, module):
        self.totals = {"jacobian": 0.0, "solve": 0.0, "forward": 0.0}
        self.inside_jacobian = False
        for attr, phase in (("_compute_jacobian", "jacobian"), ("_solve", "solve"),
                            ("forward", "forward")):
            setattr(module, attr, self._wrap(getattr(module, attr), phase))

    def _wrap(self, method, phase):
        def timed(*args, **kwargs):
            if phase == "forward" and self.inside_jacobian:
                return method(*args, **kwargs)
            if phase == "jacobian":
                self.inside_jacobian = True
            start = time.perf_counter()
            try:
                return method(*args, **kwargs)
            finally:
                self.totals[phase] += time.perf_counter() - start
                if phase == "jacobian":
                    self.inside_jacobian = False
        return timed

    def take(self):
        out, self.totals = self.totals, {k: 0.0 for k in self.totals}
        return out


def _tensors(x, t):
    torch = _torch
    px, pt = MapMinMax(x), MapMinMax(t)
    xn = torch.from_numpy(np.ascontiguousarray(px.apply(x)))
    tt = torch.from_numpy(np.ascontiguousarray(t))
    scale = 1.0 / pt.gain
    shift = pt.offset - pt.ymin * scale
    return xn, tt, scale, shift


def time_epochs(layers, x, t, warmup, timed, budget_s, seed=0):
    xn, tt, scale, shift = _tensors(x, t)
    weights = nguyen_widrow_weights(layers, np.random.default_rng(seed))
    model = _build(layers, weights, scale, shift)
    module = _module(model, weights.size, x.shape[0])
    clock = _PhaseClock(module)
    seconds, trials, phases = [], [], []
    stop = "Maximum epoch reached."
    started = time.perf_counter()
    for epoch in range(1, warmup + timed + 1):
        clock.take()
        start = time.perf_counter()
        _, _, stop_training, logs = module.training_step(xn, tt)
        elapsed = time.perf_counter() - start
        phase = clock.take()
        if epoch > warmup:
            seconds.append(elapsed)
            trials.append(int(logs["attempts"]))
            phase["jtj"] = max(0.0, elapsed - sum(phase.values()))  # J^T J, J^T r and the rest
            phases.append(phase)
        if stop_training:
            stop = "damping reached its maximum"
            break
        if budget_spent(started, budget_s, epoch - warmup, timed):
            stop = "time budget spent"
            break
    return {"epoch_seconds": seconds, "trials": trials, "phases": phases, "stop": stop}


def to_target(layers, x, t, seed, goal, max_epochs, budget_s):
    """Same initial weights and training split as the numpy peer for this seed;
    the library has no validation stop or min_grad rule, so only goal, epoch
    limit and maximum damping end the run."""
    start = time.perf_counter()
    rng = np.random.default_rng(seed)
    xn, tt, scale, shift = _tensors(x, t)
    weights = nguyen_widrow_weights(layers, rng)
    train, _, _ = divide_rand(x.shape[0], rng)
    index = _torch.from_numpy(train)
    xs, ts = xn[index], tt[index]
    model = _build(layers, weights, scale, shift)
    module = _module(model, weights.size, xs.shape[0])
    with _torch.no_grad():
        mse = float(((model(xs) - ts) ** 2).mean())
    epochs, stop = 0, "Maximum epoch reached."
    while mse > goal and epochs < max_epochs:
        if time.perf_counter() - start > budget_s:
            stop = "time budget spent"
            break
        _, loss, stop_training, _ = module.training_step(xs, ts)
        epochs += 1
        mse = float(loss)
        if stop_training:
            stop = "damping reached its maximum"
            break
    if mse <= goal:
        stop = "Performance goal met."
    return {"seed": seed, "epochs": epochs, "seconds": time.perf_counter() - start,
            "reached": mse <= goal, "final_mse": mse, "stop": stop}
