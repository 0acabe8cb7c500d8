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


def test_multistart_reports_every_start_and_the_winner(data):
    x, t = data
    result = lmnet.train_multistart(lmnet.fitnet(3), x, t, seeds=[7, 3, 9, 1], num_threads=2,
                                    epochs=6)
    np.testing.assert_array_equal(result.seeds, [7, 3, 9, 1])
    assert result.winner_seed == result.seeds[result.winner]
    assert np.all(np.isfinite(result.best_vperf)) and np.all(np.isfinite(result.best_perf))
    assert result.record.best_perf == result.best_perf[result.winner]
    assert f"winner={result.winner}" in repr(result)


def test_multistart_without_validation_picks_best_training_performance(data):
    x, t = data
    result = lmnet.train_multistart(lmnet.fitnet(3), x, t, seeds=range(4), num_threads=2,
                                    epochs=6, divide_fcn="dividetrain")
    assert np.all(np.isnan(result.best_vperf))
    assert result.winner == int(np.argmin(result.best_perf))
    assert result.record.val_ind.size == 0


def test_multistart_with_trainbr(data):
    x, t = data
    result = lmnet.train_multistart(lmnet.fitnet(3, "trainbr"), x, t, seeds=[1, 2, 3],
                                    num_threads=2, epochs=5)
    assert result.record.train_fcn == "trainbr" and result.net.train_fcn == "trainbr"
    assert result.record.gamk is not None and result.record.train_param["max_fail"] == 0
    assert result.winner == int(np.argmin(result.best_vperf))
    single = lmnet.fitnet(3, "trainbr").configure(x, t, seed=result.winner_seed)
    single.train(x, t, epochs=5)
    np.testing.assert_array_equal(single.getwb(), result.net.getwb())


def test_multistart_train_fcn_keyword(data):
    x, t = data
    result = lmnet.train_multistart(lmnet.fitnet(3), x, t, seeds=[1, 2], num_threads=1,
                                    epochs=4, train_fcn="trainbr")
    assert result.record.train_fcn == "trainbr" and result.record.train_param["mu"] == 0.005


def test_multistart_bad_thread_count_and_keyword(data):
    x, t = data
    with pytest.raises(ValueError, match="num_threads"):
        lmnet.train_multistart(lmnet.fitnet(3), x, t, seeds=[1], num_threads=0)
    with pytest.raises(TypeError, match="unknown training parameter"):
        lmnet.train_multistart(lmnet.fitnet(3), x, t, seeds=[1], epoch=3)
    with pytest.raises(ValueError):
        lmnet.train_multistart(lmnet.fitnet(3), x, t[:-1], seeds=[1])
