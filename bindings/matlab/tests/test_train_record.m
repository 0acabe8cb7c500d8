function test_train_record(ctx)
% [net, tr] = train(net, x, t) returns a record with the toolbox's fields.
  [x, t] = reference_data(200);
  rng(11);
  net = lmnet.fitnet(6);
  net.trainParam.epochs = 40;
  [net, tr] = train(net, x, t);

  fields = {'trainFcn', 'trainParam', 'performFcn', 'performParam', 'divideFcn', 'divideParam', 'trainInd', ...
            'valInd', 'testInd', 'stop', 'num_epochs', 'trainMask', 'valMask', 'testMask', 'best_epoch', 'goal', ...
            'states', 'epoch', 'time', 'perf', 'vperf', 'tperf', 'mu', 'gradient', 'val_fail', 'best_perf', ...
            'best_vperf', 'best_tperf'};
  missing = fields(~isfield(tr, fields));
  check(isempty(missing), 'tr lacks %s', strjoin(missing, ', '));
  check(isequal(tr.states, {'epoch', 'time', 'perf', 'vperf', 'tperf', 'mu', 'gradient', 'val_fail'}), ...
        'tr.states for trainlm');
  check(strcmp(tr.trainFcn, 'trainlm') && strcmp(tr.performFcn, 'mse') && strcmp(tr.divideFcn, 'dividerand'), ...
        'function names in tr');
  check(tr.trainParam.epochs == 40, 'tr.trainParam is the parameters used');

  % Division: 1-based indices partitioning 1..Q with the toolbox's counts.
  everyIndex = sort([tr.trainInd tr.valInd tr.testInd]);
  check(isequal(everyIndex, 1:200), 'trainInd, valInd and testInd partition 1..Q (1-based)');
  check(numel(tr.trainInd) == 140 && numel(tr.valInd) == 30 && numel(tr.testInd) == 30, ...
        'dividerand counts %d/%d/%d', numel(tr.trainInd), numel(tr.valInd), numel(tr.testInd));
  check(isequal(tr.trainInd, sort(tr.trainInd)), 'indices ascending');
  check(isequal(find(tr.valMask{1} == 1), tr.valInd) && all(isnan(tr.valMask{1}(tr.trainInd))), 'valMask');

  % Series: one value per epoch 0..num_epochs, MATLAB's semantics.
  n = tr.num_epochs;
  check(n >= 1 && n <= 40, 'num_epochs %d', n);
  for s = tr.states
    check(isequal(size(tr.(s{1})), [1 n + 1]), 'tr.%s is 1x(num_epochs+1)', s{1});
  end
  check(isequal(tr.epoch, 0:n), 'tr.epoch = 0:num_epochs');
  check(all(diff(tr.perf) <= 0), 'training performance never increases under LM');
  stops = {'Performance goal met.', 'Maximum epoch reached.', 'Maximum time elapsed.', ...
           'Minimum gradient reached.', 'Maximum MU reached.', 'Validation stop.'};
  check(any(strcmp(tr.stop, stops)), 'unexpected stop sentence "%s"', tr.stop);
  b = tr.best_epoch + 1;
  check(tr.best_vperf == tr.vperf(b) && tr.best_perf == tr.perf(b) && tr.best_tperf == tr.tperf(b), ...
        'best_* are the series at best_epoch');
  check(tr.best_vperf == min(tr.vperf), 'best_epoch has the lowest validation performance');

  % The returned network is the best one: its validation mse is best_vperf.
  y = net(x);
  vperf = mean((t(tr.valInd) - y(tr.valInd)) .^ 2);
  check_close(vperf, tr.best_vperf, 1e-9, 'validation mse of the returned network');
  tperf = mean((t(tr.testInd) - y(tr.testInd)) .^ 2);
  check_close(tperf, tr.best_tperf, 1e-9, 'test mse of the returned network');
  check(isfield(tr, 'lmnet') && tr.lmnet.stop_reason >= 3, 'tr.lmnet.stop_reason');
end
