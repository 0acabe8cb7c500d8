"""Correctness of the numpy trainlm peer and the shared MATLAB pieces."""
import numpy as np
import pytest

from peers.common import (MapMinMax, divide_rand, divide_train, nguyen_widrow_weights,
                          parameter_count)
from peers.numpy_trainlm import FeedForward, TrainLM, TrainParams

REFERENCE_LAYERS = [1, 20, 20, 10, 1]


def reference_data():
    x = 0.001 * np.arange(1, 1001, dtype=np.float64).reshape(-1, 1)
    return x, -x * np.sin(10.0 * x)


def network(layers, x, t):
    px, pt = MapMinMax(x), MapMinMax(t)
    return FeedForward(layers, pt.gain, pt.offset, pt.ymin), px.apply(x)


@pytest.mark.parametrize("layers", [[1, 20, 20, 10, 1], [1, 10, 1], [2, 5, 4, 3]])
def test_jacobian_matches_central_differences(layers):
    rng = np.random.default_rng(7)
    x = rng.uniform(-2.0, 3.0, size=(40, layers[0]))
    t = np.stack([np.sin(x.sum(axis=1) * (s + 1)) * (s + 2) for s in range(layers[-1])], axis=1)
    net, xn = network(layers, x, t)
    w = nguyen_widrow_weights(layers, rng)
    jac = net.jacobian(w, net.activations(w, xn))
    assert jac.shape == (40 * layers[-1], parameter_count(layers))
    step = 1e-6
    numeric = np.empty_like(jac)
    for i in range(w.size):
        up, down = w.copy(), w.copy()
        up[i] += step
        down[i] -= step
        numeric[:, i] = ((net.predict(up, xn) - net.predict(down, xn)) / (2 * step)).ravel()
    assert np.max(np.abs(jac - numeric)) <= 1e-7 * np.max(np.abs(numeric))


def test_flat_weights_follow_getwb_order():
    # 2-2-1: b1 (2), IW column-major (4), b2 (1), LW (2)
    layers = [2, 2, 1]
    w = np.array([0.1, -0.2, 1.0, 2.0, 3.0, 4.0, 0.5, -1.5, 0.25])
    net = FeedForward(layers, out_gain=[1.0], out_offset=[0.0], out_ymin=[0.0])
    x = np.array([[0.3, -0.7]])
    weight = np.array([[1.0, 3.0], [2.0, 4.0]])   # column-major [1, 2, 3, 4]
    hidden = np.tanh(weight @ x[0] + np.array([0.1, -0.2]))
    expected = np.array([-1.5, 0.25]) @ hidden + 0.5
    assert net.predict(w, x)[0, 0] == pytest.approx(expected, rel=1e-14)


def test_mapminmax_maps_range_and_reverses():
    data = np.array([[0.0, 5.0, 2.0], [4.0, 5.0, -2.0], [1.0, 5.0, 0.0]])
    mapping = MapMinMax(data)
    mapped = mapping.apply(data)
    assert mapped[:, 0].min() == -1.0 and mapped[:, 0].max() == 1.0
    assert np.all(mapped[:, 1] == 5.0)                 # constant column passes through
    assert np.allclose(mapping.reverse(mapped), data, rtol=0, atol=1e-15)


def test_nguyen_widrow_matches_matlab_magnitudes():
    w = nguyen_widrow_weights(REFERENCE_LAYERS, np.random.default_rng(3))
    assert w.size == 681
    bias1, weight1 = w[:20], w[20:40]
    assert np.allclose(np.abs(weight1), 28.0)          # 0.7 * 20^(1/1) * 2
    assert np.allclose(bias1, 28.0 * np.linspace(-1.0, 1.0, 20) * np.sign(weight1))
    weight2 = w[60:460].reshape(20, 20)                # transposed: rows are inputs
    assert np.allclose(np.linalg.norm(weight2, axis=0), 0.7 * 20 ** (1 / 20) * 2)
    output = w[670:]
    assert np.all(np.abs(output) <= 1.0)


@pytest.mark.parametrize("q,counts", [(1000, (700, 150, 150)), (94, (66, 14, 14))])
def test_dividerand_counts_and_partition(q, counts):
    parts = divide_rand(q, np.random.default_rng(1))
    assert tuple(len(p) for p in parts) == counts
    assert np.array_equal(np.sort(np.concatenate(parts)), np.arange(q))
    assert all(np.all(np.diff(p) > 0) for p in parts)


def test_mu_schedule_and_monotone_perf():
    x, t = reference_data()
    net, xn = network([1, 10, 1], x, t)
    w0 = nguyen_widrow_weights([1, 10, 1], np.random.default_rng(4))
    train, val, test = divide_train(1000)
    result = TrainLM(net, xn, t, train, val, test,
                     TrainParams(epochs=40, min_grad=0.0)).run(w0)
    assert result.num_epochs == 40 and result.stop == "Maximum epoch reached."
    assert all(b <= a for a, b in zip(result.perf, result.perf[1:]))
    assert result.perf[-1] < 0.01 * result.perf[0]
    for before, after, stats in zip(result.mu, result.mu[1:], result.epoch_stats):
        # k trials: k-1 rejections (x10) then one acceptance (x0.1)
        assert after == pytest.approx(before * 10.0 ** (stats.trials - 2), rel=1e-12)
    assert result.gradient[0] > 0


def test_goal_stops_with_matlab_message():
    x, t = reference_data()
    net, xn = network([1, 10, 1], x, t)
    w0 = nguyen_widrow_weights([1, 10, 1], np.random.default_rng(5))
    train, val, test = divide_train(1000)
    result = TrainLM(net, xn, t, train, val, test, TrainParams(goal=1e-3)).run(w0)
    assert result.stop == "Performance goal met."
    assert result.perf[-1] <= 1e-3 < result.perf[-2]


def test_reference_problem_reaches_1e6_validation_mse_within_100_epochs():
    """shared/spec/trainlm.md 18b: < 1e-6 best validation MSE within 100 epochs for
    essentially every seed with MATLAB defaults."""
    x, t = reference_data()
    net, xn = network(REFERENCE_LAYERS, x, t)
    reached = 0
    for seed in range(1, 6):
        rng = np.random.default_rng(seed)
        w0 = nguyen_widrow_weights(REFERENCE_LAYERS, rng)
        train, val, test = divide_rand(1000, rng)
        result = TrainLM(net, xn, t, train, val, test, TrainParams(epochs=100)).run(w0)
        reached += result.vperf[result.best_epoch] < 1e-6
    assert reached >= 4


def test_blocked_jacobian_products_equal_single_block(monkeypatch):
    from peers import numpy_trainlm
    x, t = reference_data()
    net, xn = network([1, 10, 1], x, t)
    w = nguyen_widrow_weights([1, 10, 1], np.random.default_rng(6))
    train, val, test = divide_train(1000)
    whole = TrainLM(net, xn, t, train, val, test, TrainParams())
    monkeypatch.setattr(numpy_trainlm, "JACOBIAN_BLOCK_BYTES", 8 * 31 * 64)  # 64 rows per block
    blocked = TrainLM(net, xn, t, train, val, test, TrainParams())
    assert blocked.block_rows == 64
    timing = {"jacobian": 0.0, "jtj": 0.0}
    a = whole.jacobian_products(w, dict(timing))
    b = blocked.jacobian_products(w, dict(timing))
    assert a[0] == pytest.approx(b[0], rel=1e-12)
    assert np.allclose(a[1], b[1], rtol=1e-11, atol=1e-14)
    assert np.allclose(a[2], b[2], rtol=1e-11, atol=1e-14)
