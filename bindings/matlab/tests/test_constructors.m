function test_constructors(ctx)
% fitnet / feedforwardnet build the toolbox's default networks.
  net = lmnet.fitnet(10);
  check(isa(net, 'lmnet.Network'), 'fitnet returns %s', class(net));
  check(net.numLayers == 2 && numel(net.layers) == 2, 'fitnet(10) has %d layers', net.numLayers);
  check(net.layers{1}.size == 10 && net.layers{2}.size == 0, 'layer sizes of an unconfigured fitnet(10)');
  check(strcmp(net.layers{1}.transferFcn, 'tansig') && strcmp(net.layers{2}.transferFcn, 'purelin'), ...
        'transfer functions %s, %s', net.layers{1}.transferFcn, net.layers{2}.transferFcn);
  check(strcmp(net.trainFcn, 'trainlm') && strcmp(net.performFcn, 'mse') && strcmp(net.divideFcn, 'dividerand'), ...
        'default functions');
  check(isequal(net.inputs{1}.processFcns, {'removeconstantrows', 'mapminmax'}) && ...
        isequal(net.outputs{end}.processFcns, {'removeconstantrows', 'mapminmax'}), 'default processFcns');
  check(net.inputs{1}.size == 0 && net.outputs{end}.size == 0, 'an unconfigured network has sizes 0');
  check(net.numWeightElements == 10, 'unconfigured fitnet(10) has %d weight elements, expected 10 (biases)', ...
        net.numWeightElements);
  check(strcmp(net.name, 'Function Fitting Neural Network'), 'fitnet name %s', net.name);
  dp = net.divideParam;
  check(dp.trainRatio == 0.7 && dp.valRatio == 0.15 && dp.testRatio == 0.15, 'divideParam ratios');
  check(net.performParam.regularization == 0, 'regularization default');

  tp = net.trainParam;
  expected = struct('epochs', 1000, 'goal', 0, 'max_fail', 6, 'min_grad', 1e-7, 'mu', 0.001, 'mu_dec', 0.1, ...
                    'mu_inc', 10, 'mu_max', 1e10, 'show', 25, 'showCommandLine', false, 'showWindow', true, ...
                    'time', Inf);
  for f = fieldnames(expected)'
    check(isfield(tp, f{1}) && isequal(tp.(f{1}), expected.(f{1})), 'trainParam.%s', f{1});
  end

  deep = lmnet.fitnet([20 20 10]);
  check(deep.numLayers == 4, 'fitnet([20 20 10]) has %d layers', deep.numLayers);
  check(isequal(cellfun(@(l) l.size, deep.layers(:)'), [20 20 10 0]), 'fitnet([20 20 10]) sizes');
  check(all(strcmp(cellfun(@(l) l.transferFcn, deep.layers(1:3), 'UniformOutput', false), 'tansig')), ...
        'hidden layers are tansig');
  check(isequal(size(deep.LW), [4 4]) && isequal(size(deep.LW{3, 2}), [10 20]), 'LW{3,2} is 10x20');

  lm = lmnet.fitnet(10, 'trainlm');
  check(strcmp(lm.trainFcn, 'trainlm'), 'fitnet(10, ''trainlm'')');
  ff = lmnet.feedforwardnet(20);
  check(ff.layers{1}.size == 20 && strcmp(ff.name, 'Feed-Forward Neural Network'), 'feedforwardnet(20)');
  br = lmnet.feedforwardnet(20, 'trainbr');
  check(strcmp(br.trainFcn, 'trainbr') && br.trainParam.mu == 0.005 && br.trainParam.max_fail == 0, ...
        'feedforwardnet(20, ''trainbr'') has trainbr defaults');
  default = lmnet.fitnet();
  check(default.layers{1}.size == 10, 'fitnet() has 10 hidden neurons');
end
