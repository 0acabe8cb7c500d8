"""Array conversion (never a silent wrong answer) and every kind of bad input."""

import numpy as np
import pytest

import lmnet
from lmnet import errors


@pytest.fixture
def xy2():
    rng = np.random.default_rng(5)
    x = rng.uniform(-1, 1, size=(50, 2))
    t = np.column_stack([x[:, 0] - x[:, 1], x[:, 0] * x[:, 1]])
    return x, t


def train_weights(x, t):
    net = lmnet.fitnet(4)
    net.train(x, t, seed=9, epochs=4)
    return net.getwb()


def test_layouts_and_dtypes_give_the_same_answer(xy2):
    x, t = xy2
    expected = train_weights(x, t)
    wide = np.zeros((x.shape[0], 4))
    wide[:, ::2] = x
    variants = [
        (np.asfortranarray(x), np.asfortranarray(t)),                 # Fortran order
        (x.T.copy().T, t.T.copy().T),                                 # transposed views
        (x.tolist(), t.tolist()),                                     # nested lists
        (wide[:, ::2], t),                                            # strided view
    ]
    for xv, tv in variants:
        np.testing.assert_array_equal(train_weights(xv, tv), expected)


def test_float32_and_integers_are_converted_exactly():
    x = np.arange(30).reshape(15, 2)                                  # int64
    t = (x[:, :1] * 3 - x[:, 1:]).astype(np.int32)
    expected = train_weights(x.astype(np.float64), t.astype(np.float64))
    np.testing.assert_array_equal(train_weights(x, t), expected)
    x32 = (np.arange(30, dtype=np.float32) / 7).reshape(15, 2)
    net = lmnet.fitnet(3)
    net.train(x32, t, seed=1, epochs=3)
    np.testing.assert_array_equal(net(x32), net(x32.astype(np.float64)))
    assert net(x32).dtype == np.float64
    np.testing.assert_array_equal(net(np.array([[1, 2], [3, 4]])), net(np.array([[1.0, 2], [3, 4]])))


def test_sim_of_non_contiguous_input(xy2):
    x, t = xy2
    net = lmnet.fitnet(4)
    net.train(x, t, seed=1, epochs=3)
    big = np.zeros((100, 5))
    big[::2, 1:5:2] = x
    view = big[::2, 1:5:2]
    assert not view.flags.c_contiguous
    np.testing.assert_array_equal(net(view), net(x))


def test_one_d_arrays_mean_one_feature(data):
    x, t = data
    net1 = lmnet.fitnet(3)
    net1.train(x, t, seed=2, epochs=3)
    net2 = lmnet.fitnet(3)
    net2.train(x.reshape(-1, 1), t.reshape(-1, 1), seed=2, epochs=3)
    np.testing.assert_array_equal(net1.getwb(), net2.getwb())
    assert net1.num_inputs == 1


@pytest.mark.parametrize("bad", [np.nan, np.inf, -np.inf])
def test_non_finite_inputs_raise_value_errors(data, bad):
    x, t = data
    x = x.copy()
    x[17] = bad
    net = lmnet.fitnet(3)
    with pytest.raises(lmnet.NonFiniteError) as info:
        net.train(x, t, seed=1, epochs=2)
    assert isinstance(info.value, ValueError) and info.value.status == 3
    assert str(info.value)                                          # the library's message
    with pytest.raises(ValueError):
        net.configure(x, t)
    trained = lmnet.fitnet(3)
    trained.train(data[0], t, seed=1, epochs=2)
    with pytest.raises(lmnet.NonFiniteError):
        trained(x)


def test_nan_targets_are_dont_care(data):
    x, t = data
    t = t.copy()
    t[::7] = np.nan
    record = lmnet.fitnet(3).train(x, t, seed=1, epochs=3)
    assert np.all(np.isfinite(record.perf))


def test_infinite_target_is_refused_or_finite(data):
    x, t = data
    t = t.copy()
    t[3] = np.inf
    with pytest.raises(ValueError):
        lmnet.fitnet(3).train(x, t, seed=1, epochs=2)


