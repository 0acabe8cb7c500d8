function net = feedforwardnet(hiddenSizes, trainFcn)
% lmnet.feedforwardnet  Feed-forward network, as the toolbox's feedforwardnet
% (the same network as lmnet.fitnet, without the fitting plot in plotFcns).
  if nargin < 1 || isempty(hiddenSizes), hiddenSizes = 10; end
  if nargin < 2 || isempty(trainFcn), trainFcn = 'trainlm'; end
  net = lmnet.Network(hiddenSizes, trainFcn, 'feedforwardnet');
end
