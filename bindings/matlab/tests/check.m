function check(condition, varargin)
% check  Fail the current test with the formatted message unless condition holds.
  if ~(islogical(condition) || isnumeric(condition)) || isempty(condition) || ~all(condition(:))
    if isempty(varargin)
      varargin = {'check failed'};
    end
    error('lmnet_test:failed', varargin{:});
  end
end
