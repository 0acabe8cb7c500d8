function [x, t] = training_data(net, x, t)
% training_data  x (R-by-Q) and t (S-by-Q) as double matrices with the same
% number of columns (samples) and, when net is configured, the rows it expects.
  x = lmnet.internal.as_data_matrix(x, 'x (inputs)');
  t = lmnet.internal.as_data_matrix(t, 't (targets)');
  if size(x, 2) ~= size(t, 2)
    error('lmnet:dimension', 'x has %d samples (columns) but t has %d; inputs and targets need one column per sample', ...
          size(x, 2), size(t, 2));
  end
  if isConfigured(net) && (size(x, 1) ~= net.inputs{1}.size || size(t, 1) ~= net.outputs{end}.size)
    error('lmnet:dimension', ['x has %d rows and t %d rows, but the network is configured for %d inputs ' ...
          'and %d outputs; call configure(net, x, t) to start afresh'], size(x, 1), size(t, 1), ...
          net.inputs{1}.size, net.outputs{end}.size);
  end
end
