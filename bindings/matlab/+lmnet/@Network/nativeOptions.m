function opts = nativeOptions(net, seed)
% nativeOptions  The flat options struct lmnet_mex turns into lmnet_options
% (keys of the C library, see src/mex_options.h). seed may be omitted.
  opts = struct('trainFcn', net.trainFcn);
  tp = net.trainParam;
  names = fieldnames(tp);
  for k = 1:numel(names)
    key = names{k};
    value = tp.(key);
    switch key
      case {'showCommandLine', 'showWindow'}
        if ~((islogical(value) || isnumeric(value)) && isscalar(value))
          error('lmnet:invalidArgument', 'net.trainParam.%s must be true or false', key);
        end
      otherwise
        opts.(key) = numeric_option(value, ['net.trainParam.' key]);
    end
  end
  opts.divideFcn = net.divideFcn;
  dp = net.divideParam;
  names = fieldnames(dp);
  for k = 1:numel(names)
    key = names{k};
    switch key
      case {'trainInd', 'valInd', 'testInd'}
        opts.(key) = index_option(dp.(key), ['net.divideParam.' key]);
      otherwise
        opts.(key) = numeric_option(dp.(key), ['net.divideParam.' key]);
    end
  end
  opts.performFcn = net.performFcn;
  pp = net.performParam;
  if isfield(pp, 'normalization') && ~strcmp(pp.normalization, 'none')
    error('lmnet:notSupported', 'net.performParam.normalization ''%s'' is not supported (only ''none'')', ...
          pp.normalization);
  end
  if isfield(pp, 'regularization')
    opts.regularization = numeric_option(pp.regularization, 'net.performParam.regularization');
  end
  if nargin > 1
    opts.seed = seed;
  end
end

function v = numeric_option(value, what)
  if ~(isnumeric(value) || islogical(value)) || ~isscalar(value) || ~isreal(value)
    error('lmnet:invalidArgument', '%s must be a real scalar', what);
  end
  v = double(value);
end

function v = index_option(value, what)
  if islogical(value)
    value = find(value);
  end
  if ~isnumeric(value) || ~isreal(value) || (~isempty(value) && ~isvector(value))
    error('lmnet:invalidArgument', '%s must be a vector of sample indices (1-based)', what);
  end
  v = double(value(:)');
  if any(v < 1 | v ~= round(v) | ~isfinite(v))
    error('lmnet:invalidArgument', '%s must hold positive integers (1-based sample indices)', what);
  end
end
