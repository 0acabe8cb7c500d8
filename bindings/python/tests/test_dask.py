"""examples/dask/sweep.py on a dask.distributed LocalCluster gives what it gives serially."""

import os
import subprocess
import sys

import numpy as np
import pytest

distributed = pytest.importorskip(
    "distributed", reason="dask.distributed is not installed (pip install 'dask[distributed]')")

import lmnet

from conftest import REPO_ROOT, readme_python_blocks

EXAMPLE = REPO_ROOT / "examples" / "dask" / "sweep.py"
sys.path.insert(0, str(EXAMPLE.parent))
import sweep  # noqa: E402  (the example, imported as a module)


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       dashboard_address=None)
    with cluster, distributed.Client(cluster) as connected:
        yield connected


@pytest.fixture
def one_library_thread():
    """The serial runs in this process use the workers' BLAS thread count (1)."""
    previous = lmnet.get_num_threads()
    lmnet.set_num_threads(1)
    yield
    lmnet.set_num_threads(previous)


def tasks_named(stream, name):
    return [task for task in stream.data if name in str(task["key"])]


def test_dask_sweep_finds_the_serial_best_model(client, one_library_thread):
    x, t = sweep.make_data(120)
    hidden_sizes, seeds = [2, 5, [3, 2]], [0, 1, 2]
    serial = sweep.sweep_serial(x, t, hidden_sizes, seeds, epochs=8)
    with distributed.get_task_stream(client) as stream:
        on_cluster = sweep.sweep_dask(client, x, t, hidden_sizes, seeds, epochs=8)
    assert len(tasks_named(stream, "train_one")) == len(hidden_sizes) * len(seeds)
    worker_pids = set(client.run(os.getpid).values())
    assert len(worker_pids) == 2 and os.getpid() not in worker_pids

    assert serial["index"] == int(np.argmin(serial["scores"]))
    assert (on_cluster["hidden"], on_cluster["seed"]) == (serial["hidden"], serial["seed"])
    np.testing.assert_array_equal(on_cluster["scores"], serial["scores"])   # every task
    best, expected = lmnet.from_bytes(on_cluster["model"]), lmnet.from_bytes(serial["model"])
    np.testing.assert_array_equal(best.getwb(), expected.getwb())
    np.testing.assert_array_equal(best(x), expected(x))
    np.testing.assert_array_equal(best.record.perf, expected.record.perf)
    assert best.layer_sizes[:-1] == tuple(np.atleast_1d(serial["hidden"]))


def test_grid_search_on_dask_backend_matches_default_backend(client, one_library_thread):
    pytest.importorskip("sklearn")
    x, t = sweep.make_data(90)
    client.run(lmnet.set_num_threads, 1)
    default = sweep.grid_search(x.reshape(-1, 1), t, [2, 5], [0, 1], epochs=6)
    with distributed.get_task_stream(client) as stream:
        on_dask = sweep.grid_search(x.reshape(-1, 1), t, [2, 5], [0, 1], epochs=6, backend="dask")
    assert stream.data, "no task ran on the cluster"
    assert on_dask.best_params_ == default.best_params_
    np.testing.assert_array_equal(on_dask.cv_results_["mean_test_score"],
                                  default.cv_results_["mean_test_score"])
    np.testing.assert_array_equal(on_dask.best_estimator_.net_.getwb(),
                                  default.best_estimator_.net_.getwb())


def run_script(*arguments, cwd):
    result = subprocess.run([sys.executable, str(EXAMPLE), *arguments], cwd=cwd,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_script_runs_as_written_and_agrees_with_serial(tmp_path):
    small = ["--hidden", "2", "3", "--seeds", "0", "1", "--epochs", "5", "--samples", "80"]
    on_cluster = run_script(*small, "--out", "dask.h5", cwd=tmp_path)
    serial = run_script(*small, "--serial", "--out", "serial.h5", cwd=tmp_path)
    assert "(2 workers)" in on_cluster and "GridSearchCV: best_params_" in on_cluster
    best_line = [line for line in on_cluster.splitlines() if line.startswith("best:")]
    assert best_line and best_line == [line.replace("serial.h5", "dask.h5")
                                       for line in serial.splitlines() if line.startswith("best:")]
    dask_model, serial_model = lmnet.load(tmp_path / "dask.h5"), lmnet.load(tmp_path / "serial.h5")
    np.testing.assert_array_equal(dask_model.getwb(), serial_model.getwb())


def test_readme_dask_example_runs_as_written(tmp_path):
    pytest.importorskip("sklearn")
    (block,) = readme_python_blocks("Dask")
    script = tmp_path / "readme_dask.py"
    script.write_text(block)
    result = subprocess.run([sys.executable, str(script)], cwd=tmp_path, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "best (hidden, seed): (" in result.stdout and "'hidden_sizes':" in result.stdout
    assert lmnet.load(tmp_path / "best_model.h5").is_configured
