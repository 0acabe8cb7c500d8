"""The network: MATLAB's fitnet/feedforwardnet object with Python habits.

Data are (samples, features) numpy arrays — the transpose of MATLAB's
features-by-samples matrices: MATLAB `net(x)` is Python `net(x.T)`. Weight
matrices keep MATLAB's orientation: IW and LW are (layer size, inputs of the
layer), i.e. out x in, so `W @ a + b` is the layer's net input for a column a.
"""

import ctypes
import os
import weakref

import numpy as np

from . import _capi
from ._lib import lib
from ._marshal import (as_samples, byte_buffer, doubles, encode, int64s, read_bytes,
                       read_int64, read_string)
from .errors import DimensionError, InvalidArgumentError, check
from .options import DIVIDE_PARAM_KEYS, TRAIN_PARAM_KEYS, Options, OptionsView
from .progress import ProgressSession
from .record import TrainingRecord, record_from_bytes

_SIDES = {"input": _capi.LMNET_INPUT, "inputs": _capi.LMNET_INPUT,
          "output": _capi.LMNET_OUTPUT, "outputs": _capi.LMNET_OUTPUT}


def _side(side):
    try:
        return _SIDES[side]
    except (KeyError, TypeError):
        raise InvalidArgumentError(f"side must be 'input' or 'output', not {side!r}") from None


def _seed(seed, name="seed"):
    if isinstance(seed, (bool, np.bool_)) or not isinstance(seed, (int, np.integer)):
        raise InvalidArgumentError(f"{name} must be a non-negative integer, not {seed!r}")
    if not 0 <= int(seed) < 2 ** 64:
        raise InvalidArgumentError(f"{name} must be in [0, 2^64), not {seed}")
    return int(seed)


def _hidden_sizes(hidden_sizes):
    sizes = np.atleast_1d(np.asarray(hidden_sizes if hidden_sizes is not None else []))
    if sizes.size and sizes.dtype.kind not in "iu" and not (
            sizes.dtype.kind == "f" and np.all(sizes == np.round(sizes))):
        raise InvalidArgumentError(f"hidden_sizes must be integers, not {hidden_sizes!r}")
    if sizes.ndim != 1:
        raise DimensionError("hidden_sizes must be an integer or a 1-D list of integers")
    return np.ascontiguousarray(sizes, dtype=np.int64)


