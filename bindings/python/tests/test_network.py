"""Structure, weights (flat and per layer), configure/init, sim, perform."""

import numpy as np
import pytest

import lmnet


def numpy_forward(net, x):
    """The network's output computed independently in numpy from its per-layer
    weights and processing settings (removeconstantrows + mapminmax, tansig/purelin)."""
    transfer = {"tansig": np.tanh, "purelin": lambda n: n, "logsig": lambda n: 1 / (1 + np.exp(-n))}
    xmin, xmax = net.get_process_settings("input")
    keep = xmax > xmin
    a = 2 * (x[:, keep] - xmin[keep]) / (xmax[keep] - xmin[keep]) - 1   # mapminmax
    for k, name in enumerate(net.transfer_fcns, start=1):
        W, b = net.layer_weights(k)
        a = transfer[name](a @ W.T + b)                                 # MATLAB: W*a + b
    tmin, tmax = net.get_process_settings("output")
    return (a + 1) * (tmax - tmin) / 2 + tmin                           # reverse mapminmax


def test_fitnet_is_matlab_shaped():
    net = lmnet.fitnet()
    assert net.hidden_sizes == (10,)
    assert net.num_layers == 2
    assert net.transfer_fcns == ["tansig", "purelin"]
    assert net.input_process_fcns == ["removeconstantrows", "mapminmax"]
    assert net.output_process_fcns == ["removeconstantrows", "mapminmax"]
    assert not net.is_configured and net.num_weights == 0 and net.num_inputs == 0
    assert net.train_fcn == "trainlm"
    assert net.train_param.to_dict() == {
        "epochs": 1000, "goal": 0.0, "max_fail": 6, "min_grad": 1e-7, "mu": 0.001,
        "mu_dec": 0.1, "mu_inc": 10.0, "mu_max": 1e10, "time": float("inf"), "show": 25.0}
    assert net.divide_fcn == "dividerand" and net.perform_fcn == "mse"
    assert net.divide_param.train_ratio == 0.7 and net.divideParam["valRatio"] == 0.15


def test_feedforwardnet_and_several_hidden_layers():
    net = lmnet.feedforwardnet([20, 20, 10], "trainbr")
    assert net.hidden_sizes == (20, 20, 10)
    assert net.transfer_fcns == ["tansig"] * 3 + ["purelin"]
    assert net.trainFcn == "trainbr"
    assert net.train_param.mu == 0.005 and net.train_param.max_fail == 0   # trainbr defaults


def test_linear_network_without_hidden_layers(data):
    x, t = data
    net = lmnet.fitnet([])
    net.train(x, t, seed=1, epochs=5)
    assert net.num_layers == 1 and net.num_weights == 2


def test_configure_sets_sizes_and_reference_weight_count(data):
    x, t = data
    net = lmnet.fitnet([20, 20, 10]).configure(x, t, seed=5)
    assert net.is_configured
    assert (net.num_inputs, net.num_outputs) == (1, 1)
    assert net.num_weights == 681 == net.numWeightElements
    assert net.layer_sizes == (20, 20, 10, 1)
    xmin, xmax = net.get_process_settings("input")
    assert (xmin[0], xmax[0]) == (x.min(), x.max())


def test_same_seed_same_weights_other_seed_other_weights(data):
    x, t = data
    a = lmnet.fitnet(7).configure(x, t, seed=1).getwb()
    b = lmnet.fitnet(7).configure(x, t, seed=1).getwb()
    c = lmnet.fitnet(7).configure(x, t, seed=2).getwb()
    np.testing.assert_array_equal(a, b)
    assert not np.array_equal(a, c)
    net = lmnet.fitnet(7).configure(x, t, seed=2)
    np.testing.assert_array_equal(net.init(seed=1).getwb(), a)


def test_nguyen_widrow_first_layer_magnitude(data):
    # initnw on one mapminmax-ed input and S = 20 tansig neurons: |w| = 0.7 * S * 2 = 28
    # (IW acts on processed inputs, the processing settings are kept apart).
    x, t = data
    net = lmnet.fitnet(20).configure(x, t, seed=4)
    np.testing.assert_allclose(np.abs(net.IW[:, 0]), 28.0, rtol=1e-12)


def test_flat_vector_is_getwb_order_and_per_layer_views_agree(trained):
    net, _ = trained
    w = net.getwb()
    (W1, b1), (W2, b2) = net.layer_weights(1), net.layer_weights(2)
    assert W1.shape == (5, 1) and W2.shape == (1, 5)        # MATLAB out x in
    # getwb: b{1}, IW{1,1}(:), b{2}, LW{2,1}(:) — column-major blocks
    np.testing.assert_array_equal(w, np.concatenate([b1, W1.ravel(order="F"), b2,
                                                     W2.ravel(order="F")]))
    np.testing.assert_array_equal(net.IW, W1)
    np.testing.assert_array_equal(net.LW[2, 1], W2)
    np.testing.assert_array_equal(net.b[1], b1)
    np.testing.assert_array_equal(net.b[2], b2)


