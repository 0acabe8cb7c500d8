function y = sim(net, x, varargin)
% sim  y = sim(net, x), also y = net(x): outputs (S-by-Q) for inputs x (R-by-Q).
% Input processing, forward pass and reverse output processing as the toolbox.
  if nargin < 2
    error('lmnet:invalidArgument', 'usage: y = sim(net, x)');
  end
  x = lmnet.internal.as_data_matrix(x, 'x (inputs)');
  lmnet.internal.require_configured(net, 'sim');
  if size(x, 1) ~= net.inputs{1}.size
    error('lmnet:dimension', 'x has %d rows but the network has %d inputs (net.inputs{1}.size)', ...
          size(x, 1), net.inputs{1}.size);
  end
  y = lmnet_mex('sim', nativeState(net), x);
end
