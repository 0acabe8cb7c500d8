function test_parameter_functions(ctx)
% Setting trainFcn or divideFcn resets trainParam / divideParam, as the toolbox does.
  net = lmnet.fitnet(5);
  net.trainParam.epochs = 7;
  net.trainParam.mu = 0.5;
  check(net.trainParam.epochs == 7 && net.trainParam.mu == 0.5, 'trainParam assignment');
  net.trainFcn = 'trainbr';
  check(net.trainParam.epochs == 1000 && net.trainParam.mu == 0.005 && net.trainParam.max_fail == 0, ...
        'trainFcn = trainbr resets trainParam to trainbr defaults');
  net.trainFcn = 'trainlm';
  check(net.trainParam.mu == 0.001 && net.trainParam.max_fail == 6, 'back to trainlm defaults');

  net.divideFcn = 'divideind';
  check(isequal(sort(fieldnames(net.divideParam))', sort({'trainInd', 'valInd', 'testInd'})), ...
        'divideind divideParam fields');
  net.divideParam.trainInd = 1:10;
  check(isequal(net.divideParam.trainInd, 1:10), 'divideParam.trainInd assignment');
  net.divideFcn = 'dividetrain';
  check(isempty(fieldnames(net.divideParam)), 'dividetrain has no divideParam');
  for f = {'divideblock', 'divideint', 'dividerand'}
    net.divideFcn = f{1};
    check(strcmp(net.divideFcn, f{1}) && net.divideParam.trainRatio == 0.7, '%s divideParam', f{1});
  end
  net.performFcn = 'sse';
  check(strcmp(net.performFcn, 'sse'), 'performFcn = sse');
  net.performParam.regularization = 0.25;
  check(net.performParam.regularization == 0.25, 'performParam.regularization');

  other = net;
  other.layers{1}.transferFcn = 'logsig';
  other.layers{1}.size = 3;
  check(strcmp(net.layers{1}.transferFcn, 'tansig') && net.layers{1}.size == 5, ...
        'networks are values: changing a copy leaves the original');
  resized = lmnet.fitnet(10);
  resized.layers{1}.size = 5;
  check(resized.numWeightElements == 5 && isequal(size(resized.IW{1, 1}), [5 0]), ...
        'an unconfigured network follows a new layer size');
  resized.trainParam.epochs = 2;
  resized = train(resized, 1:20, sin(1:20));
  check(isequal(size(resized.IW{1, 1}), [5 1]) && resized.numWeightElements == 16, 'trained with the new size');
  check_error(@() add_layer(resized), 'lmnet:notSupported');
  for f = {'logsig', 'purelin', 'poslin', 'satlin', 'satlins', 'radbas', 'tribas', 'elliotsig', 'tansig'}
    other.layers{1}.transferFcn = f{1};
    check(strcmp(other.layers{1}.transferFcn, f{1}), 'transfer function %s', f{1});
  end
end

function net = add_layer(net)
  net.layers{end + 1} = net.layers{1};
end
