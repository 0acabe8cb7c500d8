"""Model and dataset files, and pickling (round trips that must be exact)."""

import pickle
import subprocess
import sys

import numpy as np
import pytest

import lmnet


def test_save_load_round_trip_with_record_and_settings(tmp_path, data):
    x, t = data
    net = lmnet.fitnet([6, 4])
    net.set_transfer_fcn(2, "logsig")
    net.train_param.max_fail = 9
    net.divide_fcn = "divideblock"
    record = net.train(x, t, seed=5, epochs=12)
    path = tmp_path / "model.h5"
    net.save(path)

    loaded = lmnet.load(path)
    np.testing.assert_array_equal(loaded.getwb(), net.getwb())
    np.testing.assert_array_equal(loaded(x), net(x))
    assert loaded.transfer_fcns == ["tansig", "logsig", "purelin"]
    assert loaded.hidden_sizes == (6, 4)
    for side in ("input", "output"):
        for a, b in zip(loaded.get_process_settings(side), net.get_process_settings(side)):
            np.testing.assert_array_equal(a, b)
    assert loaded.train_param.max_fail == 9 and loaded.divide_fcn == "divideblock"
    r = loaded.record
    assert r is not None and r.stop == record.stop and r.best_epoch == record.best_epoch
    for key in record.states:
        np.testing.assert_array_equal(getattr(r, key), getattr(record, key))
    np.testing.assert_array_equal(r.test_ind, record.test_ind)
    # the loaded network keeps training exactly as the original would
    a = net.train(x, t, epochs=3)
    b = loaded.train(x, t, epochs=3)
    np.testing.assert_array_equal(a.perf, b.perf)


def test_save_without_record(tmp_path, trained):
    net, _ = trained
    net.save(str(tmp_path / "bare.h5"), record=False)
    assert lmnet.load(tmp_path / "bare.h5").record is None


def test_record_file_round_trip(tmp_path, trained):
    _, record = trained
    record.save(tmp_path / "tr.h5")
    again = lmnet.load_record(tmp_path / "tr.h5")
    np.testing.assert_array_equal(again.perf, record.perf)
    assert again.stop == record.stop and again.best_vperf == record.best_vperf


def test_file_errors_are_os_errors(tmp_path, trained):
    net, _ = trained
    with pytest.raises(lmnet.FileIOError) as info:
        lmnet.load(tmp_path / "missing.h5")
    assert isinstance(info.value, OSError) and info.value.status == 7
    assert "missing.h5" in str(info.value)
    junk = tmp_path / "junk.h5"
    junk.write_bytes(b"this is not an HDF5 file at all")
    with pytest.raises(OSError):
        lmnet.load(junk)
    with pytest.raises(OSError):
        lmnet.load_dataset(junk)
    with pytest.raises(OSError):
        net.save(tmp_path / "no-such-folder" / "model.h5")
    dataset_file = tmp_path / "d.h5"
    lmnet.save_dataset(dataset_file, [1.0, 2.0], [3.0, 4.0])
    with pytest.raises(lmnet.FileFormatError):                    # a dataset is not a model
        lmnet.load(dataset_file)


def test_failed_save_keeps_the_earlier_file(tmp_path, trained):
    """A save that fails half-way (file size limit) leaves the earlier file intact."""
    net, _ = trained
    path = tmp_path / "model.h5"
    net.save(path)
    before = path.read_bytes()
    code = (
        "import resource, signal, sys, lmnet\n"
        "net = lmnet.load(sys.argv[1])\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a failed write, not a killed process\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (512, 512))\n"
        "try:\n"
        "    net.save(sys.argv[1])\n"
        "except OSError as error:\n"
        "    print('OSError', error)\n")
    result = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("OSError"), result.stdout
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["model.h5"]   # no temporary left


def test_model_file_is_plain_hdf5(tmp_path, trained):
    h5py = pytest.importorskip("h5py")
    net, _ = trained
    net.save(tmp_path / "model.h5")
    with h5py.File(tmp_path / "model.h5", "r") as f:
        arrays = []
        f.visititems(lambda name, obj: arrays.append(obj) if isinstance(obj, h5py.Dataset) else None)
        values = [np.asarray(a[()]) for a in arrays if a.dtype.kind == "f"]
    # the weights of layer 1 are in the file, in one orientation or the other
    iw = net.IW
    assert any(v.shape in (iw.shape, iw.T.shape) and
               (np.array_equal(v, iw) or np.array_equal(v, iw.T)) for v in values)


def test_dataset_round_trip(tmp_path):
    rng = np.random.default_rng(2)
    x, t = rng.normal(size=(30, 3)), rng.normal(size=(30, 2))
    path = tmp_path / "data.h5"
    lmnet.save_dataset(path, np.asfortranarray(x), t.astype(np.float32),
                       input_names=["a", "b", "c"], target_names=["u", "v"],
                       train_ind=range(20), val_ind=[20, 21], test_ind=range(22, 30))
    ds = lmnet.load_dataset(path)
    np.testing.assert_array_equal(ds.x, x)
    np.testing.assert_array_equal(ds.t, t.astype(np.float32).astype(np.float64))
    assert ds.input_names == ["a", "b", "c"] and ds.target_names == ["u", "v"]
    np.testing.assert_array_equal(ds.train_ind, np.arange(20))
    np.testing.assert_array_equal(ds.valInd, [20, 21])
    np.testing.assert_array_equal(ds.test_ind, np.arange(22, 30))


def test_dataset_inputs_only(tmp_path):
    lmnet.Dataset(np.arange(5.0)).save(tmp_path / "x.h5")
    ds = lmnet.Dataset.load(tmp_path / "x.h5")
    assert ds.t is None and ds.x.shape == (5, 1) and ds.input_names is None


def test_bad_datasets(tmp_path):
    with pytest.raises(lmnet.NonFiniteError):
        lmnet.save_dataset(tmp_path / "d.h5", [1.0, np.nan], [1.0, 2.0])
    with pytest.raises(ValueError):
        lmnet.Dataset(np.ones((3, 2)), np.ones((4, 1)))
    with pytest.raises(ValueError):
        lmnet.Dataset(np.ones((3, 2)), input_names=["only one"])
    with pytest.raises(ValueError):
        lmnet.save_dataset(tmp_path / "d.h5", np.ones(3), train_ind=[5])   # index >= Q


def test_pickle_trained_network(trained, data):
    net, record = trained
    x, _ = data
    again = pickle.loads(pickle.dumps(net))
    np.testing.assert_array_equal(again(x), net(x))
    np.testing.assert_array_equal(again.getwb(), net.getwb())
    assert again.train_param.to_dict() == net.train_param.to_dict()
    assert again.transfer_fcns == net.transfer_fcns
    np.testing.assert_array_equal(again.record.perf, record.perf)
    assert again.record.options["seed"] == 3


def test_pickle_unconfigured_network_with_settings():
    net = lmnet.fitnet([3, 2], "trainbr")
    net.set_transfer_fcn(1, "radbas")
    net.train_param.epochs = 7
    net.output_process_fcns = ["mapminmax"]
    again = pickle.loads(pickle.dumps(net))
    assert not again.is_configured
    assert again.transfer_fcns == ["radbas", "tansig", "purelin"]
    assert again.train_fcn == "trainbr" and again.train_param.epochs == 7
    assert again.output_process_fcns == ["mapminmax"]


def test_pickle_record(trained):
    _, record = trained
    again = pickle.loads(pickle.dumps(record))
    for key in record.states:
        np.testing.assert_array_equal(getattr(again, key), getattr(record, key))
    assert again.train_param == record.train_param and again.options["seed"] == 3
