"""The binding gives exactly what the C API gives (a C program compiled here)."""

import numpy as np
import pytest

import lmnet

from conftest import reference_data, run_c_reference


@pytest.mark.parametrize("hidden, options", [
    (10, {}),                                             # MATLAB defaults
    ([6, 4], {"epochs": 12, "divideFcn": "divideblock"}),
    (5, {"trainFcn": "trainbr", "epochs": 8}),
])
def test_training_matches_the_c_api(c_reference, tmp_path, hidden, options):
    x, t = reference_data()
    expected = run_c_reference(c_reference, tmp_path, x, t, 7, hidden, **options)

    net = lmnet.fitnet(hidden)
    python_options = {lmnet.options.python_name(k): v for k, v in options.items()}
    record = net.train(x, t, seed=7, **python_options)

    np.testing.assert_array_equal(net.getwb(), expected["weights"])
    for key in ("epoch", "perf", "vperf", "tperf", "mu", "gradient", "val_fail"):
        np.testing.assert_array_equal(getattr(record, key), expected[key], err_msg=key)
    for key in ("gamk", "ssX"):                           # trainbr only; empty in C otherwise
        if options.get("trainFcn") == "trainbr":
            assert expected[key].size == record.num_epochs + 1
            np.testing.assert_array_equal(getattr(record, key), expected[key], err_msg=key)
        else:
            assert getattr(record, key) is None and expected[key].size == 0
    assert record.best_epoch == expected["best_epoch"][0]
    np.testing.assert_array_equal(record.best_vperf, expected["best_vperf"][0])
    assert record.stop == expected["stop"]
    np.testing.assert_array_equal(net(x), expected["y"])


def test_two_inputs_two_outputs_match_the_c_api(c_reference, tmp_path):
    rng = np.random.default_rng(0)
    x = rng.uniform(-1, 1, size=(60, 2))
    t = np.column_stack([x[:, 0] * x[:, 1], np.sin(3 * x[:, 0]) + x[:, 1]])
    expected = run_c_reference(c_reference, tmp_path, x, t, 11, [8], epochs=10)

    net = lmnet.fitnet(8)
    net.train(x, t, seed=11, epochs=10)
    np.testing.assert_array_equal(net.getwb(), expected["weights"])
    # y is (samples, outputs) here, sample-major in C: the same bytes.
    np.testing.assert_array_equal(net(x).ravel(), expected["y"])