class Network:
    """A feed-forward fitting network trained by Levenberg–Marquardt.

    Create it with lmnet.fitnet(hidden_sizes, train_fcn) or
    lmnet.feedforwardnet(...). It holds the network (weights, transfer and
    processing functions) and, as MATLAB's net does, its training settings:
    train_fcn, train_param, divide_fcn, divide_param, perform_fcn,
    perform_param and seed. `record` is the record of the latest training.
    """

    def __init__(self, hidden_sizes=10, train_fcn="trainlm", *, _pointer=None, _options=None):
        if _pointer is None:
            sizes = _hidden_sizes(hidden_sizes)
            out = ctypes.c_void_p()
            check(lib.lmnet_network_create(int64s(sizes), sizes.size, ctypes.byref(out)),
                  "hidden_sizes")
            _pointer = out.value
        self._ptr = _pointer
        self._finalizer = weakref.finalize(self, lib.lmnet_network_free, _pointer)
        self._options = _options if _options is not None else Options()
        if _options is None and train_fcn is not None:
            self._options.set("trainFcn", train_fcn)
        #: the TrainingRecord of the latest train() (or the one loaded with the network)
        self.record = None
        #: default progress display for train(): None, "lines", "line" or True
        self.display = None

    # ------------------------------------------------------------ structure
    @property
    def num_layers(self):
        return read_int64(lib.lmnet_network_num_layers, self._ptr)

    def layer_size(self, layer):
        """Size of layer `layer` (1..num_layers, MATLAB's numbering)."""
        return read_int64(lib.lmnet_network_layer_size, self._ptr, int(layer))

    @property
    def layer_sizes(self):
        return tuple(self.layer_size(k) for k in range(1, self.num_layers + 1))

    @property
    def hidden_sizes(self):
        return self.layer_sizes[:-1]

    @property
    def num_inputs(self):
        return read_int64(lib.lmnet_network_num_inputs, self._ptr)

    @property
    def num_outputs(self):
        return read_int64(lib.lmnet_network_num_outputs, self._ptr)

    @property
    def num_weights(self):
        """MATLAB net.numWeightElements (0 until configured)."""
        return read_int64(lib.lmnet_network_num_weights, self._ptr)

    numWeightElements = num_weights

    @property
    def is_configured(self):
        out = ctypes.c_int32()
        check(lib.lmnet_network_is_configured(self._ptr, ctypes.byref(out)))
        return bool(out.value)

    # ------------------------------------------------- transfer functions
    def get_transfer_fcn(self, layer):
        return read_string(lib.lmnet_network_get_transfer_fcn, self._ptr, int(layer))

    def set_transfer_fcn(self, layer, name):
        """MATLAB net.layers{layer}.transferFcn = name; the weights are kept."""
        check(lib.lmnet_network_set_transfer_fcn(self._ptr, int(layer), encode(name, "name")),
              f"layer {layer}")
        return self

    @property
    def transfer_fcns(self):
        """Transfer function of every layer, first to output, e.g. ['tansig', 'purelin']."""
        return [self.get_transfer_fcn(k) for k in range(1, self.num_layers + 1)]

    @transfer_fcns.setter
    def transfer_fcns(self, names):
        names = [names] if isinstance(names, str) else list(names)
        if len(names) != self.num_layers:
            raise DimensionError(f"need {self.num_layers} transfer functions, got {len(names)}")
        for layer, name in enumerate(names, start=1):
            self.set_transfer_fcn(layer, name)

    # ------------------------------------------------------------ processing
    def get_process_fcns(self, side):
        """Processing functions of 'input' or 'output', e.g. ['removeconstantrows', 'mapminmax']."""
        text = read_string(lib.lmnet_network_get_process_fcns, self._ptr, _side(side))
        return [name for name in text.split(",") if name]

    def set_process_fcns(self, side, names):
        """Set them (this unconfigures the network)."""
        names = [names] if isinstance(names, str) else list(names)
        check(lib.lmnet_network_set_process_fcns(self._ptr, _side(side),
                                                 encode(",".join(names), "process_fcns")), side)
        return self

    input_process_fcns = property(lambda self: self.get_process_fcns("input"),
                                  lambda self, names: self.set_process_fcns("input", names))
    output_process_fcns = property(lambda self: self.get_process_fcns("output"),
                                   lambda self, names: self.set_process_fcns("output", names))

    def get_process_settings(self, side):
        """(xmin, xmax) per original row of the inputs or outputs, as configured."""
        n = self.num_inputs if _side(side) == _capi.LMNET_INPUT else self.num_outputs
        xmin = np.empty(n)
        xmax = np.empty(n)
        check(lib.lmnet_network_get_process_settings(self._ptr, _side(side), doubles(xmin),
                                                     doubles(xmax), n), side)
        return xmin, xmax

    def set_process_settings(self, side, xmin, xmax):
        """Define the rows' ranges (and so the number of inputs or outputs)."""
        xmin = np.ascontiguousarray(np.atleast_1d(xmin), dtype=np.float64)
        xmax = np.ascontiguousarray(np.atleast_1d(xmax), dtype=np.float64)
        if xmin.ndim != 1 or xmin.shape != xmax.shape:
            raise DimensionError("xmin and xmax must be 1-D and of equal length")
        check(lib.lmnet_network_set_process_settings(self._ptr, _side(side), doubles(xmin),
                                                     doubles(xmax), xmin.size), side)
        return self

    # --------------------------------------------------------- configuration
    def configure(self, x, t, seed=None):
        """MATLAB configure(net, x, t) + init: sizes and processing settings from all
        samples of x (samples, inputs) and t (samples, outputs), weights from `seed`
        (default: the network's `seed` option). Returns self."""
        x, _ = as_samples(x, "x")
        t, _ = as_samples(t, "t")
        _same_samples(x, t)
        seed = self.seed if seed is None else _seed(seed)
        check(lib.lmnet_network_configure(self._ptr, doubles(x), doubles(t), x.shape[0],
                                          x.shape[1], t.shape[1], seed), "configure")
        return self

    def init(self, seed=None):
        """MATLAB init(net): new initial weights from `seed` (default: the `seed` option)."""
        seed = self.seed if seed is None else _seed(seed)
        check(lib.lmnet_network_init(self._ptr, seed), "init")
        return self

    # ---------------------------------------------------------------- weights
    def getwb(self):
        """The flat weight vector in MATLAB getwb order (a copy)."""
        w = np.empty(self.num_weights)
        check(lib.lmnet_network_get_weights(self._ptr, doubles(w), w.size), "getwb")
        return w

    def setwb(self, w):
        """MATLAB setwb(net, w): set every weight and bias from the flat vector."""
        w = np.asarray(w)
        if w.dtype.kind not in "biuf":
            raise InvalidArgumentError(f"weights must be real numbers, not dtype {w.dtype}")
        if w.ndim != 1:
            raise DimensionError(f"weights must be a 1-D vector, not shape {w.shape}")
        w = np.ascontiguousarray(w, dtype=np.float64)
        check(lib.lmnet_network_set_weights(self._ptr, doubles(w), w.size), "setwb")
        return self

    weights = property(getwb, setwb, doc="The flat weight vector (getwb / setwb order).")

    def _layer_shapes(self):
        """(S_k, inputs of layer k) for k = 1..L, the shapes of the weight matrices."""
        sizes = self.layer_sizes
        total = self.num_weights
        later = sum(s * (prev + 1) for prev, s in zip(sizes, sizes[1:]))
        first_inputs = (total - later) // sizes[0] - 1 if sizes[0] else 0
        inputs = (first_inputs,) + sizes[:-1]
        return list(zip(sizes, inputs))

    def layer_weights(self, layer):
        """(W, b) of layer `layer` (1..L): W is (S_k, inputs of layer k), MATLAB's
        IW{1,1} for layer 1 and LW{k,k-1} otherwise; b is b{k}."""
        return self._split()[int(layer) - 1]

    def _split(self):
        w = self.getwb()
        layers, offset = [], 0
        for size, inputs in self._layer_shapes():
            b = w[offset:offset + size]
            offset += size
            # column-major (size x inputs): element (i, j) is at j*size + i
            W = w[offset:offset + size * inputs].reshape(inputs, size).T.copy()
            offset += size * inputs
            layers.append((W, b.copy()))
        return layers

    def set_layer_weights(self, layer, W=None, b=None):
        """Replace W and/or b of layer `layer` (1..L), shapes as layer_weights()."""
        layers = self._split()
        k = int(layer) - 1
        if not 0 <= k < len(layers):
            raise InvalidArgumentError(f"layer must be in 1..{len(layers)}, not {layer}")
        old_W, old_b = layers[k]
        if W is not None:
            W = np.asarray(W, dtype=np.float64)
            if W.shape != old_W.shape:
                raise DimensionError(f"W of layer {layer} must have shape {old_W.shape}, not {W.shape}")
            old_W = W
        if b is not None:
            b = np.asarray(b, dtype=np.float64).reshape(-1)
            if b.shape != old_b.shape:
                raise DimensionError(f"b of layer {layer} must have {old_b.size} values, not {b.size}")
            old_b = b
        layers[k] = (old_W, old_b)
        self.setwb(np.concatenate([np.concatenate([b_, W_.T.reshape(-1)]) for W_, b_ in layers]))
        return self

    @property
    def IW(self):
        """MATLAB net.IW{1,1}: (S_1, inputs) — a copy; write with set_layer_weights(1, W=...)."""
        return self.layer_weights(1)[0]

    @property
    def LW(self):
        """MATLAB net.LW as a dict keyed like MATLAB: LW[2, 1] is (S_2, S_1). Copies."""
        return {(k, k - 1): W for k, (W, _) in enumerate(self._split(), start=1) if k > 1}

    @property
    def b(self):
        """MATLAB net.b as a dict keyed by layer number: b[1] ... b[L]. Copies."""
        return {k: b for k, (_, b) in enumerate(self._split(), start=1)}

    # ------------------------------------------------------------ simulation
    def sim(self, x):
        """y = net(x). x is (samples, inputs); y is (samples, outputs). A 1-D x (one
        input) gives a 1-D y when the network has one output."""
        x, was_1d = as_samples(x, "x")
        outputs = self.num_outputs
        y = np.empty((x.shape[0], outputs))
        check(lib.lmnet_network_sim(self._ptr, doubles(x), x.shape[0], x.shape[1],
                                    doubles(y), y.size), "sim")
        return y[:, 0] if was_1d and outputs == 1 else y

    __call__ = sim

    def perform(self, t, y):
        """MATLAB perform(net, t, y) with this network's perform_fcn and regularization.
        NaN targets are left out."""
        t, _ = as_samples(t, "t")
        y, _ = as_samples(y, "y")
        if t.shape != y.shape:
            raise DimensionError(f"t has shape {t.shape} but y has shape {y.shape}")
        out = ctypes.c_double()
        check(lib.lmnet_perform(self._ptr, self._options._ptr, doubles(t), doubles(y),
                                t.shape[0], t.shape[1], ctypes.byref(out)), "perform")
        return out.value

    # -------------------------------------------------------------- training
    def train(self, x, t, *, callback=None, display=None, **params):
        """MATLAB [net, tr] = train(net, x, t): trains in place, returns the record.

        x is (samples, inputs), t is (samples, outputs); 1-D means one column.
        Keyword parameters (MATLAB names, see lmnet.options) apply to this call
        only; set net.train_param.epochs = ... to keep a setting.
        callback(info) runs after every epoch; returning True stops training
        ("User stop."), and an exception it raises stops training and is raised
        here. display: None, "lines" (every `show` epochs), "line" or True.
        Ctrl-C stops training with "User stop." and keeps the best network.
        """
        x, _ = as_samples(x, "x")
        t, _ = as_samples(t, "t")
        _same_samples(x, t)
        options = self._options.copy().update(params) if params else self._options.copy()
        settings = options.to_dict()
        session = ProgressSession(callback, self.display if display is None else display, settings)
        record_out = ctypes.c_void_p()
        with session:
            status = lib.lmnet_train(self._ptr, options._ptr, doubles(x), doubles(t),
                                     x.shape[0], x.shape[1], t.shape[1], session.c_function,
                                     None, ctypes.byref(record_out))
        record = TrainingRecord(record_out.value, settings) if record_out.value else None
        if status != 0 and session.error is not None:
            raise session.error  # the callback's failure came first
        check(status, "train")
        self.record = record
        session.finish(record)
        if session.error is not None:
            raise session.error
        return record

    # ------------------------------------------------------------- settings
    def _get_option(name):
        return property(lambda self: self._options.get(name),
                        lambda self, value: self._options.set(name, value))

    train_fcn = _get_option("trainFcn")    # setting it resets train_param to its defaults
    divide_fcn = _get_option("divideFcn")
    perform_fcn = _get_option("performFcn")
    seed = _get_option("seed")
    trainFcn, divideFcn, performFcn = train_fcn, divide_fcn, perform_fcn
    del _get_option

    @property
    def train_param(self):
        """MATLAB net.trainParam, live: net.train_param.epochs = 50."""
        return OptionsView(self, TRAIN_PARAM_KEYS)

    @property
    def divide_param(self):
        """MATLAB net.divideParam (train_ratio, val_ratio, test_ratio, and divideind's
        train_ind, val_ind, test_ind), live."""
        return OptionsView(self, DIVIDE_PARAM_KEYS + ("trainInd", "valInd", "testInd"))

    @property
    def perform_param(self):
        """MATLAB net.performParam (regularization), live."""
        return OptionsView(self, ("regularization",))

    trainParam, divideParam, performParam = train_param, divide_param, perform_param

    @property
    def options(self):
        """Every training setting as a dict (a copy)."""
        return self._options.to_dict()

    def set_options(self, **params):
        """Keep training settings: net.set_options(epochs=50, divide_fcn='divideblock')."""
        self._options.update(params)
        return self

    # ------------------------------------------------------ copies and files
    def copy(self):
        """An independent deep copy (network, settings; the record is shared, it is immutable)."""
        out = ctypes.c_void_p()
        check(lib.lmnet_network_clone(self._ptr, ctypes.byref(out)), "clone")
        twin = Network(_pointer=out.value, _options=self._options.copy())
        twin.record = self.record
        twin.display = self.display
        return twin

    clone = copy
    __copy__ = copy

    def __deepcopy__(self, memo):
        return self.copy()

    def save(self, path, record=True):
        """Save to an HDF5 model file with the settings and, unless record is False,
        `record` (default: self.record, the latest training's)."""
        if record is True:
            record = self.record
        rec_ptr = record._ptr if record else None
        check(lib.lmnet_network_save(self._ptr, rec_ptr, self._options._ptr, os.fsencode(path)),
              os.fspath(path))

    def to_bytes(self, record=True):
        """The bytes of the HDF5 model file that save() writes (same arguments): a
        network as one `bytes` value, to send between processes or machines and
        to store anywhere. lmnet.from_bytes(b) reads it back (bit-identical)."""
        if record is True:
            record = self.record
        return read_bytes(lib.lmnet_network_save_bytes, self._ptr, record._ptr if record else None,
                          self._options._ptr)

    def __getstate__(self):
        """Pickled as settings + processing settings + weights (+ the record's file bytes)."""
        configured = self.is_configured
        state = {
            "version": 1,
            "hidden_sizes": list(self.hidden_sizes),
            "transfer_fcns": self.transfer_fcns,
            "process_fcns": (self.get_process_fcns("input"), self.get_process_fcns("output")),
            "options": self._options.to_dict(),
            "configured": configured,
            "display": self.display,
            "record": self.record.to_bytes() if self.record is not None else None,
            "record_options": self.record.options if self.record is not None else None,
        }
        if configured:
            state["input_settings"] = self.get_process_settings("input")
            state["output_settings"] = self.get_process_settings("output")
            state["weights"] = self.getwb()
        return state

    def __setstate__(self, state):
        Network.__init__(self, state["hidden_sizes"], None,
                         _options=Options.from_dict(state["options"]))
        self.transfer_fcns = state["transfer_fcns"]
        self.set_process_fcns("input", state["process_fcns"][0])
        self.set_process_fcns("output", state["process_fcns"][1])
        if state["configured"]:
            self.set_process_settings("input", *state["input_settings"])
            self.set_process_settings("output", *state["output_settings"])
            self.setwb(state["weights"])
        self.display = state["display"]
        if state["record"] is not None:
            self.record = record_from_bytes(state["record"], state["record_options"])

    def __repr__(self):
        sizes = "-".join(str(s) for s in (self.num_inputs,) + self.layer_sizes)
        shape = sizes if self.is_configured else f"hidden {list(self.hidden_sizes)}, unconfigured"
        return (f"<lmnet.Network {shape}, {'/'.join(self.transfer_fcns)}, "
                f"train_fcn={self.train_fcn!r}>")


