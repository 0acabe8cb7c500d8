"""The data files, their manifest, and the peer runner's JSON output."""
import json
import os
import subprocess
import sys

import numpy as np
import pytest

import cases
from peers.common import load_dataset, load_manifest

BENCH = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def test_manifest_describes_every_case(data_dir):
    manifest = load_manifest(data_dir)
    names = [c["name"] for c in manifest["cases"]]
    assert names == [c["name"] for c in cases.CASES]
    for case in manifest["cases"]:
        data = manifest["datasets"][case["dataset"]]
        assert case["layers"][0] == data["inputs"] and case["layers"][-1] == data["outputs"]
        assert case["params"] == cases.parameter_count(case["layers"])
    assert [c["params"] for c in manifest["cases"]] == [681, 31, 1051, 681, 5251]


def test_files_are_raw_little_endian_float64(data_dir):
    manifest = load_manifest(data_dir)
    for name, info in manifest["datasets"].items():
        for key, columns in (("x_file", info["inputs"]), ("t_file", info["outputs"])):
            size = os.path.getsize(os.path.join(data_dir, info[key]))
            assert size == 8 * info["samples"] * columns, name


def test_reference_values(data_dir):
    manifest = load_manifest(data_dir)
    x, t = load_dataset(manifest, "reference", data_dir)
    assert x.shape == (1000, 1) and x[0, 0] == 0.001 and x[-1, 0] == 1.0
    assert np.array_equal(t, -x * np.sin(10.0 * x))
    big_x, big_t = load_dataset(manifest, "reference_1e6", data_dir)
    assert big_x.shape == (1_000_000, 1) and big_x[0, 0] == 0.001 and big_x[-1, 0] == 1.0
    sx, st = load_dataset(manifest, "surface", data_dir)
    assert sx.shape == (10_000, 2) and np.all(np.abs(sx) <= 1.0)
    expected = np.sin(3 * sx[:, 0]) * np.cos(2 * sx[:, 1]) + 0.3 * sx[:, 0] * sx[:, 1]
    assert np.array_equal(st[:, 0], expected)


def test_data_are_reproducible(data_dir, tmp_path):
    subprocess.run([sys.executable, os.path.join(BENCH, "make_data.py"), "--out", str(tmp_path)],
                   check=True, capture_output=True)
    first = load_manifest(data_dir)["datasets"]
    second = load_manifest(str(tmp_path))["datasets"]
    assert first == second       # includes the sha256 of every file


def run_peer(data_dir, out, *extra):
    return subprocess.run(
        [sys.executable, "-m", "peers.run", "--data", data_dir, "--out", str(out), *extra],
        cwd=BENCH, capture_output=True, text=True, timeout=300)


def test_runner_writes_the_case_schema(data_dir, tmp_path):
    out = tmp_path / "peer-numpy-fitnet10.json"
    done = run_peer(data_dir, out, "--peer", "numpy", "--case", "fitnet10", "--threads", "1")
    assert done.returncode == 0, done.stderr
    result = json.loads(out.read_text())
    for key in ("name", "params", "samples", "ms_per_epoch_median", "phase_ms",
                "trials_per_epoch", "peak_rss_mb", "threads", "implementation"):
        assert key in result, key
    assert result["params"] == 31 and result["samples"] == 1000 and result["threads"] == 1
    assert result["timed_epochs"] == 20 and len(result["ms_per_epoch_all"]) == 20
    assert result["ms_per_epoch_median"] > 0 and 1.0 <= result["trials_per_epoch"] < 10
    assert set(result["phase_ms"]) == {"jacobian", "jtj", "solve", "forward"}
    assert result["peak_rss_mb"] > 1


def test_runner_rejects_unknown_case(data_dir, tmp_path):
    done = run_peer(data_dir, tmp_path / "x.json", "--peer", "numpy", "--case", "nope")
    assert done.returncode != 0 and "unknown case 'nope'" in done.stderr
    assert not (tmp_path / "x.json").exists()


def test_runner_reports_missing_data(tmp_path):
    done = run_peer(str(tmp_path), tmp_path / "x.json", "--peer", "numpy", "--case", "fitnet10")
    assert done.returncode != 0 and "make_data.py" in done.stderr
