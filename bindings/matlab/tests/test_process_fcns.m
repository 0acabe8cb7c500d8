function test_process_fcns(ctx)
% inputs{1}.processFcns and outputs{end}.processFcns choose the processing.
  x = [linspace(0, 10, 40); 3 * ones(1, 40)];
  t = 100 + 50 * sin(x(1, :) / 3);
  rng(17);
  net = lmnet.fitnet(4);
  net.trainParam.epochs = 5;
  net.inputs{1}.processFcns = {'mapminmax'};
  net.outputs{end}.processFcns = {};
  net = train(net, x, t);
  check(isequal(net.inputs{1}.processFcns, {'mapminmax'}) && isempty(net.outputs{end}.processFcns), ...
        'processFcns kept');
  check(isequal(size(net.IW{1, 1}), [4 2]), 'without removeconstantrows the constant row stays an input');
  r = net.inputs{1}.range;
  xp = x;
  xp(1, :) = 2 * (x(1, :) - r(1, 1)) / (r(1, 2) - r(1, 1)) - 1;   % the constant row passes through
  expected = net.LW{2, 1} * tanh(net.IW{1, 1} * xp + net.b{1}) + net.b{2};   % no output processing
  check_close(net(x), expected, 1e-12, 'outputs with inputs mapminmax only and no output processing');
end
