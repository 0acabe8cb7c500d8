#!/usr/bin/env python3
"""A sweep of hidden-layer sizes x seeds on a Dask cluster; the best network is kept.

Every task trains one lmnet.fitnet(hidden) initialized from one seed, on the
same data and the same train/validation/test division, and returns
(validation score, the network as the bytes of its LMNet HDF5 model file).
The lowest best validation MSE wins (ties: the earlier task in hidden-major
order), and is saved as a model file. Run serially (--serial) the same sweep
gives the same winner with bit-identical weights. A second part runs
scikit-learn's GridSearchCV with lmnet.LMRegressor on joblib's Dask backend.

    python examples/dask/sweep.py                                # LocalCluster, 2 workers
    python examples/dask/sweep.py --scheduler tcp://HOST:8786    # a running cluster
    python examples/dask/sweep.py --serial                       # no Dask, for comparison

A real cluster: start `dask scheduler` on one machine (older Dask releases:
`dask-scheduler`) and `dask worker tcp://HOST:8786 --nworkers N --nthreads 1`
(`dask-worker`) on each machine, with the same lmnet package (it bundles
liblmnet.so) installed on every worker and on the client. This script is
needed only on the client: run as a script, its functions are sent to the
workers by value.

usage: sweep.py [--scheduler ADDRESS] [--workers N] [--hidden H [H ...]]
                [--seeds S [S ...]] [--epochs N] [--samples N] [--out FILE]
                [--serial] [--no-grid-search]
"""

import argparse
import contextlib
import sys

import numpy as np

import lmnet


def make_data(samples=300, noise=0.05):
    """The reference problem t = -x sin(10x), x in (0, 1], plus fixed Gaussian noise."""
    x = np.arange(1, samples + 1) / samples
    t = -x * np.sin(10 * x) + noise * np.random.default_rng(0).standard_normal(samples)
    return x, t


def train_one(hidden, seed, x, t, epochs=50, division_seed=0, num_threads=1):
    """One task: fitnet(hidden) initialized from `seed`, trained with the division
    drawn from `division_seed` (the same for every task, so scores compare).
    Returns (best validation MSE, model file bytes)."""
    # The library's BLAS thread count is process-wide and results are bitwise
    # reproducible for a given count: pin it, one thread per task.
    lmnet.set_num_threads(num_threads)
    net = lmnet.fitnet(hidden).configure(x, t, seed=seed)
    record = net.train(x, t, seed=division_seed, epochs=epochs)
    return record.best_vperf, net.to_bytes()


def grid(hidden_sizes, seeds):
    """The tasks in a fixed (hidden-major) order: [(hidden, seed), ...]."""
    return [(hidden, seed) for hidden in hidden_sizes for seed in seeds]


def pick_best(tasks, results):
    """Index, hidden, seed, score and model bytes of the lowest score (NaN never wins)."""
    scores = [np.inf if np.isnan(score) else score for score, _ in results]
    best = min(range(len(tasks)), key=lambda i: (scores[i], i))
    hidden, seed = tasks[best]
    score, blob = results[best]
    return {"index": best, "hidden": hidden, "seed": seed, "score": score, "model": blob,
            "scores": [score for score, _ in results]}


def sweep_serial(x, t, hidden_sizes, seeds, **train_options):
    """The sweep in this process, one task after the other."""
    tasks = grid(hidden_sizes, seeds)
    return pick_best(tasks, [train_one(h, s, x, t, **train_options) for h, s in tasks])


def sweep_dask(client, x, t, hidden_sizes, seeds, **train_options):
    """The same sweep as tasks on a dask.distributed cluster."""
    # Run as a script, train_one lives in __main__ and Dask sends it by value
    # (cloudpickle): workers need lmnet, not this file. Imported as the module
    # `sweep` (e.g. by a test), it is sent by name: give the workers the file.
    module = sys.modules[train_one.__module__]
    if module.__name__ != "__main__":
        client.upload_file(module.__file__)
    x_future, t_future = client.scatter([x, t], broadcast=True)   # the data go once per worker
    tasks = grid(hidden_sizes, seeds)
    futures = [client.submit(train_one, h, s, x_future, t_future, **train_options)
               for h, s in tasks]
    return pick_best(tasks, client.gather(futures))


def grid_search(X, y, hidden_sizes, seeds, epochs=50, backend=None):
    """GridSearchCV of LMRegressor over hidden_sizes x random_state; backend "dask"
    runs the fits on the cluster of the current dask.distributed Client."""
    import joblib
    from sklearn.model_selection import GridSearchCV, KFold

    search = GridSearchCV(lmnet.LMRegressor(epochs=epochs),
                          {"hidden_sizes": list(hidden_sizes), "random_state": list(seeds)},
                          cv=KFold(3, shuffle=True, random_state=0),
                          scoring="neg_mean_squared_error", n_jobs=-1 if backend else None)
    within = joblib.parallel_backend(backend) if backend else contextlib.nullcontext()
    with within:
        search.fit(X, y)
    return search


def parse_hidden(text):
    """"8" -> 8, "6,4" -> [6, 4] (two hidden layers)."""
    sizes = [int(part) for part in text.split(",")]
    return sizes[0] if len(sizes) == 1 else sizes


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scheduler", help="address of a running scheduler, e.g. tcp://HOST:8786 "
                        "(default: start a LocalCluster)")
    parser.add_argument("--workers", type=int, default=2, help="LocalCluster worker processes")
    parser.add_argument("--hidden", type=parse_hidden, nargs="+", default=[2, 4, 8, 16],
                        help='hidden sizes; "6,4" is two hidden layers')
    parser.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2, 3])
    parser.add_argument("--epochs", type=int, default=50)
    parser.add_argument("--samples", type=int, default=300)
    parser.add_argument("--out", default="best_model.h5", help="where the best model is saved")
    parser.add_argument("--serial", action="store_true", help="run in this process, no Dask")
    parser.add_argument("--no-grid-search", action="store_true")
    args = parser.parse_args(argv)

    x, t = make_data(args.samples)
    options = {"epochs": args.epochs}
    with contextlib.ExitStack() as stack:
        if args.serial:
            client = None
            best = sweep_serial(x, t, args.hidden, args.seeds, **options)
        else:
            from dask.distributed import Client, LocalCluster
            if args.scheduler:
                client = stack.enter_context(Client(args.scheduler))
            else:
                cluster = stack.enter_context(LocalCluster(
                    n_workers=args.workers, threads_per_worker=1, processes=True))
                client = stack.enter_context(Client(cluster))
            print(f"Dask: {client.dashboard_link} ({len(client.scheduler_info()['workers'])} workers)")
            best = sweep_dask(client, x, t, args.hidden, args.seeds, **options)

        for (hidden, seed), score in zip(grid(args.hidden, args.seeds), best["scores"]):
            print(f"hidden {str(hidden):>8}  seed {seed:>3}  best_vperf {score:.6g}")
        net = lmnet.from_bytes(best["model"])
        net.save(args.out)
        print(f"best: hidden {best['hidden']}, seed {best['seed']}, best_vperf {best['score']:.6g}, "
              f"test MSE {net.record.best_tperf:.6g}; saved to {args.out}")

        if not args.no_grid_search:
            if client is not None:
                client.run(lmnet.set_num_threads, 1)   # as train_one does: reproducible fits
            search = grid_search(x.reshape(-1, 1), t, args.hidden, args.seeds, args.epochs,
                                 backend=None if client is None else "dask")
            print(f"GridSearchCV: best_params_ {search.best_params_}, "
                  f"cross-validated MSE {-search.best_score_:.6g}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
