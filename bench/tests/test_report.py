"""report.py: tables from LMNet's JSON and the peers' JSON files."""
import json
import os
import subprocess
import sys

import report

BENCH = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def lmnet_case(name, params, samples, ms, floor, seeds=()):
    return {"name": name, "params": params, "samples": samples, "ms_per_epoch_median": ms,
            "floor_ms_per_epoch": floor, "ratio_to_floor": ms / floor,
            "phase_ms": {"jacobian": 1.0, "jtj": 2.0, "solve": 3.0, "forward": 0.5},
            "trials_per_epoch": 2.0, "peak_rss_mb": 42.0, "seeds_to_target": list(seeds)}


def peer(out, implementation, name, ms, seeds=None, skipped=None):
    data = {"implementation": implementation, "name": name, "params": 681, "samples": 1000,
            "threads": 2, "ms_per_epoch_median": ms, "peak_rss_mb": 80.0,
            "phase_ms": {"jacobian": 1, "jtj": 1, "solve": 1, "forward": 1},
            "trials_per_epoch": 2.0, "notes": [], "blas": [], "versions": {}}
    if seeds is not None:
        data["seeds_to_target"] = seeds
    if skipped:
        data = {"implementation": implementation, "name": name, "skipped": skipped, "notes": []}
    with open(os.path.join(out, f"peer-{implementation}-{name}.json"), "w") as f:
        json.dump(data, f)


def seeds(epochs, seconds):
    return [{"seed": i + 1, "epochs": e, "seconds": s, "reached": True}
            for i, (e, s) in enumerate(zip(epochs, seconds))]


def row_of(text, label):
    return next(line for line in text.splitlines() if line.startswith(f"| {label}"))


def test_ratios_against_lmnet(tmp_path):
    out = str(tmp_path)
    with open(os.path.join(out, "lmnet.json"), "w") as f:
        json.dump({"threads": 2, "blas": "OpenBLAS test",
                   "cases": [lmnet_case("reference", 681, 1000, 4.0, 2.0,
                                        seeds([10, 12, 14], [0.1, 0.2, 0.3]))]}, f)
    peer(out, "numpy-trainlm", "reference", 12.0, seeds([11, 12, 13], [0.4, 0.6, 0.8]))
    peer(out, "pyrenn", "reference_1e6", None, skipped="skipped: too slow")
    text = report.build_report(out)
    row = row_of(text, "(a) reference")
    assert "| 4.00 | 2.00 | 2.00× | 12.0 (3.00×) |" in row
    assert "LMNet 12 (3/3 reached)" in row and "numpy-trainlm 1.00× (3/3)" in row
    assert "numpy-trainlm 3.00×" in row          # time to target 0.6 / 0.2
    assert "42.0 / 80.0" in row
    assert "skipped" in row_of(text, "(d) reference net")
    assert "pyrenn / reference_1e6: skipped: too slow" in text
    assert "OpenBLAS test" in text


def test_peers_only_without_lmnet_json(tmp_path):
    out = str(tmp_path)
    peer(out, "numpy-trainlm", "reference", 12.0, seeds([11], [0.4]))
    text = report.build_report(out)
    assert "lmnet.json not found" in text
    row = row_of(text, "(a) reference")
    assert "| – | – | – | 12.0 |" in row and "numpy-trainlm 11 (1/1)" in row


def test_broken_lmnet_json_is_reported_not_fatal(tmp_path):
    out = str(tmp_path)
    (tmp_path / "lmnet.json").write_text("{not json")
    peer(out, "numpy-trainlm", "fitnet10", 0.3)
    text = report.build_report(out)
    assert "lmnet.json unreadable" in text and "0.300" in text


def test_lmnet_case_missing_fields_is_named(tmp_path):
    out = str(tmp_path)
    (tmp_path / "lmnet.json").write_text(json.dumps(
        {"cases": [{"name": "fitnet10", "ms_per_epoch_median": 0.1}]}))
    text = report.build_report(out)
    assert "lmnet.json case fitnet10: missing" in text and "floor_ms_per_epoch" in text


def test_command_line_prints_markdown(tmp_path):
    peer(str(tmp_path), "numpy-trainlm", "surface", 100.0)
    done = subprocess.run([sys.executable, os.path.join(BENCH, "report.py"), "--out-dir",
                           str(tmp_path)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and done.stdout.startswith("# LMNet benchmark")
    assert "| (c) surface" in done.stdout
