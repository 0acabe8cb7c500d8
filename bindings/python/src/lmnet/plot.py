"""MATLAB-style plots with matplotlib (imported only when a plot is drawn).

plotperform(tr)             train/validation/test performance per epoch, best epoch marked
plottrainstate(tr)          gradient, mu and validation checks per epoch
plotfit(net, x, t, tr)      a one-input fit: targets per subset and the network's output
plotregression(t, y)        outputs against targets with the fitted line and R
"""

import math

import numpy as np

_COLORS = {"train": "tab:blue", "val": "tab:green", "test": "tab:red"}
_LABELS = {"train": "Train", "val": "Validation", "test": "Test"}


def _pyplot():
    try:
        import matplotlib.pyplot as plt
    except ImportError as error:
        raise ImportError("lmnet.plot needs matplotlib: pip install matplotlib") from error
    return plt


def matlab_number(value):
    """A number as MATLAB's num2str writes it (5 significant digits, more for large
    magnitudes): 2.0483e-07, 26.6393."""
    if not math.isfinite(value) or value == 0:
        return str(value) if value != 0 else "0"
    digits = max(int(math.floor(math.log10(abs(value)))) + 5, 5)
    return f"{value:.{digits}g}"


def perform_title(record):
    """'Best Validation Performance is X at epoch N' (Training when there is no validation set)."""
    if np.isfinite(record.best_vperf):
        return (f"Best Validation Performance is {matlab_number(record.best_vperf)} "
                f"at epoch {record.best_epoch}")
    return f"Best Training Performance is {matlab_number(record.best_perf)} at epoch {record.best_epoch}"


def plotperform(record, ax=None):
    """MATLAB plotperform(tr): log-scale performance per epoch. Returns the axes."""
    plt = _pyplot()
    if ax is None:
        ax = plt.figure().gca()
    series = {"train": record.perf, "val": record.vperf, "test": record.tperf}
    for name, values in series.items():
        if np.any(np.isfinite(values)):
            ax.semilogy(record.epoch, values, color=_COLORS[name], label=_LABELS[name])
    best_curve = record.vperf if np.isfinite(record.best_vperf) else record.perf
    best_value = best_curve[record.best_epoch]
    ax.axvline(record.best_epoch, color="tab:green", linestyle=":", linewidth=1)
    ax.axhline(best_value, color="tab:green", linestyle=":", linewidth=1)
    ax.plot([record.best_epoch], [best_value], "o", markersize=10, markerfacecolor="none",
            markeredgecolor="tab:green", label="Best")
    if record.goal > 0:
        ax.axhline(record.goal, color="black", linestyle="--", linewidth=1, label="Goal")
    ax.set_title(perform_title(record))
    ax.set_xlabel(f"{record.num_epochs} Epochs")
    name = record.perform_fcn or "mse"
    ax.set_ylabel(("Mean Squared Error" if name == "mse" else "Sum Squared Error") + f"  ({name})")
    ax.set_xlim(0, max(record.num_epochs, 1))
    ax.grid(True, which="major", alpha=0.3)
    ax.legend()
    return ax


def plottrainstate(record, fig=None):
    """MATLAB plottrainstate(tr): gradient, mu, validation checks. Returns the figure."""
    plt = _pyplot()
    fig = fig or plt.figure(figsize=(6.4, 6.4))
    axes = fig.subplots(3, 1, sharex=True)
    last = record.num_epochs
    axes[0].semilogy(record.epoch, record.gradient)
    axes[0].set_title(f"Gradient = {matlab_number(record.gradient[last])}, at epoch {last}")
    axes[0].set_ylabel("gradient")
    axes[1].semilogy(record.epoch, record.mu)
    axes[1].set_title(f"Mu = {matlab_number(record.mu[last])}, at epoch {last}")
    axes[1].set_ylabel("mu")
    axes[2].plot(record.epoch, record.val_fail, ".")
    axes[2].set_title(f"Validation Checks = {matlab_number(record.val_fail[last])}, at epoch {last}")
    axes[2].set_ylabel("val fail")
    axes[2].set_xlabel(f"{last} Epochs")
    fig.tight_layout()
    return fig


def plotfit(net, x, t, record=None, ax=None):
    """MATLAB plotfit(net, x, t) for one input and one output: targets (by subset when a
    record is given), the network's output, and the errors. Returns the axes (fit, errors)."""
    plt = _pyplot()
    x = np.asarray(x, dtype=np.float64).reshape(len(x), -1)
    t = np.asarray(t, dtype=np.float64).reshape(len(t), -1)
    if x.shape[1] != 1 or t.shape[1] != 1:
        raise ValueError("plotfit draws networks with one input and one output")
    x, t = x[:, 0], t[:, 0]
    y = np.asarray(net.sim(x.reshape(-1, 1)))[:, 0]
    if ax is None:
        fig = plt.figure()
        ax = fig.subplots(2, 1, sharex=True, gridspec_kw={"height_ratios": [3, 1]})
    fit_ax, error_ax = ax
    subsets = {"train": np.arange(x.size)}
    if record is not None:
        subsets = {"train": record.train_ind, "val": record.val_ind, "test": record.test_ind}
    for name, indices in subsets.items():
        if len(indices):
            fit_ax.plot(x[indices], t[indices], "o", markersize=3, markerfacecolor="none",
                        color=_COLORS[name], label=f"{_LABELS[name]} Targets")
            error_ax.vlines(x[indices], 0, t[indices] - y[indices], color=_COLORS[name],
                            linewidth=0.8)
    order = np.argsort(x)
    fit_ax.plot(x[order], y[order], "k-", linewidth=1, label="Fit")
    fit_ax.set_title("Function Fit for Output Element 1")
    fit_ax.set_ylabel("Output and Target")
    fit_ax.legend(fontsize="small")
    error_ax.axhline(0, color="black", linewidth=0.5)
    error_ax.set_ylabel("Error")
    error_ax.set_xlabel("Input")
    return fit_ax, error_ax


def regression(t, y):
    """(R, slope a, offset b) of the least-squares line y ~= a*t + b over finite pairs."""
    t = np.asarray(t, dtype=np.float64).ravel()
    y = np.asarray(y, dtype=np.float64).ravel()
    keep = np.isfinite(t) & np.isfinite(y)
    t, y = t[keep], y[keep]
    a, b = np.polyfit(t, y, 1)
    r = float(np.corrcoef(t, y)[0, 1])
    return r, float(a), float(b)


def plotregression(t, y, label="All", ax=None):
    """MATLAB plotregression(t, y): outputs against targets, the fitted line and R.
    Returns the axes."""
    plt = _pyplot()
    if ax is None:
        ax = plt.figure().gca()
    r, a, b = regression(t, y)
    t = np.asarray(t, dtype=np.float64).ravel()
    y = np.asarray(y, dtype=np.float64).ravel()
    ax.plot(t, y, "o", markersize=3, markerfacecolor="none", color="black", label="Data")
    span = np.array([np.nanmin(t), np.nanmax(t)])
    ax.plot(span, a * span + b, color="tab:blue", label="Fit")
    ax.plot(span, span, ":", color="gray", label="Y = T")
    ax.set_title(f"{label}: R={r:.5f}")
    ax.set_xlabel("Target")
    ax.set_ylabel(f"Output ~= {a:.2g}*Target {'-' if b < 0 else '+'} {abs(b):.2g}")
    ax.legend(fontsize="small")
    ax.set_aspect("equal", adjustable="datalim")
    return ax
