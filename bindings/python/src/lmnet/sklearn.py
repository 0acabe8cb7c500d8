"""scikit-learn estimator: LMRegressor, a fitnet trained by trainlm (or trainbr).

Parameters are MATLAB's names; a trainParam left at None keeps the default
of the chosen train_fcn (trainlm: mu 0.001, max_fail 6; trainbr: mu 0.005,
max_fail 0). random_state: an int is used as LMNet's `seed` as it is (so
LMRegressor(random_state=3) trains exactly as fitnet + train(seed=3)).
"""

import numpy as np
from sklearn.base import BaseEstimator, RegressorMixin
from sklearn.utils import check_random_state
from sklearn.utils.validation import check_is_fitted

try:  # scikit-learn >= 1.6
    from sklearn.utils.validation import validate_data as _validate_data
except ImportError:  # older releases: the estimator method
    def _validate_data(estimator, *args, **kwargs):
        return estimator._validate_data(*args, **kwargs)

from .network import Network
from .options import TRAIN_PARAM_KEYS

_TRAIN_PARAM = tuple(key for key in TRAIN_PARAM_KEYS if key != "show")


class LMRegressor(RegressorMixin, BaseEstimator):
    """Feed-forward fitting network (MATLAB fitnet) as a scikit-learn regressor.

    Supports several targets (y of shape (n_samples, n_targets)).

    Fitted attributes: net_ (lmnet.Network), record_ (TrainingRecord),
    n_features_in_, n_outputs_.
    """

    def __init__(self, hidden_sizes=10, train_fcn="trainlm", transfer_fcns=None, *,
                 epochs=None, goal=None, max_fail=None, min_grad=None, mu=None, mu_dec=None,
                 mu_inc=None, mu_max=None, time=None, divide_fcn="dividerand",
                 train_ratio=0.7, val_ratio=0.15, test_ratio=0.15, perform_fcn="mse",
                 regularization=0.0, random_state=None, display=None):
        self.hidden_sizes = hidden_sizes
        self.train_fcn = train_fcn
        self.transfer_fcns = transfer_fcns
        self.epochs = epochs
        self.goal = goal
        self.max_fail = max_fail
        self.min_grad = min_grad
        self.mu = mu
        self.mu_dec = mu_dec
        self.mu_inc = mu_inc
        self.mu_max = mu_max
        self.time = time
        self.divide_fcn = divide_fcn
        self.train_ratio = train_ratio
        self.val_ratio = val_ratio
        self.test_ratio = test_ratio
        self.perform_fcn = perform_fcn
        self.regularization = regularization
        self.random_state = random_state
        self.display = display

    def _seed(self):
        if isinstance(self.random_state, (int, np.integer)) and not isinstance(self.random_state, bool):
            return int(self.random_state)
        return int(check_random_state(self.random_state).randint(0, 2 ** 31 - 1))

    def _network(self):
        net = Network(self.hidden_sizes, self.train_fcn)
        if self.transfer_fcns is not None:
            net.transfer_fcns = self.transfer_fcns
        settings = {key: getattr(self, key) for key in _TRAIN_PARAM if getattr(self, key) is not None}
        settings.update(divide_fcn=self.divide_fcn, train_ratio=self.train_ratio,
                        val_ratio=self.val_ratio, test_ratio=self.test_ratio,
                        perform_fcn=self.perform_fcn, regularization=self.regularization,
                        seed=self._seed())
        return net.set_options(**settings)

    def fit(self, X, y):
        """Configure, initialize and train a new network on X (n_samples, n_features)."""
        X, y = _validate_data(self, X, y, multi_output=True, y_numeric=True, dtype=np.float64)
        net = self._network()
        self.record_ = net.train(X, y, display=self.display)
        self.net_ = net
        self._y_was_1d = y.ndim == 1
        self.n_outputs_ = 1 if y.ndim == 1 else y.shape[1]
        return self

    def predict(self, X):
        check_is_fitted(self, "net_")
        X = _validate_data(self, X, reset=False, dtype=np.float64)
        y = self.net_.sim(X)
        return y[:, 0] if self._y_was_1d else y

    def __sklearn_tags__(self):
        tags = super().__sklearn_tags__()
        tags.target_tags.multi_output = True
        tags.target_tags.single_output = True
        return tags

    def _more_tags(self):  # scikit-learn < 1.6
        return {"multioutput": True}
