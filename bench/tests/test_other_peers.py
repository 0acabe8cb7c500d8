"""torch-levenberg-marquardt and pyrenn adapters."""
import numpy as np
import pytest

from peers import numpy_peer

X = 0.001 * np.arange(1, 1001, dtype=np.float64).reshape(-1, 1)
T = -X * np.sin(10.0 * X)


def test_torch_lm_follows_the_numpy_trainlm_trajectory():
    """Same initial weights, split, damping constants and acceptance rule: the two
    LM implementations must take the same steps (up to rounding)."""
    pytest.importorskip("torch")
    pytest.importorskip("torch_levenberg_marquardt")
    from peers import torch_peer
    torch_peer.setup(1)
    layers = [1, 20, 20, 10, 1]
    for seed in (1, 2):
        ours = numpy_peer.to_target(layers, X, T, seed, 1e-5, 200, 60.0)
        theirs = torch_peer.to_target(layers, X, T, seed, 1e-5, 200, 60.0)
        assert ours["reached"] and theirs["reached"]
        assert theirs["epochs"] == ours["epochs"]
        assert theirs["final_mse"] == pytest.approx(ours["final_mse"], rel=1e-6)


def test_torch_lm_epoch_timing_counts_epochs():
    pytest.importorskip("torch")
    pytest.importorskip("torch_levenberg_marquardt")
    from peers import torch_peer
    torch_peer.setup(1)
    timing = torch_peer.time_epochs([1, 10, 1], X, T, warmup=2, timed=5, budget_s=60.0)
    assert len(timing["epoch_seconds"]) == 5 and all(s > 0 for s in timing["epoch_seconds"])
    assert all(k >= 1 for k in timing["trials"])
    assert all(p["jacobian"] > 0 and p["solve"] > 0 for p in timing["phases"])


def test_pyrenn_epoch_timing_and_phases():
    pytest.importorskip("pyrenn")
    from peers import pyrenn_peer
    timing = pyrenn_peer.time_epochs([1, 10, 1], X[::10], T[::10], warmup=1, timed=4,
                                     budget_s=60.0)
    assert len(timing["epoch_seconds"]) == 4
    for seconds, phases in zip(timing["epoch_seconds"], timing["phases"]):
        assert phases["jacobian"] > 0 and phases["forward"] > 0
        assert phases["jacobian"] + phases["forward"] + phases["solve"] == pytest.approx(seconds)


def test_pyrenn_to_target_converts_the_goal_to_its_sse():
    pytest.importorskip("pyrenn")
    from peers import pyrenn_peer
    run = pyrenn_peer.to_target([1, 10, 1], X[::5], T[::5], 1, 1e-3, 300, 60.0)
    assert run["reached"] and run["final_mse"] <= 1e-3 and run["epochs"] >= 1


def test_pyrenn_budget_ends_the_run():
    pytest.importorskip("pyrenn")
    from peers import pyrenn_peer
    run = pyrenn_peer.to_target([1, 10, 1], X, T, 1, 1e-30, 1000, 0.5)
    assert not run["reached"] and run["stop"] == "time budget spent"
    assert run["seconds"] < 5.0


def test_pyrenn_skips_cases_too_big_for_it():
    from peers import pyrenn_peer
    assert "5.1 GiB" in pyrenn_peer.skip_reason({"samples": 1_000_000, "params": 681})
    assert pyrenn_peer.skip_reason({"samples": 10_000, "params": 5251}) is None
