"""The training record: MATLAB's tr fields and stop reasons."""

import numpy as np
import pytest

import lmnet
from lmnet import StopReason


def test_series_and_best_fields(trained):
    _, tr = trained
    n = tr.num_epochs
    assert 1 <= n <= 15
    for key in ("epoch", "time", "perf", "vperf", "tperf", "mu", "gradient", "val_fail"):
        series = getattr(tr, key)
        assert isinstance(series, np.ndarray) and series.dtype == np.float64
        assert series.shape == (n + 1,), key
        np.testing.assert_array_equal(series, tr[key])
    np.testing.assert_array_equal(tr.epoch, np.arange(n + 1))
    assert np.all(np.diff(tr.time) >= 0)
    assert np.all(np.diff(tr.perf) <= 0)                          # LM never accepts a worse step
    b = tr.best_epoch
    assert isinstance(b, int) and 0 <= b <= n
    assert (tr.best_perf, tr.best_vperf, tr.best_tperf) == (tr.perf[b], tr.vperf[b], tr.tperf[b])
    assert tr.best_vperf == np.min(tr.vperf[: b + 1])
    assert tr.gamk is None and tr.ssX is None
    assert tr.states == ["epoch", "time", "perf", "vperf", "tperf", "mu", "gradient", "val_fail"]


def test_division_indices(trained):
    _, tr = trained
    assert (tr.train_ind.size, tr.val_ind.size, tr.test_ind.size) == (70, 15, 15)
    everything = np.concatenate([tr.train_ind, tr.val_ind, tr.test_ind])
    np.testing.assert_array_equal(np.sort(everything), np.arange(100))
    for indices in (tr.train_ind, tr.val_ind, tr.test_ind):
        assert indices.dtype == np.int64 and np.all(np.diff(indices) > 0)
    assert tr.trainInd is tr.train_ind and tr.valInd is tr.val_ind and tr.testInd is tr.test_ind
    assert tr["testInd"] is tr.test_ind


def test_scalars_strings_timings(trained):
    _, tr = trained
    assert tr.train_fcn == tr.trainFcn == "trainlm"
    assert tr.perform_fcn == tr.performFcn == "mse"
    assert tr.divide_fcn == tr.divideFcn == "dividerand"
    assert tr.num_samples == 100 and tr.goal == 0
    assert tr.num_threads >= 1
    assert set(tr.timings) == {"jacobian", "jtj", "solve", "forward", "total", "num_solves"}
    assert all(v >= 0 for v in tr.timings.values())
    assert tr.train_param["epochs"] == 15 and tr.trainParam["mu"] == 0.001
    assert tr.options["seed"] == 3
    d = tr.to_dict()
    assert d["stop"] == tr.stop and d["stop_reason"] == int(tr.stop_reason)
    with pytest.raises(KeyError):
        tr["nonsense"]


def test_division_best_perf_is_the_training_mse_of_the_returned_network(data):
    x, t = data
    net = lmnet.fitnet(5)
    tr = net.train(x, t, seed=4, epochs=20)
    y = net(x)
    assert np.mean((t[tr.train_ind] - y[tr.train_ind]) ** 2) == pytest.approx(tr.best_perf, rel=1e-9)
    assert np.mean((t[tr.val_ind] - y[tr.val_ind]) ** 2) == pytest.approx(tr.best_vperf, rel=1e-9)


@pytest.mark.parametrize("params, stop, reason", [
    ({"epochs": 3, "min_grad": 0}, "Maximum epoch reached.", StopReason.EPOCHS),
    ({"goal": 1e-2}, "Performance goal met.", StopReason.GOAL),
    ({"min_grad": 1e10}, "Minimum gradient reached.", StopReason.MIN_GRAD),
    ({"time": 0}, "Maximum time elapsed.", StopReason.TIME),
])
def test_stop_reasons(data, params, stop, reason):
    x, t = data
    tr = lmnet.fitnet(5).train(x, t, seed=2, **params)
    assert tr.stop == stop and tr.stop_reason == reason


def test_validation_stop_keeps_the_best_validation_network():
    rng = np.random.default_rng(3)
    x = rng.uniform(-1, 1, size=(60, 2))
    t = rng.normal(size=60)                                       # pure noise: overfits at once
    net = lmnet.fitnet(15)
    tr = net.train(x, t, seed=1, max_fail=2)
    assert tr.stop == "Validation stop." and tr.stop_reason == StopReason.VALIDATION
    assert tr.val_fail[-1] == 2 and tr.best_epoch == tr.num_epochs - 2
    y = net(x)[:, 0]                                              # (samples, 1) for 2-D x
    assert np.mean((t[tr.val_ind] - y[tr.val_ind]) ** 2) == pytest.approx(tr.best_vperf, rel=1e-9)


def test_divideind_uses_the_given_indices(data):
    x, t = data
    tr = lmnet.fitnet(3).train(x, t, seed=1, epochs=2, divide_fcn="divideind",
                               train_ind=range(0, 100, 2), valInd=[1, 3, 5], test_ind=[7, 9])
    np.testing.assert_array_equal(tr.train_ind, np.arange(0, 100, 2))
    np.testing.assert_array_equal(tr.val_ind, [1, 3, 5])
    np.testing.assert_array_equal(tr.test_ind, [7, 9])


def test_dividetrain_has_no_validation_or_test(data):
    x, t = data
    tr = lmnet.fitnet(3).train(x, t, seed=1, epochs=3, divide_fcn="dividetrain")
    assert tr.val_ind.size == 0 and tr.test_ind.size == 0
    assert np.all(np.isnan(tr.vperf)) and np.all(np.isnan(tr.tperf))


def test_trainbr_record_has_gamk_and_ssx(data):
    x, t = data
    tr = lmnet.fitnet(4, "trainbr").train(x, t, seed=1, epochs=5)
    assert tr.train_fcn == "trainbr"
    assert tr.gamk.shape == tr.ssX.shape == (tr.num_epochs + 1,)
    assert "gamk" in tr.states and "ssX" in tr.states
    assert np.all(tr.gamk[1:] > 0)
