function saveModel(net, filename, tr)
% lmnet.saveModel  Write a network to an LMNet HDF5 model file.
%   lmnet.saveModel(net, 'model.h5')       the network and its training options
%   lmnet.saveModel(net, 'model.h5', tr)   plus the training record tr of train
% The file is written by liblmnet (lmnet_network_save): the same file loads in
% Python (lmnet.load) and C (lmnet_network_load). An existing file is replaced
% atomically.
  if nargin < 2
    error('lmnet:invalidArgument', 'usage: lmnet.saveModel(net, filename [, tr])');
  end
  if ~isa(net, 'lmnet.Network')
    error('lmnet:invalidArgument', 'lmnet.saveModel: net must be an lmnet.Network (from lmnet.fitnet)');
  end
  if ~ischar(filename) || isempty(filename)
    error('lmnet:invalidArgument', 'lmnet.saveModel: filename must be a non-empty character vector');
  end
  if ~isConfigured(net)
    error('lmnet:notConfigured', 'lmnet.saveModel: the network is not configured; train or configure it first');
  end
  recordBytes = uint8([]);
  if nargin > 2 && ~isempty(tr)
    if ~isstruct(tr) || ~isfield(tr, 'lmnet') || ~isfield(tr.lmnet, 'record')
      error('lmnet:invalidArgument', 'lmnet.saveModel: tr must be the training record returned by train');
    end
    recordBytes = tr.lmnet.record;
    if isempty(recordBytes)
      error('lmnet:notSupported', 'lmnet.saveModel: this training record carries no native record to save');
    end
  end
  lmnet_mex('save', nativeState(net), nativeOptions(net), recordBytes, filename);
end
