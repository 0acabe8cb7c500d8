function [net, tr] = loadModel(filename)
% lmnet.loadModel  Read a network from an LMNet HDF5 model file.
%   net = lmnet.loadModel('model.h5')
%   [net, tr] = lmnet.loadModel('model.h5')   tr is [] when the file holds no record
% Files written by lmnet.saveModel, Python's lmnet or C's lmnet_network_save.
  if nargin < 1 || ~ischar(filename) || isempty(filename)
    error('lmnet:invalidArgument', 'usage: net = lmnet.loadModel(filename)');
  end
  [state, opts, record, recordBytes] = lmnet_mex('load', filename);
  net = lmnet.Network(state.hiddenSizes, opts_field(opts, 'trainFcn', 'trainlm'));
  if isstruct(opts)
    net = apply_options(net, opts);
  end
  net = applyNativeState(net, state);
  tr = [];
  if isstruct(record)
    tr = trainingRecord(net, record, recordBytes, [state.numOutputs, record_samples(record)]);
  end
end

function v = opts_field(opts, key, fallback)
  v = fallback;
  if isstruct(opts) && isfield(opts, key)
    v = opts.(key);
  end
end

function net = apply_options(net, o)
  % trainFcn was applied by the constructor (it resets trainParam).
  tp = net.trainParam;
  for key = {'epochs', 'goal', 'max_fail', 'min_grad', 'mu', 'mu_dec', 'mu_inc', 'mu_max', 'show', 'time'}
    tp.(key{1}) = o.(key{1});
  end
  net.trainParam = tp;
  net.divideFcn = o.divideFcn;
  dp = net.divideParam;
  for key = fieldnames(dp)'
    dp.(key{1}) = o.(key{1});
  end
  net.divideParam = dp;
  net.performFcn = o.performFcn;
  net.performParam.regularization = o.regularization;
end

function q = record_samples(record)
  q = 0;
  if isfield(record, 'num_samples')
    q = record.num_samples;
  end
  for key = {'trainInd', 'valInd', 'testInd'}
    if isfield(record, key{1}) && ~isempty(record.(key{1}))
      q = max(q, max(record.(key{1})));
    end
  end
end