def _same_samples(x, t):
    if x.shape[0] != t.shape[0]:
        raise DimensionError(
            f"x has {x.shape[0]} samples (rows) but t has {t.shape[0]}; "
            f"arrays are (samples, features) — MATLAB's x is x.T here")


def fitnet(hidden_sizes=10, train_fcn="trainlm"):
    """MATLAB fitnet(hiddenSizes, trainFcn): hidden tansig layers, purelin output."""
    return Network(hidden_sizes, train_fcn)


def feedforwardnet(hidden_sizes=10, train_fcn="trainlm"):
    """MATLAB feedforwardnet(hiddenSizes, trainFcn): the same network as fitnet."""
    return Network(hidden_sizes, train_fcn)


def load(path):
    """Load a network saved by Network.save (its record, if saved, is net.record)."""
    net_out, rec_out, opts_out = ctypes.c_void_p(), ctypes.c_void_p(), ctypes.c_void_p()
    check(lib.lmnet_network_load(os.fsencode(path), ctypes.byref(net_out), ctypes.byref(rec_out),
                                 ctypes.byref(opts_out)), os.fspath(path))
    return _adopt(net_out.value, rec_out.value, opts_out.value)


def _adopt(net_pointer, record_pointer, options_pointer):
    """Own the handles a load returned: the network, its record and options (or None)."""
    options = Options(options_pointer) if options_pointer else None
    net = Network(_pointer=net_pointer, _options=options)
    if record_pointer:
        net.record = TrainingRecord(record_pointer, options.to_dict() if options else None)
    return net