@pytest.mark.parametrize("x_shape, t_shape", [((100,), (99,)), ((100, 1), (50, 2))])
def test_sample_count_mismatch(x_shape, t_shape):
    x, t = np.ones(x_shape), np.ones(t_shape)
    with pytest.raises(lmnet.DimensionError) as info:
        lmnet.fitnet(3).train(x, t)
    assert isinstance(info.value, ValueError) and "samples" in str(info.value)


def test_wrong_shapes_raise_value_errors(trained, data):
    net, _ = trained
    x, t = data
    with pytest.raises(ValueError):
        net(np.ones((4, 2)))                                         # 2 inputs for a 1-input net
    with pytest.raises(lmnet.DimensionError):
        net(np.ones((2, 2, 2)))                                      # 3-D
    with pytest.raises(ValueError):
        net(np.ones((0, 1)))                                         # no samples
    with pytest.raises(ValueError):
        lmnet.fitnet(3).train(np.ones((0, 1)), np.ones((0, 1)))
    with pytest.raises(ValueError):
        net.perform(t, t[:-1])
    with pytest.raises(ValueError):
        lmnet.fitnet(-2)
    with pytest.raises(ValueError):
        lmnet.fitnet([3, 0])


@pytest.mark.parametrize("bad", [np.array([1 + 2j, 3j]), np.array(["a", "b"]), [object(), None]])
def test_non_numeric_data_is_refused(data, bad):
    with pytest.raises(ValueError):
        lmnet.fitnet(2).train(bad, [1.0, 2.0])


def test_none_is_refused():
    with pytest.raises(ValueError):
        lmnet.fitnet(2).train(None, [1.0])


def test_bad_options_raise_value_errors(data):
    x, t = data
    net = lmnet.fitnet(3)
    with pytest.raises(lmnet.InvalidArgumentError):
        net.train(x, t, mu_dec=2.0)                                   # must be in (0, 1)
    with pytest.raises(ValueError):
        net.train(x, t, epochs=-1)
    with pytest.raises(lmnet.UnknownNameError):
        net.train(x, t, divide_fcn="dividefoo")
    with pytest.raises(ValueError):
        net.train(x, t, epochs="many")
    with pytest.raises(ValueError):
        net.train(x, t, seed=-1)
    with pytest.raises(ValueError):
        net.train(x, t, seed=2 ** 60)                                 # beyond 2^53
    with pytest.raises(ValueError):
        net.train(x, t, train_ind=[0.5, 1.5], divide_fcn="divideind")
    with pytest.raises(ValueError):
        net.train(x, t, regularization=1.5)
    with pytest.raises(ValueError):
        net.configure(x, t, seed=-3)
    assert net.train_param.epochs == 1000                             # nothing kept


def test_not_configured(data):
    net = lmnet.fitnet(3)
    with pytest.raises(lmnet.NotConfiguredError) as info:
        net(data[0])
    assert info.value.status == 6 and isinstance(info.value, RuntimeError)
    with pytest.raises(lmnet.NotConfiguredError):
        net.init(1)


def test_every_status_has_a_class():
    for status in range(1, 12):
        lmnet._clib.lmnet_set_num_threads(0)                          # provoke a real message
        error = errors.error_for(status)
        assert isinstance(error, lmnet.LMNetError) and error.status == status
        assert type(error) is errors.ERROR_CLASSES[status]
        assert error.status_name == lmnet._clib.lmnet_status_name(status).decode()
    assert issubclass(lmnet.FileIOError, OSError) and issubclass(lmnet.FileFormatError, OSError)
    assert issubclass(lmnet.FileFormatVersionError, lmnet.FileFormatError)
    for cls in (lmnet.InvalidArgumentError, lmnet.DimensionError, lmnet.NonFiniteError,
                lmnet.UnknownNameError):
        assert issubclass(cls, ValueError)
    assert issubclass(lmnet.OutOfMemoryError, MemoryError)
    unknown = errors.error_for(99)
    assert type(unknown) is lmnet.LMNetError and unknown.status == 99


def test_set_num_threads():
    before = lmnet.get_num_threads()
    with pytest.raises(lmnet.InvalidArgumentError) as info:
        lmnet.set_num_threads(0)
    assert "set_num_threads" in str(info.value)
    lmnet.set_num_threads(1)
    assert lmnet.get_num_threads() == 1
    lmnet.set_num_threads(before)
