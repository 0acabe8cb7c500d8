"""trainbr (Bayesian regularization) through the Python API: defaults, record, behaviour."""

import numpy as np

import lmnet


def noisy_data(n=80):
    """A noisy sine: trainlm overfits it and stops on validation within 60 epochs."""
    rng = np.random.default_rng(0)
    x = np.linspace(-1, 1, n)
    return x, np.sin(3 * x) + 0.3 * rng.standard_normal(n)


def longest_rise(values):
    """Length of the longest run of consecutive increases."""
    longest = run = 0
    for rising in np.diff(values) > 0:
        run = run + 1 if rising else 0
        longest = max(longest, run)
    return longest


def test_trainbr_defaults_mu_and_max_fail():
    net = lmnet.fitnet(4, "trainbr")
    assert net.train_param.mu == 0.005 and net.train_param.max_fail == 0
    net.train_fcn = "trainlm"                                  # back: trainlm's defaults
    assert net.train_param.mu == 0.001 and net.train_param.max_fail == 6


def test_trainbr_record_fields(data):
    x, t = data
    net = lmnet.fitnet(4, "trainbr")
    tr = net.train(x, t, seed=1, epochs=20)
    assert tr.train_fcn == "trainbr" and tr.trainFcn == "trainbr"
    assert tr.train_param["mu"] == 0.005 and tr.train_param["max_fail"] == 0
    assert tr.mu[0] == 0.005
    assert tr.gamk.shape == tr.ssX.shape == (tr.num_epochs + 1,)
    # gamma starts at the number of parameters and stays in (0, n_p]
    assert tr.gamk[0] == net.num_weights
    assert np.all(tr.gamk > 0) and np.all(tr.gamk <= net.num_weights)
    # ssX is the sum of squared weights; the network returned is the best epoch's
    assert np.isclose(tr.ssX[tr.best_epoch], np.sum(net.getwb() ** 2), rtol=1e-12, atol=0)
    assert tr["gamk"] is tr.gamk and {"gamk", "ssX"} <= set(tr.to_dict())


def test_train_fcn_keyword_is_the_same_as_fitnet_trainbr(data):
    x, t = data
    by_constructor = lmnet.fitnet(4, "trainbr")
    first = by_constructor.train(x, t, seed=2, epochs=10)
    by_keyword = lmnet.fitnet(4)
    second = by_keyword.train(x, t, seed=2, epochs=10, train_fcn="trainbr")
    np.testing.assert_array_equal(by_keyword.getwb(), by_constructor.getwb())
    np.testing.assert_array_equal(second.gamk, first.gamk)
    assert second.train_param["mu"] == 0.005          # keyword resets trainParam for this call
    assert by_keyword.train_fcn == "trainlm"          # only for that call
    by_keyword.set_options(trainFcn="trainbr")        # MATLAB's spelling keeps it
    assert by_keyword.train_fcn == "trainbr"


def test_trainbr_does_not_stop_on_validation():
    x, t = noisy_data()
    lm = lmnet.fitnet(12).train(x, t, seed=2, epochs=60)
    br = lmnet.fitnet(12, "trainbr").train(x, t, seed=2, epochs=60)
    assert lm.stop_reason == lmnet.StopReason.VALIDATION
    assert longest_rise(br.vperf) >= 6                # enough rises for trainlm's max_fail 6
    assert br.stop_reason == lmnet.StopReason.EPOCHS and br.stop == "Maximum epoch reached."


def test_trainbr_is_deterministic(data):
    x, t = data
    one, two = lmnet.fitnet(3, "trainbr"), lmnet.fitnet(3, "trainbr")
    np.testing.assert_array_equal(one.train(x, t, seed=4, epochs=6).ssX,
                                  two.train(x, t, seed=4, epochs=6).ssX)
    np.testing.assert_array_equal(one.getwb(), two.getwb())


def test_trainbr_record_survives_bytes_round_trip(data):
    x, t = data
    net = lmnet.fitnet(3, "trainbr")
    tr = net.train(x, t, seed=1, epochs=5)
    again = lmnet.from_bytes(net.to_bytes())
    assert again.train_fcn == "trainbr"
    np.testing.assert_array_equal(again.record.gamk, tr.gamk)
    np.testing.assert_array_equal(again.record.ssX, tr.ssX)
