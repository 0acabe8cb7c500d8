"""The benchmark protocol: which problems, which networks, how many epochs.

Single source of truth: make_data.py writes these into bench/data/manifest.json,
the peers and lmnet-cli read the manifest, report.py reads the results.
"""

# Per-epoch timing: every sample is a training sample (dividetrain), all stop
# rules except the epoch limit are off, the first `warmup_epochs` are discarded
# and the median of the next (up to) `timed_epochs` is reported. A peer that is
# slow may stop timing early once `time_budget_s` is spent (at least 3 epochs).

# Time to target (reference problem only): MATLAB defaults (dividerand
# 0.70/0.15/0.15, Nguyen-Widrow init, mu 1e-3, max_fail 6, min_grad 1e-7,
# epochs 1000) with goal = TARGET_MSE, i.e. the run ends with
# "Performance goal met." when the training MSE (original target units)
# reaches the target. One run per seed.
TARGET_MSE = 1e-5
TARGET_SEEDS = [1, 2, 3, 4, 5]
TARGET_MAX_EPOCHS = 1000
# Wall-time limit of one to-target run (MATLAB's trainParam.time); only a slow
# peer ever reaches it, and then that seed counts as not reached.
TARGET_BUDGET_S = 60.0

# Layers as MATLAB writes them: inputs, hidden sizes..., outputs.
# Hidden layers tansig (tanh), output purelin.
CASES = [
    {
        "name": "reference",
        "label": "(a) reference 1-20-20-10-1",
        "dataset": "reference",
        "layers": [1, 20, 20, 10, 1],
        "warmup_epochs": 3,
        "timed_epochs": 20,
        "time_budget_s": 60.0,
        "to_target": True,
    },
    {
        "name": "fitnet10",
        "label": "(b) fitnet(10) 1-10-1",
        "dataset": "reference",
        "layers": [1, 10, 1],
        "warmup_epochs": 3,
        "timed_epochs": 20,
        "time_budget_s": 60.0,
        "to_target": False,
    },
    {
        "name": "surface",
        "label": "(c) surface 2-30-30-1, 10k samples",
        "dataset": "surface",
        "layers": [2, 30, 30, 1],
        "warmup_epochs": 3,
        "timed_epochs": 20,
        "time_budget_s": 60.0,
        "to_target": False,
    },
    {
        "name": "reference_1e6",
        "label": "(d) reference net, 1e6 samples",
        "dataset": "reference_1e6",
        "layers": [1, 20, 20, 10, 1],
        "warmup_epochs": 1,
        "timed_epochs": 3,
        "time_budget_s": 120.0,
        "to_target": False,
    },
    {
        "name": "wide_5k",
        "label": "(e) 2-70-70-1 (5251 params), 10k samples",
        "dataset": "surface",
        "layers": [2, 70, 70, 1],
        "warmup_epochs": 1,
        "timed_epochs": 5,
        "time_budget_s": 60.0,
        "to_target": False,
    },
]


def parameter_count(layers):
    """Sum over layers of S_k * (in_k + 1): weights plus one bias per neuron."""
    return sum(layers[k + 1] * (layers[k] + 1) for k in range(len(layers) - 1))


def case_by_name(name):
    for case in CASES:
        if case["name"] == name:
            return case
    known = ", ".join(c["name"] for c in CASES)
    raise SystemExit(f"unknown case '{name}' (known: {known})")
