"""Progress during training: the per-epoch callback, displays, and Ctrl-C.

The C library calls one ctypes callback after every epoch. It reads the
latest state from the record (lmnet_record_get_value(key, -1)), updates the
chosen display, then calls the user's callback. ctypes would print and
swallow an exception raised there, so the callback catches everything, asks
the library to stop (return 1), and train() re-raises it after the C call.
Ctrl-C stops training as MATLAB's Stop button does: "User stop.", best network.
"""

import ctypes
import math
import signal
import sys
import threading
import time
from dataclasses import dataclass

from ._capi import PROGRESS_FN
from ._lib import lib
from ._marshal import read_string
from .errors import check
from .record import SERIES, StopReason


@dataclass(frozen=True)
class ProgressInfo:
    """The state after one epoch, as given to a progress callback."""
    epoch: int
    time: float
    perf: float
    vperf: float
    tperf: float
    mu: float
    gradient: float
    val_fail: float
    stop: str = ""                       # MATLAB's sentence on the last call, else ""
    stop_reason: StopReason = StopReason.NONE
    gamk: float = None                   # trainbr only
    ssX: float = None                    # trainbr only

    def __getitem__(self, key):
        """info["perf"] works too (dict habit)."""
        return getattr(self, key)


def _latest(pointer, key):
    out = ctypes.c_double()
    check(lib.lmnet_record_get_value(pointer, key.encode(), -1, ctypes.byref(out)))
    return out.value


def read_progress(pointer, trainbr):
    values = {key: _latest(pointer, key) for key in SERIES}
    values["epoch"] = int(values["epoch"])
    out = ctypes.c_double()
    check(lib.lmnet_record_get_scalar(pointer, b"stop_reason", ctypes.byref(out)))
    reason = StopReason(int(out.value))
    stop = read_string(lib.lmnet_record_get_string, pointer, b"stop") if reason else ""
    extra = {key: _latest(pointer, key) for key in ("gamk", "ssX")} if trainbr else {}
    return ProgressInfo(stop=stop, stop_reason=reason, **values, **extra)


# ----------------------------------------------------------------- displays
def _fmt(value):
    return f"{value:.3g}" if math.isfinite(value) else str(value)


def status_line(info, options):
    """One line of MATLAB-like command-line progress for `info`."""
    parts = [f"Epoch {info.epoch:{len(str(options['epochs']))}d}/{options['epochs']}",
             f"Time {info.time:.3f}",
             f"Performance {info.perf:.3e}/{_fmt(options['goal'])}",
             f"Gradient {info.gradient:.3e}/{_fmt(options['min_grad'])}",
             f"Mu {info.mu:.3e}/{_fmt(options['mu_max'])}"]
    if options["max_fail"] and math.isfinite(info.val_fail):
        parts.append(f"Validation Checks {int(info.val_fail)}/{options['max_fail']}")
    if info.gamk is not None:
        parts.append(f"Effective # Param {info.gamk:.4g}")
    return ", ".join(parts)


class LinesDisplay:
    """MATLAB's command-line output: a line every `show` epochs and the last one."""

    def __init__(self, options, stream=None):
        self.options = options
        self.stream = stream or sys.stdout
        self.last_printed = None
        show = options["show"]
        self.show = int(show) if math.isfinite(show) and show >= 1 else None

    def start(self):
        if self.show:
            print(f"Training with {self.options['train_fcn'].upper()}.", file=self.stream)

    def update(self, info):
        if self.show and (info.epoch % self.show == 0 or info.stop):
            print(status_line(info, self.options), file=self.stream, flush=True)
            self.last_printed = info.epoch

    def finish(self, last_info, stop):
        if not self.show:
            return
        if last_info is not None and self.last_printed != last_info.epoch:
            print(status_line(last_info, self.options), file=self.stream)
        print(f"Training with {self.options['train_fcn'].upper()} completed: {stop}",
              file=self.stream, flush=True)


def _notebook_display():
    """IPython's display function when running in a Jupyter kernel, else None."""
    shell_module = sys.modules.get("IPython")
    if shell_module is None:
        return None
    try:
        shell = shell_module.get_ipython()
        if shell is None or type(shell).__name__ != "ZMQInteractiveShell":
            return None
        from IPython.display import display
        return display
    except Exception:
        return None


