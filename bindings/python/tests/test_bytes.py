"""Networks and records as bytes (their HDF5 files' contents): to_bytes / from_bytes."""

import pickle

import numpy as np
import pytest

import lmnet


def test_round_trip_is_bit_identical(trained, data, tmp_path):
    net, record = trained
    net.train_param.epochs = 9
    blob = net.to_bytes()
    assert isinstance(blob, bytes)
    # an HDF5 file: its signature at 0 or after a user block (512, 1024, 2048, ... bytes)
    assert blob.find(b"\x89HDF\r\n\x1a\n") in (0, 512, 1024, 2048, 4096)
    again = lmnet.from_bytes(blob)
    x, _ = data
    np.testing.assert_array_equal(again.getwb(), net.getwb())
    np.testing.assert_array_equal(again(x), net(x))
    assert again.transfer_fcns == net.transfer_fcns and again.train_param.epochs == 9
    np.testing.assert_array_equal(again.record.perf, record.perf)
    # the same bytes as the file save() writes, which load() reads
    net.save(tmp_path / "model.h5")
    assert (tmp_path / "model.h5").read_bytes() == blob
    np.testing.assert_array_equal(lmnet.from_bytes(bytearray(blob)).getwb(), net.getwb())
    np.testing.assert_array_equal(lmnet.from_bytes(memoryview(blob)).getwb(), net.getwb())


def test_without_record(trained):
    net, _ = trained
    assert lmnet.from_bytes(net.to_bytes(record=False)).record is None


def test_bytes_travel_through_pickle(trained, data):
    net, _ = trained
    again = lmnet.from_bytes(pickle.loads(pickle.dumps(net.to_bytes())))
    np.testing.assert_array_equal(again(data[0]), net(data[0]))


def test_unconfigured_network_has_no_bytes():
    with pytest.raises(lmnet.NotConfiguredError):
        lmnet.fitnet(3).to_bytes()


def test_bad_bytes_are_refused(trained):
    net, _ = trained
    blob = net.to_bytes()
    with pytest.raises(lmnet.FileFormatError):
        lmnet.from_bytes(b"")
    with pytest.raises(lmnet.FileFormatError):
        lmnet.from_bytes(b"not a model file")
    with pytest.raises(lmnet.FileFormatError):
        lmnet.from_bytes(blob[: len(blob) // 2])              # truncated
    with pytest.raises(TypeError, match="bytes"):
        lmnet.from_bytes("model.h5")                           # a path is not bytes


def test_record_round_trip(trained, tmp_path):
    _, record = trained
    blob = record.to_bytes()
    record.save(tmp_path / "record.h5")
    assert (tmp_path / "record.h5").read_bytes() == blob
    again = lmnet.record_from_bytes(blob)
    for key in record.states:
        np.testing.assert_array_equal(getattr(again, key), getattr(record, key))
    assert again.stop == record.stop and again.best_epoch == record.best_epoch
    with pytest.raises(lmnet.FileFormatError):
        lmnet.record_from_bytes(blob[:100])
    with pytest.raises(lmnet.FileFormatError):
        lmnet.record_from_bytes(trained[0].to_bytes())       # a model file is not a record file
