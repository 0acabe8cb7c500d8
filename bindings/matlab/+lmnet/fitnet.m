function net = fitnet(hiddenSizes, trainFcn)
% lmnet.fitnet  Function fitting network, as the toolbox's fitnet.
%   net = lmnet.fitnet             10 hidden neurons, trainlm
%   net = lmnet.fitnet([20 20 10]) three hidden layers (tansig), purelin output
%   net = lmnet.fitnet(10, 'trainbr')
% Inputs and outputs are processed by removeconstantrows and mapminmax, data
% are divided by dividerand (0.70/0.15/0.15), performance is mse.
  if nargin < 1 || isempty(hiddenSizes), hiddenSizes = 10; end
  if nargin < 2 || isempty(trainFcn), trainFcn = 'trainlm'; end
  net = lmnet.Network(hiddenSizes, trainFcn, 'fitnet');
end
