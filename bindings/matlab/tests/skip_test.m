function skip_test(varargin)
% skip_test  End the current test as skipped (it cannot run on this machine).
  error('lmnet_test:skip', varargin{:});
end