def from_bytes(data):
    """A network from the bytes of a model file (Network.to_bytes, or a file's
    contents); its record, if stored, is net.record. Bytes that are no valid
    model file raise lmnet.FileFormatError."""
    buffer, size = byte_buffer(data, "from_bytes")
    net_out, rec_out, opts_out = ctypes.c_void_p(), ctypes.c_void_p(), ctypes.c_void_p()
    check(lib.lmnet_network_load_bytes(buffer, size, ctypes.byref(net_out), ctypes.byref(rec_out),
                                       ctypes.byref(opts_out)), "from_bytes")
    return _adopt(net_out.value, rec_out.value, opts_out.value)


def perform(t, y, perform_fcn="mse"):
    """MATLAB perform with no network: mse (mean) or sse (sum) of t - y, NaN targets left out."""
    t, _ = as_samples(t, "t")
    y, _ = as_samples(y, "y")
    if t.shape != y.shape:
        raise DimensionError(f"t has shape {t.shape} but y has shape {y.shape}")
    options = Options().update({"perform_fcn": perform_fcn})
    out = ctypes.c_double()
    check(lib.lmnet_perform(None, options._ptr, doubles(t), doubles(y), t.shape[0], t.shape[1],
                            ctypes.byref(out)), "perform")
    return out.value


