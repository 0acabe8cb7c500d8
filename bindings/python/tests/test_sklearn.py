"""LMRegressor: scikit-learn's estimator checks, Pipeline, GridSearchCV, clone, pickle."""

import pickle

import numpy as np
import pytest

sklearn = pytest.importorskip("sklearn")
from sklearn.base import clone
from sklearn.model_selection import GridSearchCV
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.utils.estimator_checks import parametrize_with_checks

import lmnet
from lmnet import LMRegressor

from conftest import reference_data

# Every check runs. Two may be skipped by scikit-learn itself, for reasons outside
# this estimator: check_array_api_input (needs SCIPY_ARRAY_API and array-api-compat;
# LMRegressor converts any input to numpy) and check_regressor_data_not_an_array's
# pandas part (pandas is not installed, to keep the test environment small).
@parametrize_with_checks([LMRegressor(), LMRegressor(hidden_sizes=[4, 3], train_fcn="trainbr",
                                                     epochs=30)])
def test_scikit_learn_estimator_checks(estimator, check):
    check(estimator)


def test_same_as_fitnet_with_the_same_seed():
    x, t = reference_data()
    model = LMRegressor(hidden_sizes=6, epochs=10, random_state=4).fit(x.reshape(-1, 1), t)
    net = lmnet.fitnet(6)
    net.train(x, t, seed=4, epochs=10)
    np.testing.assert_array_equal(model.net_.getwb(), net.getwb())
    np.testing.assert_array_equal(model.predict(x.reshape(-1, 1)), net(x))
    assert model.record_.num_epochs == net.record.num_epochs
    assert model.score(x.reshape(-1, 1), t) > 0.99


def test_trainparam_none_keeps_the_train_fcn_default():
    x, t = reference_data(40)
    model = LMRegressor(hidden_sizes=3, train_fcn="trainbr", epochs=3, random_state=0)
    model.fit(x.reshape(-1, 1), t)
    assert model.record_.train_param["mu"] == 0.005 and model.record_.train_param["max_fail"] == 0
    model = LMRegressor(hidden_sizes=3, mu=0.01, epochs=3, random_state=0).fit(x.reshape(-1, 1), t)
    assert model.record_.train_param["mu"] == 0.01


def test_pipeline_and_grid_search_in_processes():
    rng = np.random.default_rng(0)
    X = rng.uniform(-1, 1, size=(120, 2)) * [1, 100]
    y = np.sin(3 * X[:, 0]) + X[:, 1] / 100
    pipeline = make_pipeline(StandardScaler(), LMRegressor(epochs=30, random_state=1))
    search = GridSearchCV(pipeline, {"lmregressor__hidden_sizes": [2, 6]}, cv=3, n_jobs=2)
    search.fit(X, y)                                   # estimators shipped to worker processes
    assert search.best_params_["lmregressor__hidden_sizes"] in (2, 6)
    assert search.score(X, y) > 0.9


def test_clone_and_pickle_fitted():
    x, t = reference_data(60)
    X = x.reshape(-1, 1)
    model = LMRegressor(hidden_sizes=4, epochs=8, random_state=2).fit(X, t)
    copy = clone(model)
    assert copy.get_params() == model.get_params() and not hasattr(copy, "net_")
    again = pickle.loads(pickle.dumps(model))
    np.testing.assert_array_equal(again.predict(X), model.predict(X))
    np.testing.assert_array_equal(copy.fit(X, t).predict(X), model.predict(X))


def test_multi_output_prediction_shape():
    rng = np.random.default_rng(1)
    X = rng.normal(size=(50, 3))
    Y = np.column_stack([X.sum(axis=1), X[:, 0] - X[:, 2]])
    model = LMRegressor(hidden_sizes=5, epochs=10, random_state=0).fit(X, Y)
    assert model.predict(X).shape == (50, 2) and model.n_outputs_ == 2
