"""Multi-start training: the winner is what a single training from its seed gives."""

import numpy as np
import pytest

import lmnet


def test_multistart_winner_matches_single_training(data):
    x, t = data
    net = lmnet.fitnet(4)
    result = lmnet.train_multistart(net, x, t, seeds=[11, 12, 13], num_threads=2, seed=5, epochs=8)
    assert not net.is_configured                                  # net itself unchanged
    assert result.best_vperf.shape == result.best_perf.shape == (3,)
    assert result.winner == int(np.argmin(result.best_vperf))
    assert result.record.best_vperf == result.best_vperf[result.winner]

    for i, seed in enumerate([11, 12, 13]):
        single = lmnet.fitnet(4).configure(x, t, seed=seed)
        record = single.train(x, t, seed=5, epochs=8)             # division from the option seed
        assert record.best_vperf == result.best_vperf[i]
        if i == result.winner:
            np.testing.assert_array_equal(single.getwb(), result.net.getwb())


def test_multistart_does_not_depend_on_thread_count(data):
    x, t = data
    one = lmnet.train_multistart(lmnet.fitnet(3), x, t, seeds=range(4), num_threads=1, epochs=5)
    two = lmnet.train_multistart(lmnet.fitnet(3), x, t, seeds=range(4), num_threads=2, epochs=5)
    assert one.winner == two.winner
    np.testing.assert_array_equal(one.best_vperf, two.best_vperf)
    np.testing.assert_array_equal(one.net.getwb(), two.net.getwb())


def test_multistart_bad_input(data):
    x, t = data
    with pytest.raises(ValueError):
        lmnet.train_multistart(lmnet.fitnet(3), x, t, seeds=[])
    with pytest.raises(ValueError):
        lmnet.train_multistart(lmnet.fitnet(3), x, t, seeds=[-1])
