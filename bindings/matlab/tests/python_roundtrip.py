"""Python half of the Octave <-> Python model-file round trip (run by
test_python_roundtrip.m).

    python3 python_roundtrip.py MODEL_FROM_OCTAVE.h5 DATA.bin MODEL_BACK.h5 RESULT.txt

Loads the model Octave saved, simulates the inputs of DATA.bin (format of
c_reference.c; here t holds Octave's outputs y) and records the largest
difference from Octave's outputs. Then halves every weight, saves the network
to MODEL_BACK.h5 for Octave to load, and records the new outputs. RESULT.txt
holds "name count values..." lines like c_reference.
"""
import sys

import numpy as np

import lmnet


def read_data(path):
    with open(path, "rb") as f:
        r, s, q = np.fromfile(f, dtype=np.int64, count=3)
        x = np.fromfile(f, dtype=np.float64, count=q * r).reshape(q, r)
        y = np.fromfile(f, dtype=np.float64, count=q * s).reshape(q, s)
    return x, y


def line(name, values):
    values = np.ravel(np.asarray(values, dtype=np.float64))
    return f"{name} {values.size} " + " ".join(f"{v:.17g}" for v in values) + "\n"


def main(model_in, data_path, model_out, result_path):
    x, y_octave = read_data(data_path)
    net = lmnet.load(model_in)
    y = np.asarray(net.sim(x)).reshape(y_octave.shape)
    weights = net.getwb()
    net.setwb(0.5 * weights)
    net.save(model_out)
    y_half = np.asarray(net.sim(x)).reshape(y_octave.shape)
    with open(result_path, "w") as out:
        out.write(line("max_abs_diff", np.max(np.abs(y - y_octave))))
        out.write(line("weights", weights))
        out.write(line("y_half", y_half))     # (Q, S) C order == MATLAB S-by-Q
        out.write(line("layer_sizes", net.layer_sizes))
        out.write(line("epochs_in_record", [net.record.num_epochs if net.record is not None else -1]))


if __name__ == "__main__":
    main(*sys.argv[1:5])
