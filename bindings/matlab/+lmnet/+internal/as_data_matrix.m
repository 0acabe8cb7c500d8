function m = as_data_matrix(value, what)
% as_data_matrix  x or t as a real double matrix with one column per sample.
% A 1x1 cell holding the matrix (the toolbox's cell form) is unwrapped.
  if iscell(value)
    if numel(value) ~= 1
      error('lmnet:notSupported', '%s: only a single matrix (or a 1x1 cell holding it) is supported', what);
    end
    value = value{1};
  end
  if ~(isnumeric(value) || islogical(value)) || ~isreal(value) || ndims(value) > 2
    error('lmnet:invalidArgument', '%s must be a real numeric matrix with one column per sample', what);
  end
  if issparse(value)
    value = full(value);
  end
  m = double(value);
  if isempty(m)
    error('lmnet:dimension', '%s is empty; it needs at least one row and one column (sample)', what);
  end
end
