"""Per-epoch callback, stopping, exceptions in callbacks, Ctrl-C, displays."""

import os
import signal
import threading
import time

import numpy as np
import pytest

import lmnet


def test_callback_sees_every_epoch_with_the_record_values(data):
    x, t = data
    seen = []
    tr = lmnet.fitnet(5).train(x, t, seed=1, epochs=12, callback=seen.append)
    assert [info.epoch for info in seen] == list(range(tr.num_epochs + 1))
    for info in seen:
        e = info.epoch
        assert (info.perf, info.vperf, info.tperf) == (tr.perf[e], tr.vperf[e], tr.tperf[e])
        assert (info.mu, info.gradient, info.val_fail) == (tr.mu[e], tr.gradient[e], tr.val_fail[e])
        assert info.time == tr.time[e] and info["perf"] == info.perf
    assert all(info.stop == "" for info in seen[:-1])
    assert seen[-1].stop == tr.stop and seen[-1].stop_reason == tr.stop_reason   # last call knows


def test_callback_returning_true_stops_with_user_stop(data):
    x, t = data
    net = lmnet.fitnet(5)
    tr = net.train(x, t, seed=1, callback=lambda info: info.epoch >= 3)
    assert tr.stop == "User stop." and tr.stop_reason == lmnet.StopReason.USER
    assert tr.num_epochs == 3 and net.record is tr


def test_exception_in_callback_stops_training_and_is_raised(data):
    x, t = data
    net = lmnet.fitnet(5)
    calls = []

    def broken(info):
        calls.append(info.epoch)
        if info.epoch == 2:
            raise ZeroDivisionError("from the callback")

    with pytest.raises(ZeroDivisionError, match="from the callback"):
        net.train(x, t, seed=1, epochs=50, callback=broken)
    assert calls == [0, 1, 2]                                     # stopped at once
    assert net.record.stop == "User stop." and net.record.num_epochs == 2
    y = net(x)                                                    # the best network is kept
    tr = net.record
    assert np.mean((t[tr.train_ind] - y[tr.train_ind]) ** 2) == pytest.approx(tr.best_perf, rel=1e-9)


def test_keyboard_interrupt_in_callback_is_a_clean_user_stop(data):
    x, t = data

    def interrupt(info):
        if info.epoch == 4:
            raise KeyboardInterrupt

    tr = lmnet.fitnet(5).train(x, t, seed=1, epochs=50, callback=interrupt)
    assert tr.stop == "User stop." and tr.num_epochs == 4


@pytest.mark.skipif(threading.current_thread() is not threading.main_thread(),
                    reason="signals reach the main thread only")
def test_ctrl_c_stops_training_cleanly(data):
    x, t = data
    slow = lambda info: time.sleep(0.02)                          # keep training busy a while
    timer = threading.Timer(0.3, os.kill, (os.getpid(), signal.SIGINT))
    timer.start()
    try:
        net = lmnet.fitnet(5)
        tr = net.train(x, t, seed=1, epochs=1000, min_grad=0, max_fail=1000, callback=slow)
    finally:
        timer.cancel()
    assert tr.stop == "User stop." and 0 < tr.num_epochs < 1000
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler     # restored
    assert np.isfinite(net(x)).all()


def test_lines_display_is_matlab_like(data, capsys):
    x, t = data
    lmnet.fitnet(5).train(x, t, seed=1, epochs=5, min_grad=0, show=2, display="lines")
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "Training with TRAINLM."
    epochs = [line.split(",")[0] for line in lines[1:-1]]
    assert epochs == ["Epoch 0/5", "Epoch 2/5", "Epoch 4/5", "Epoch 5/5"]
    assert "Performance" in lines[1] and "Gradient" in lines[1] and "Validation Checks" in lines[1]
    assert lines[-1] == "Training with TRAINLM completed: Maximum epoch reached."


def test_show_nan_prints_nothing(data, capsys):
    x, t = data
    lmnet.fitnet(5).train(x, t, seed=1, epochs=3, show=None, display="lines")
    assert capsys.readouterr().out == ""


def test_single_line_display(data, capsys):
    x, t = data
    net = lmnet.fitnet(5)
    net.display = "line"
    net.train(x, t, seed=1, epochs=3, min_grad=0)
    out = capsys.readouterr().out
    assert out.startswith("\r") and out.endswith("Maximum epoch reached.\n")
    assert out.count("\n") == 1


def test_no_output_by_default(data, capsys):
    x, t = data
    lmnet.fitnet(5).train(x, t, seed=1, epochs=3)
    assert capsys.readouterr().out == ""


def test_bad_callback_and_display(data):
    x, t = data
    with pytest.raises(TypeError):
        lmnet.fitnet(5).train(x, t, callback=42)
    with pytest.raises(ValueError):
        lmnet.fitnet(5).train(x, t, display="fancy")


def test_trainbr_progress_has_gamk(data):
    x, t = data
    seen = []
    lmnet.fitnet(3, "trainbr").train(x, t, seed=1, epochs=3, callback=seen.append)
    assert all(info.gamk is not None and info.ssX is not None for info in seen)


def test_notebook_line_display_updates_one_output(data, monkeypatch):
    from lmnet import progress

    class Handle:
        def __init__(self):
            self.texts = []

        def update(self, content, raw):
            self.texts.append(content["text/plain"])

    handle = Handle()
    shown = []

    def fake_display(content, raw, display_id):
        shown.append(content["text/plain"])
        return handle

    monkeypatch.setattr(progress, "_notebook_display", lambda: fake_display)
    monkeypatch.setattr(progress.LineDisplay, "interval", 0.0)
    x, t = data
    lmnet.fitnet(3).train(x, t, seed=1, epochs=4, min_grad=0, display=True)
    assert len(shown) == 1 and shown[0].startswith("Epoch 0/4")    # one output, then updates
    assert handle.texts[-1].endswith("Maximum epoch reached.")
    assert any(text.startswith("Epoch 4/4") for text in handle.texts)
