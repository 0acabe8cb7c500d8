function test_stop_conditions(ctx)
% Each trainParam reaches the library: every stop rule can be triggered and
% reports MATLAB's sentence.
  [x, t] = reference_data(100);
  cases = {
    'goal', 1e3, 'Performance goal met.'
    'epochs', 3, 'Maximum epoch reached.'
    'time', 0, 'Maximum time elapsed.'
    'min_grad', 1e6, 'Minimum gradient reached.'
    'mu_max', 1e-3, 'Maximum MU reached.'};
  for k = 1:size(cases, 1)
    rng(18);
    net = lmnet.fitnet(4);
    net.trainParam.(cases{k, 1}) = cases{k, 2};
    [~, tr] = train(net, x, t);
    check(strcmp(tr.stop, cases{k, 3}), 'trainParam.%s = %g stopped with "%s", expected "%s"', ...
          cases{k, 1}, cases{k, 2}, tr.stop, cases{k, 3});
    check(tr.trainParam.(cases{k, 1}) == cases{k, 2}, 'tr.trainParam.%s', cases{k, 1});
  end
  check(tr.num_epochs == 0, 'mu >= mu_max stops before the first epoch');

  rng(18);
  net = lmnet.fitnet(4);
  net.trainParam.epochs = 1;
  net.trainParam.mu = 0.01;
  net.trainParam.mu_dec = 0.5;
  [~, tr] = train(net, x, t);
  % One epoch: k rejected trials (mu * mu_inc each), then an accepted one (* mu_dec).
  k = log10(tr.mu(2) / (0.01 * 0.5));
  check(abs(k - round(k)) < 1e-9, 'mu after one epoch is %g: mu_dec = 0.5 was not used', tr.mu(2));
  check(tr.mu(1) == 0.01, 'tr.mu(1) is trainParam.mu');
  % max_fail: with max_fail = 2 a validation stop comes quickly for most seeds.
  stopped = false;
  for seed = 18:25
    rng(seed);
    net = lmnet.fitnet(4);
    net.trainParam.max_fail = 2;
    net.trainParam.min_grad = 0;
    net.trainParam.epochs = 200;
    [~, tr] = train(net, x, t);
    if strcmp(tr.stop, 'Validation stop.')
      stopped = true;
      check(tr.val_fail(end) == 2 && tr.num_epochs == tr.best_epoch + 2, 'validation stop after max_fail checks');
      break;
    end
    check(max(tr.val_fail) < 2, 'no validation stop although val_fail reached max_fail');
  end
  check(stopped, 'max_fail = 2 never gave a validation stop in 8 seeds');
end
