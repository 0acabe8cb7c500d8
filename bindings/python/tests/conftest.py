"""Shared fixtures: the repository, small reference data, the C reference program."""

import os
import pathlib
import shutil
import subprocess

import numpy as np
import pytest

import lmnet

TESTS = pathlib.Path(__file__).resolve().parent
REPO_ROOT = TESTS.parents[2]
HEADER = REPO_ROOT / "include" / "lmnet.h"


def reference_data(n=100):
    """The reference problem on a coarser grid: t = -x sin(10x), x = (1..n)/n."""
    x = np.arange(1, n + 1) / n
    return x, -x * np.sin(10 * x)


@pytest.fixture
def data():
    return reference_data()


@pytest.fixture
def trained(data):
    """A small fitnet(5) trained for a few epochs (fast), with its record."""
    x, t = data
    net = lmnet.fitnet(5)
    record = net.train(x, t, seed=3, epochs=15)
    return net, record


def compile_c(source, output, *extra):
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None:
        pytest.skip("no C compiler (cc) to build the independent C path")
    command = [compiler, "-std=c11", "-O1", "-Wall", "-Werror", f"-I{HEADER.parent}",
               str(source), "-o", str(output), *extra]
    result = subprocess.run(command, capture_output=True, text=True)
    assert result.returncode == 0, f"{' '.join(command)}\n{result.stderr}"
    return output


@pytest.fixture(scope="session")
def c_reference(tmp_path_factory):
    """Path of the compiled tests/c/train_reference.c, linked to the loaded library."""
    folder = tmp_path_factory.mktemp("c")
    library = pathlib.Path(lmnet.library_path)
    # Link against a copy named liblmnet.so so -llmnet finds it whatever its file name.
    linked = folder / "liblmnet.so"
    shutil.copyfile(library, linked)
    return compile_c(TESTS / "c" / "train_reference.c", folder / "train_reference",
                     f"-L{folder}", "-llmnet", f"-Wl,-rpath,{folder}")


def run_c_reference(program, folder, x, t, seed, hidden, **options):
    """Run the C program on x, t; returns {name: numpy array or str}."""
    x = np.ascontiguousarray(np.asarray(x, dtype=np.float64).reshape(len(x), -1))
    t = np.ascontiguousarray(np.asarray(t, dtype=np.float64).reshape(len(t), -1))
    data_file = folder / "data.bin"
    data_file.write_bytes(x.tobytes() + t.tobytes())
    command = [str(program), str(data_file), str(x.shape[0]), str(x.shape[1]), str(t.shape[1]),
               str(seed), ",".join(str(h) for h in np.atleast_1d(hidden))]
    command += [f"{key}={value}" for key, value in options.items()]
    result = subprocess.run(command, capture_output=True, text=True,
                            env=dict(os.environ, LMNET_NUM_THREADS=str(lmnet.get_num_threads())))
    assert result.returncode == 0, result.stderr
    values = {}
    for line in result.stdout.splitlines():
        name, _, rest = line.partition(" ")
        values[name] = rest if name == "stop" else np.array([float(v) for v in rest.split()])
    return values


def readme_python_blocks(heading):
    """The ```python blocks of bindings/python/README.md under the "## heading..." section."""
    text = (TESTS.parent / "README.md").read_text()
    start = text.index("\n## " + heading)
    end = text.find("\n## ", start + 1)
    section = text[start:end if end >= 0 else len(text)]
    return [block.split("```", 1)[0] for block in section.split("```python\n")[1:]]
