function test_trainbr(ctx)
% trainbr (Bayesian regularization): its defaults from fitnet and from
% net.trainFcn, the record states gamk and ssX, the command-line progress, and
% what it is for: on noisy data it generalizes better than trainlm.
  net = lmnet.fitnet(10, 'trainbr');
  p = net.trainParam;
  check(strcmp(net.trainFcn, 'trainbr') && p.mu == 0.005 && p.max_fail == 0, 'fitnet(10, ''trainbr'') defaults');
  check(p.epochs == 1000 && p.goal == 0 && p.mu_dec == 0.1 && p.mu_inc == 10 && p.mu_max == 1e10 && ...
        p.min_grad == 1e-7 && p.show == 25 && isinf(p.time), 'the other trainbr defaults are trainlm''s');
  switched = lmnet.fitnet(10);
  switched.trainParam.epochs = 3;
  switched.trainParam.mu = 0.5;
  switched.trainFcn = 'trainbr';
  check(isequal(switched.trainParam, net.trainParam), 'net.trainFcn = ''trainbr'' resets trainParam');

  [x, t] = reference_data(80);
  rng(12);
  net = lmnet.fitnet(5, 'trainbr');
  net.trainParam.epochs = 15;
  net.trainParam.showCommandLine = true;
  net.trainParam.show = 5;
  text = evalc('[net, tr] = train(net, x, t);');
  check(strcmp(tr.trainFcn, 'trainbr'), 'tr.trainFcn %s', tr.trainFcn);
  check(isequal(tr.states, {'epoch', 'time', 'perf', 'vperf', 'tperf', 'mu', 'gradient', 'gamk', 'ssX'}), ...
        'trainbr states');
  check(~isfield(tr, 'val_fail'), 'a trainbr record has no val_fail');
  check(isequal(size(tr.gamk), [1 tr.num_epochs + 1]) && isequal(size(tr.ssX), size(tr.gamk)), 'gamk and ssX series');
  check(all(tr.gamk > 0 & tr.gamk <= net.numWeightElements), 'gamk (effective parameters) in (0, %d]: %s', ...
        net.numWeightElements, mat2str(tr.gamk, 4));
  % trainbr keeps the last network, and ssX is its sum of squared weights.
  check(tr.best_epoch == tr.num_epochs, 'trainbr keeps the last epoch');
  check_close(tr.ssX(end), sum(getwb(net) .^ 2), 1e-12, 'ssX is the sum of squared weights');

  lines = strsplit(strtrim(text), sprintf('\n'));
  check(strcmp(lines{1}, 'Training with TRAINBR.'), 'first line "%s"', lines{1});
  pattern = ['^Epoch \d+/15, Time [0-9.e+-]+, Performance [0-9.e+-]+/0, Gradient [0-9.e+-]+/1e-07, ' ...
             'Mu [0-9.e+-]+/10000000000, Effective # Param [0-9.e+-]+, Sum Squared Param [0-9.e+-]+$'];
  check(~isempty(regexp(lines{2}, pattern, 'once')), 'trainbr line format: "%s"', lines{2});
  epochs = regexp(text, 'Epoch (\d+)/15,', 'tokens');
  epochs = cellfun(@(c) str2double(c{1}), epochs);
  check(isequal(epochs, unique([0:5:tr.num_epochs tr.num_epochs])), 'progress at epochs %s', mat2str(epochs));
  gamk = regexp(lines{end - 1}, 'Effective # Param ([0-9.e+-]+),', 'tokens', 'once');
  check_close(str2double(gamk{1}), tr.gamk(end), 1e-4, 'the last line shows the final gamk');
  check(strcmp(lines{end}, ['Training with TRAINBR completed: ' tr.stop]), 'last line "%s"', lines{end});

  % Noisy samples of sin(3x): error against the noise-free function on a fine
  % grid. trainlm stops early on validation; trainbr limits the effective
  % number of parameters instead, and should win for most (3 or more) data sets.
  f = @(x) sin(3 * x);
  x = linspace(-1, 1, 60);
  grid = linspace(-1, 1, 401);
  wins = 0;
  errors = zeros(5, 2);
  for s = 1:5
    rng(100 + s);
    t = f(x) + 0.2 * randn(size(x));
    rng(s);
    lm = lmnet.fitnet(10);
    lm.trainParam.epochs = 200;
    lm = train(lm, x, t);
    rng(s);
    br = lmnet.fitnet(10, 'trainbr');
    br.trainParam.epochs = 200;
    [br, trb] = train(br, x, t);
    check(all(trb.gamk > 0 & trb.gamk <= br.numWeightElements), 'gamk in (0, numWeightElements] (seed %d)', s);
    errors(s, :) = [mean((lm(grid) - f(grid)) .^ 2), mean((br(grid) - f(grid)) .^ 2)];
    wins = wins + (errors(s, 2) < errors(s, 1));
  end
  check(wins >= 3, 'trainbr beat trainlm on %d of 5 noisy data sets (test mse trainlm, trainbr: %s)', ...
        wins, mat2str(errors, 3));
end
