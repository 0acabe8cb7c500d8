#!/usr/bin/env python3
"""Fit the reference problem with LMNet, as MATLAB would:

    x = 0.001*(1:1000); t = -x.*sin(10*x);
    net = fitnet([20 20 10]);           % tansig, tansig, tansig, purelin
    [net, tr] = train(net, x, t);       % trainlm, dividerand 70/15/15, defaults
    plotperform(tr); plotfit(net, x, t); plotregression(t, net(x));

and save the three plots as PNG files.

usage: fit_reference.py [--seed N] [--epochs N] [--out FOLDER] [--quiet]
"""

import argparse
import os

import matplotlib

matplotlib.use("Agg")  # files only, no window
import matplotlib.pyplot as plt
import numpy as np

import lmnet
from lmnet import plot


def reference_problem():
    x = 0.001 * np.arange(1, 1001)
    return x, -x * np.sin(10 * x)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=1, help="initialization and division seed")
    parser.add_argument("--epochs", type=int, default=1000, help="MATLAB trainParam.epochs")
    parser.add_argument("--out", default=".", help="folder for the PNG files")
    parser.add_argument("--quiet", action="store_true", help="no progress lines")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)

    x, t = reference_problem()
    net = lmnet.fitnet([20, 20, 10])
    tr = net.train(x, t, seed=args.seed, epochs=args.epochs,
                   display=None if args.quiet else "lines")
    y = net(x)

    print(f"{tr.stop} {tr.num_epochs} epochs, best epoch {tr.best_epoch}: "
          f"perf {tr.best_perf:.4g}, vperf {tr.best_vperf:.4g}, tperf {tr.best_tperf:.4g}")
    print(f"mse over all samples: {net.perform(t, y):.4g}")

    paths = {name: os.path.join(args.out, f"fit_reference_{name}.png")
             for name in ("perform", "fit", "regression")}

    figure = plt.figure(figsize=(7, 5))
    plot.plotperform(tr, ax=figure.gca())
    figure.savefig(paths["perform"], dpi=110)

    figure = plt.figure(figsize=(7, 6))
    plot.plotfit(net, x, t, tr, ax=figure.subplots(2, 1, sharex=True,
                                                   gridspec_kw={"height_ratios": [3, 1]}))
    figure.savefig(paths["fit"], dpi=110)

    figure, axes = plt.subplots(2, 2, figsize=(9, 9))
    subsets = [("Training", tr.train_ind), ("Validation", tr.val_ind), ("Test", tr.test_ind),
               ("All", np.arange(x.size))]
    for ax, (label, indices) in zip(axes.ravel(), subsets):
        plot.plotregression(t[indices], y[indices], label=label, ax=ax)
    figure.tight_layout()
    figure.savefig(paths["regression"], dpi=110)

    r, _, _ = plot.regression(t, y)
    print(f"regression of outputs on targets: R = {r:.6f}")
    for path in paths.values():
        print(f"saved {path}")


if __name__ == "__main__":
    main()
