function test_trainbr(ctx)
% trainbr: Bayesian regularization with its own parameters and record states.
  [x, t] = reference_data(80);
  rng(12);
  net = lmnet.fitnet(5, 'trainbr');
  net.trainParam.epochs = 15;
  net.trainParam.showCommandLine = true;
  net.trainParam.show = 100;
  text = evalc('[net, tr] = train(net, x, t);');
  check(strcmp(tr.trainFcn, 'trainbr'), 'tr.trainFcn %s', tr.trainFcn);
  check(isequal(tr.states, {'epoch', 'time', 'perf', 'vperf', 'tperf', 'mu', 'gradient', 'gamk', 'ssX'}), ...
        'trainbr states');
  check(isequal(size(tr.gamk), [1 tr.num_epochs + 1]) && isequal(size(tr.ssX), size(tr.gamk)), 'gamk and ssX series');
  check(all(tr.gamk >= 0 & tr.gamk <= net.numWeightElements), 'gamk counts effective parameters');
  check(~isempty(strfind(text, 'Training with TRAINBR.')) && ~isempty(strfind(text, 'Effective # Param')), ...
        'trainbr progress lines');
  check(all(isfinite(net(x))), 'trainbr network simulates');
end