def test_multi_input_weight_orientation_against_numpy_forward_pass():
    rng = np.random.default_rng(1)
    x = rng.uniform(-2, 3, size=(40, 3))
    t = np.column_stack([x.sum(axis=1), x[:, 0] * x[:, 2]])
    net = lmnet.fitnet([4, 3])
    net.train(x, t, seed=2, epochs=5)
    assert net.IW.shape == (4, 3) and net.LW[2, 1].shape == (3, 4) and net.LW[3, 2].shape == (2, 3)
    np.testing.assert_allclose(net(x), numpy_forward(net, x), rtol=1e-12, atol=1e-12)


def test_set_layer_weights_and_setwb(trained, data):
    net, _ = trained
    x, _ = data
    W2, b2 = net.layer_weights(2)
    net.set_layer_weights(2, W=np.zeros_like(W2), b=[0.0])
    tmin, tmax = net.get_process_settings("output")
    # output layer all zero: y is the middle of the target range after reverse mapminmax
    np.testing.assert_allclose(net(x), (tmin[0] + tmax[0]) / 2)
    w = net.getwb()
    net.setwb(w * 0.5)
    np.testing.assert_array_equal(net.weights, w * 0.5)
    with pytest.raises(ValueError):
        net.setwb(w[:-1])
    with pytest.raises(ValueError):
        net.set_layer_weights(1, W=np.zeros((2, 2)))


def test_transfer_functions_per_layer(trained, data):
    net, _ = trained
    x, _ = data
    before = net.getwb()
    net.set_transfer_fcn(1, "logsig")
    assert net.transfer_fcns == ["logsig", "purelin"]
    np.testing.assert_array_equal(net.getwb(), before)          # weights kept
    np.testing.assert_allclose(net(x), numpy_forward(net, x.reshape(-1, 1))[:, 0], rtol=1e-12)
    net.transfer_fcns = ["elliotsig", "purelin"]
    assert net.get_transfer_fcn(1) == "elliotsig"
    with pytest.raises(lmnet.UnknownNameError):
        net.set_transfer_fcn(1, "softmax")
    with pytest.raises(ValueError):
        net.set_transfer_fcn(9, "tansig")


def test_process_functions_can_be_changed(data):
    x, t = data
    net = lmnet.fitnet(3)
    net.input_process_fcns = ["mapminmax"]
    net.output_process_fcns = []
    assert net.get_process_fcns("input") == ["mapminmax"] and net.output_process_fcns == []
    net.train(x, t, seed=1, epochs=3)
    assert net.is_configured


def test_sim_shapes(trained, data):
    net, _ = trained
    x, _ = data
    assert net(x).shape == (100,)                  # 1-D in, one output: 1-D out
    assert net(x.reshape(-1, 1)).shape == (100, 1)
    np.testing.assert_array_equal(net.sim(x), net(x.reshape(-1, 1))[:, 0])
    assert net(0.5).shape == (1,)


def test_perform_is_mse_and_sse(trained, data):
    net, _ = trained
    x, t = data
    y = net(x)
    assert net.perform(t, y) == pytest.approx(np.mean((t - y) ** 2), rel=1e-12)
    net.perform_fcn = "sse"
    assert net.perform(t, y) == pytest.approx(np.sum((t - y) ** 2), rel=1e-12)
    assert lmnet.perform(t, y) == pytest.approx(np.mean((t - y) ** 2), rel=1e-12)
    t_nan = t.copy()
    t_nan[:10] = np.nan                            # NaN targets are "don't care"
    assert lmnet.perform(t_nan, y) == pytest.approx(np.mean((t[10:] - y[10:]) ** 2), rel=1e-12)


def test_warm_start_continues_from_current_weights(data):
    x, t = data
    net = lmnet.fitnet(5)
    first = net.train(x, t, seed=3, epochs=5, divide_fcn="dividetrain")
    second = net.train(x, t, epochs=5, divide_fcn="dividetrain")
    assert second.perf[0] == pytest.approx(first.perf[-1], rel=1e-12)


def test_copy_is_independent(trained, data):
    net, record = trained
    x, t = data
    twin = net.copy()
    np.testing.assert_array_equal(twin.getwb(), net.getwb())
    assert twin.record is record
    twin.train_param.epochs = 3
    twin.set_transfer_fcn(1, "logsig")
    assert net.train_param.epochs == 1000 and net.transfer_fcns[0] == "tansig"
    import copy
    np.testing.assert_array_equal(copy.deepcopy(net).getwb(), net.getwb())


def test_persistent_options_and_per_call_options(data):
    x, t = data
    net = lmnet.fitnet(4)
    net.train_param.epochs = 4
    net.trainParam["min_grad"] = 0
    record = net.train(x, t, seed=1)
    assert record.num_epochs == 4 and record.stop == "Maximum epoch reached."
    record = net.train(x, t, epochs=2)                 # this call only
    assert record.num_epochs == 2 and net.train_param.epochs == 4
    net.set_options(train_fcn="trainbr")
    assert net.train_param.mu == 0.005
    with pytest.raises(TypeError):
        net.train(x, t, epoch=3)                       # misspelt keyword
    with pytest.raises(AttributeError):
        net.train_param.nonsense = 1


def test_repr(trained):
    net, record = trained
    assert "1-5-1" in repr(net) and "tansig/purelin" in repr(net)
    assert "unconfigured" in repr(lmnet.fitnet(3))
    assert "TrainingRecord(" in repr(record)
