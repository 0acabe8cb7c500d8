"""MATLAB-style plots and the example script."""

import subprocess
import sys

import numpy as np
import pytest

matplotlib = pytest.importorskip("matplotlib")
matplotlib.use("Agg")
import matplotlib.pyplot as plt

import lmnet
from lmnet import plot

from conftest import REPO_ROOT


def test_matlab_number_format():
    assert plot.matlab_number(2.0483e-07) == "2.0483e-07"
    assert plot.matlab_number(26.6393123) == "26.6393"
    assert plot.matlab_number(0.0) == "0"


def test_plotperform_title_and_curves(trained):
    _, tr = trained
    ax = tr.plotperform()
    assert ax.get_title() == (f"Best Validation Performance is {plot.matlab_number(tr.best_vperf)} "
                              f"at epoch {tr.best_epoch}")
    labels = [line.get_label() for line in ax.get_lines()]
    assert {"Train", "Validation", "Test", "Best"} <= set(labels)
    best = [line for line in ax.get_lines() if line.get_label() == "Best"][0]
    assert list(best.get_xdata()) == [tr.best_epoch] and list(best.get_ydata()) == [tr.best_vperf]
    assert ax.get_yscale() == "log"
    plt.close("all")


def test_plotperform_without_validation(data):
    x, t = data
    tr = lmnet.fitnet(3).train(x, t, seed=1, epochs=4, divide_fcn="dividetrain")
    assert plot.perform_title(tr).startswith("Best Training Performance is")
    plot.plotperform(tr)
    plt.close("all")


def test_plotregression_reports_r(trained, data):
    net, _ = trained
    x, t = data
    y = net(x)
    ax = plot.plotregression(t, y, label="All")
    r = np.corrcoef(t, y)[0, 1]
    assert ax.get_title() == f"All: R={r:.5f}"
    r2, a, b = plot.regression(t, 2 * t + 1)
    assert (r2, a, b) == pytest.approx((1.0, 2.0, 1.0))
    plt.close("all")


def test_plotfit_and_trainstate(trained, data):
    net, tr = trained
    x, t = data
    fit_ax, error_ax = plot.plotfit(net, x, t, tr)
    assert len(fit_ax.get_lines()) == 4                          # 3 subsets + fit
    fig = tr.plottrainstate()
    assert len(fig.axes) == 3
    with pytest.raises(ValueError):
        plot.plotfit(net, np.ones((5, 2)), np.ones(5))
    plt.close("all")


def test_example_fit_reference_runs_and_saves_plots(tmp_path):
    script = REPO_ROOT / "examples" / "python" / "fit_reference.py"
    result = subprocess.run([sys.executable, str(script), "--epochs", "15", "--quiet",
                             "--out", str(tmp_path)], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "regression of outputs on targets: R = " in result.stdout
    for name in ("perform", "fit", "regression"):
        png = tmp_path / f"fit_reference_{name}.png"
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
