"""Python threads train different networks at once (ctypes releases the GIL)."""

import threading
import time

import numpy as np
import pytest

import lmnet

from conftest import reference_data


@pytest.fixture
def one_thread_each():
    before = lmnet.get_num_threads()
    lmnet.set_num_threads(1)            # results are identical for the same thread count
    yield
    lmnet.set_num_threads(before)


def train(seed, out, index):
    x, t = reference_data(1000)
    net = lmnet.fitnet([20, 20, 10])
    record = net.train(x, t, seed=seed, epochs=25, min_grad=0, max_fail=25,
                       callback=lambda info: None)             # callbacks take the GIL: fine
    out[index] = (net.getwb(), record.perf.copy(), net(x))


def test_two_threads_give_the_serial_results(one_thread_each):
    seeds = (1, 2)
    serial = [None, None]
    start = time.perf_counter()
    for i, seed in enumerate(seeds):
        train(seed, serial, i)
    serial_time = time.perf_counter() - start

    parallel = [None, None]
    threads = [threading.Thread(target=train, args=(seed, parallel, i)) for i, seed in enumerate(seeds)]
    start = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    parallel_time = time.perf_counter() - start

    for got, expected in zip(parallel, serial):
        assert got is not None, "a training thread failed"
        for a, b in zip(got, expected):
            np.testing.assert_array_equal(a, b)
    assert not np.array_equal(serial[0][0], serial[1][0])
    # Information only (shared 2-core machines make timings noisy):
    print(f"\nserial {serial_time:.2f} s, two threads {parallel_time:.2f} s, "
          f"speed-up {serial_time / parallel_time:.2f}x")


def test_sim_on_one_network_from_several_threads(trained, data):
    net, _ = trained
    x, _ = data
    expected = net(x)
    results = []

    def work():
        for _ in range(50):
            results.append(np.array_equal(net(x), expected))

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(results) == 200 and all(results)


def test_training_releases_the_gil(data):
    """While one thread is inside lmnet_train, Python code runs on another."""
    x, t = reference_data(1000)
    counter = [0]
    at_epoch = []
    done = threading.Event()

    def worker():
        try:
            lmnet.fitnet([20, 20, 10]).train(x, t, seed=1, epochs=10, min_grad=0, max_fail=10,
                                             callback=lambda info: at_epoch.append(counter[0]))
        finally:
            done.set()

    thread = threading.Thread(target=worker)
    thread.start()
    while not done.is_set():
        counter[0] += 1
    thread.join()
    # With the GIL held during the C call this loop could not run between epochs.
    progress = np.diff(at_epoch)
    assert len(progress) == 10 and np.median(progress) > 1000, progress