class LineDisplay:
    """A single line updated in place: \\r in a terminal, a display handle in a notebook."""

    interval = 0.1  # seconds between refreshes

    def __init__(self, options, stream=None):
        self.options = options
        self.stream = stream or sys.stdout
        self.last_time = -math.inf
        self.width = 0
        self.handle = None
        self.notebook = _notebook_display()

    def start(self):
        pass

    def _write(self, text):
        if self.notebook is not None:
            if self.handle is None:
                self.handle = self.notebook({"text/plain": text}, raw=True, display_id=True)
            else:
                self.handle.update({"text/plain": text}, raw=True)
            return
        self.stream.write("\r" + text.ljust(self.width))
        self.stream.flush()
        self.width = len(text)

    def update(self, info):
        now = time.monotonic()
        if now - self.last_time >= self.interval or info.stop:
            self.last_time = now
            self._write(status_line(info, self.options))

    def finish(self, last_info, stop):
        text = status_line(last_info, self.options) + " — " if last_info else ""
        self._write(f"{text}{stop}")
        if self.notebook is None:
            self.stream.write("\n")
            self.stream.flush()


def make_display(display, options):
    """None/False: none; "lines": MATLAB lines every `show` epochs; "line": one updating
    line; True/"auto": "line" in a notebook or a terminal, else "lines"."""
    if display is None or display is False:
        return None
    if display is True or display == "auto":
        interactive = _notebook_display() is not None or getattr(sys.stdout, "isatty", lambda: False)()
        display = "line" if interactive else "lines"
    if display == "lines":
        return LinesDisplay(options)
    if display == "line":
        return LineDisplay(options)
    if hasattr(display, "update") and hasattr(display, "finish"):
        return display  # an object of the user's with start/update/finish
    raise ValueError(f"display must be None, False, True, 'auto', 'lines' or 'line', not {display!r}")


# ------------------------------------------------------------------- Ctrl-C
class _InterruptWatch:
    """While any training runs on the main thread, SIGINT sets a flag that the
    callback turns into "stop" instead of raising KeyboardInterrupt somewhere
    ctypes would swallow it."""

    def __init__(self):
        self.lock = threading.Lock()
        self.sessions = []
        self.previous = None

    def _handler(self, signum, frame):
        for session in list(self.sessions):
            session.interrupted = True

    def enter(self, session):
        if threading.current_thread() is not threading.main_thread():
            return False  # only the main thread receives Python signal handlers
        with self.lock:
            if not self.sessions:
                try:
                    current = signal.getsignal(signal.SIGINT)
                    if current is not signal.default_int_handler:
                        return False  # the program has its own handler: leave it alone
                    self.previous = signal.signal(signal.SIGINT, self._handler)
                except (ValueError, OSError):
                    return False
            self.sessions.append(session)
            return True

    def leave(self, session):
        with self.lock:
            self.sessions.remove(session)
            if not self.sessions and self.previous is not None:
                signal.signal(signal.SIGINT, self.previous)
                self.previous = None


_watch = _InterruptWatch()


class ProgressSession:
    """Everything one lmnet_train call needs for progress; use as a context manager."""

    def __init__(self, callback, display, options):
        if callback is not None and not callable(callback):
            raise TypeError("callback must be callable (it receives a ProgressInfo)")
        self.callback = callback
        self.display = make_display(display, options)
        self.trainbr = options.get("train_fcn") == "trainbr"
        self.error = None
        self.interrupted = False
        self.last_info = None
        self.watching = False
        # Kept alive by this object for the duration of the C call.
        self.c_function = PROGRESS_FN(self._on_epoch)

    def _on_epoch(self, record_pointer, user):
        try:
            if self.error is not None or self.interrupted:
                return 1
            info = read_progress(record_pointer, self.trainbr)
            self.last_info = info
            if self.display is not None:
                self.display.update(info)
            if self.callback is not None and self.callback(info):
                return 1
            return 1 if self.interrupted else 0
        except KeyboardInterrupt:
            self.interrupted = True
            return 1
        except BaseException as error:  # re-raised by train() after the C call
            self.error = error
            return 1

    def __enter__(self):
        self.watching = _watch.enter(self)
        if self.display is not None:
            self.display.start()
        return self

    def __exit__(self, *exc):
        if self.watching:
            _watch.leave(self)
        return False

    def finish(self, record):
        if self.display is not None and record is not None:
            last = self.last_info
            if last is None or last.epoch != record.num_epochs:
                last = None
            self.display.finish(last, record.stop)
