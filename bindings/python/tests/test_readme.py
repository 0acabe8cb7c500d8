"""The README's trainbr and multi-start examples run as written."""

import numpy as np

import lmnet

from conftest import readme_python_blocks


def test_trainbr_and_multistart_examples_run(capsys):
    blocks = readme_python_blocks("trainbr") + readme_python_blocks("Multi-start")
    assert len(blocks) == 2
    namespace = {}
    for block in blocks:                            # the multi-start block reuses x, t
        exec(compile(block, "README.md", "exec"), namespace)
    assert namespace["tr"].train_fcn == "trainlm" and namespace["result"].best_vperf.size == 8
    printed = capsys.readouterr().out.splitlines()
    assert printed[0] == "0.005 0" and printed[1] != "Validation stop."
    result = namespace["result"]
    assert result.winner == int(np.nanargmin(result.best_vperf))
    x, t = namespace["x"], namespace["t"]
    again = lmnet.fitnet(10).configure(x, t, seed=result.winner_seed)   # the README's claim
    again.train(x, t, seed=0)
    np.testing.assert_array_equal(again.getwb(), result.net.getwb())
