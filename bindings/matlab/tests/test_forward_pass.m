function test_forward_pass(ctx)
% y = net(x) and sim(net, x) equal the network computed by hand from IW, LW, b
% and the processing settings: an independent check of the weight layout.
  q = 60;
  x = [linspace(-2, 3, q); sin(1:q); 5 * ones(1, q)];   % third input is constant
  t = [x(1, :) .^ 2 - x(2, :); cos(x(1, :))];
  rng(3);
  net = lmnet.fitnet([7 4]);
  net.layers{2}.transferFcn = 'logsig';
  net.trainParam.epochs = 5;
  net = train(net, x, t);

  check(net.inputs{1}.size == 3 && net.outputs{end}.size == 2, 'configured sizes');
  check(isequal(size(net.IW{1, 1}), [7 2]), 'IW{1,1} is 7x2: the constant input row is removed');
  check(isequal(size(net.LW{2, 1}), [4 7]) && isequal(size(net.LW{3, 2}), [2 4]), 'LW sizes');
  check(net.numWeightElements == 7 * 3 + 4 * 8 + 2 * 5, 'numWeightElements %d', net.numWeightElements);
  ps = net.inputs{1}.processSettings;
  check(strcmp(ps{1}.name, 'removeconstantrows') && isequal(ps{1}.keep, [1 2]) && isequal(ps{1}.remove, 3), ...
        'removeconstantrows settings');

  % Input processing: keep rows, map [min max] -> [-1 1].
  r = net.inputs{1}.range;
  check_close(r, [min(x, [], 2) max(x, [], 2)], 0, 'inputs{1}.range');
  keep = r(:, 2) ~= r(:, 1);
  xp = 2 * (x(keep, :) - r(keep, 1)) ./ (r(keep, 2) - r(keep, 1)) - 1;
  a1 = tanh(net.IW{1, 1} * xp + net.b{1});
  a2 = 1 ./ (1 + exp(-(net.LW{2, 1} * a1 + net.b{2})));
  a3 = net.LW{3, 2} * a2 + net.b{3};
  ro = net.outputs{end}.range;
  expected = (a3 + 1) .* (ro(:, 2) - ro(:, 1)) / 2 + ro(:, 1);

  y = net(x);
  check_close(y, expected, 1e-12, 'net(x) against the hand-computed network');
  check_close(sim(net, x), y, 0, 'sim(net, x) equals net(x)');
  check_close(net(x(:, 1:3)), y(:, 1:3), 1e-15, 'simulating a subset of columns');
  check(isequal(size(y), [2 q]), 'y is S-by-Q');
  one = net(x(:, 5));
  check(isequal(one, y(:, 5)), 'a single sample');

  pm = net.outputs{end}.processSettings{2};
  check(strcmp(pm.name, 'mapminmax') && isequal(pm.xmin, ro(:, 1)), 'outputs mapminmax settings');
  check_close(pm.gain, 2 ./ (ro(:, 2) - ro(:, 1)), 1e-15, 'mapminmax gain');
end
