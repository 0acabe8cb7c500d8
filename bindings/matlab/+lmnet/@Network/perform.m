function perf = perform(net, t, y, ew)
% perform  perf = perform(net, t, y): net.performFcn ('mse' or 'sse') of the
% errors t - y with net.performParam.regularization; NaN targets are left out.
  if nargin < 3
    error('lmnet:invalidArgument', 'usage: perf = perform(net, t, y)');
  end
  if nargin > 3 && ~isempty(ew) && ~all(ew(:) == 1)
    error('lmnet:notSupported', 'perform: error weights (ew) are not supported');
  end
  t = lmnet.internal.as_data_matrix(t, 't (targets)');
  y = lmnet.internal.as_data_matrix(y, 'y (outputs)');
  opts = nativeOptions(net);
  opts = struct('performFcn', opts.performFcn, 'regularization', opts.regularization);
  state = [];
  if isConfigured(net)
    state = nativeState(net);
  end
  perf = lmnet_mex('perform', state, opts, t, y);
end