class MultistartResult:
    """What train_multistart returns: the winning network `net` (with its `record`),
    the winner's index `winner` and seed `winner_seed`, the `seeds`, and every
    start's best validation (`best_vperf`) and training (`best_perf`) performance."""

    def __init__(self, net, winner, seeds, best_vperf, best_perf):
        self.net = net
        self.record = net.record
        self.winner = winner
        self.seeds = seeds
        self.winner_seed = int(seeds[winner])
        self.best_vperf = best_vperf
        self.best_perf = best_perf

    def __repr__(self):
        return (f"MultistartResult(winner={self.winner}, winner_seed={self.winner_seed}, "
                f"best_vperf={self.best_vperf[self.winner]:.6g}, "
                f"best_perf={self.best_perf[self.winner]:.6g}, starts={len(self.seeds)})")


def train_multistart(net, x, t, seeds, num_threads=None, **params):
    """Train copies of `net` from each of `seeds` on up to num_threads threads (default:
    lmnet.get_num_threads()); the division is drawn once from the `seed` option.
    The lowest best validation performance wins (the lowest best training performance
    when there is no validation set, e.g. divide_fcn="dividetrain"); ties go to the
    lower index. The result does not depend on num_threads. `net` is unchanged."""
    x, _ = as_samples(x, "x")
    t, _ = as_samples(t, "t")
    _same_samples(x, t)
    seeds = np.ascontiguousarray([_seed(s, "seeds") for s in np.atleast_1d(seeds)], dtype=np.uint64)
    if num_threads is None:
        num_threads = lib.lmnet_get_num_threads()
    options = net._options.copy().update(params)
    best_out, rec_out = ctypes.c_void_p(), ctypes.c_void_p()
    winner = ctypes.c_int64(-1)
    vperf = np.empty(seeds.size)
    perf = np.empty(seeds.size)
    status = lib.lmnet_train_multistart(
        net._ptr, options._ptr, doubles(x), doubles(t), x.shape[0], x.shape[1], t.shape[1],
        seeds.ctypes.data_as(ctypes.POINTER(ctypes.c_uint64)), seeds.size, int(num_threads),
        ctypes.byref(best_out), ctypes.byref(rec_out), ctypes.byref(winner),
        doubles(vperf), doubles(perf))
    best = Network(_pointer=best_out.value, _options=options) if best_out.value else None
    record = TrainingRecord(rec_out.value, options.to_dict()) if rec_out.value else None
    check(status, "train_multistart")
    best.record = record
    return MultistartResult(best, winner.value, seeds, vperf, perf)
