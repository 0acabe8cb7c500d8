import os
import subprocess
import sys

# One BLAS thread: the tests check results, not speed, and on a busy 2-core
# machine multithreaded OpenBLAS spins and slows everything down. Set before numpy loads.
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"

import pytest  # noqa: E402

BENCH = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, BENCH)


@pytest.fixture(scope="session")
def data_dir(tmp_path_factory):
    """The benchmark data written by make_data.py into a temporary folder."""
    out = tmp_path_factory.mktemp("data")
    subprocess.run([sys.executable, os.path.join(BENCH, "make_data.py"), "--out", str(out)],
                   check=True, capture_output=True)
    return str(out)
