function net = configure(net, x, t)
% configure  net = configure(net, x, t): set the input and output sizes and
% processing settings from all columns of x (R-by-Q) and t (S-by-Q), then
% initialize the weights (Nguyen-Widrow) from a seed drawn from rand().
  if nargin ~= 3
    error('lmnet:invalidArgument', 'usage: net = configure(net, x, t)');
  end
  x = lmnet.internal.as_data_matrix(x, 'x (inputs)');
  t = lmnet.internal.as_data_matrix(t, 't (targets)');
  seed = lmnet.internal.draw_seed();
  net = applyNativeState(net, lmnet_mex('configure', nativeState(net, false), x, t, seed));
end
