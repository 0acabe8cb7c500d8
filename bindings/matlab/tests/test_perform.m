function test_perform(ctx)
% perform(net, t, y) follows performFcn and performParam.regularization.
  [x, t] = reference_data(80);
  rng(5);
  net = lmnet.fitnet(4);
  net.trainParam.epochs = 3;
  net = train(net, x, t);
  y = net(x);
  e = t - y;
  check_close(perform(net, t, y), mean(e .^ 2), 1e-13, 'mse');
  tn = t;
  tn([3 9]) = NaN;
  check_close(perform(net, tn, y), mean(e(~isnan(tn)) .^ 2), 1e-13, 'NaN targets are left out');
  sse = net;
  sse.performFcn = 'sse';
  check_close(perform(sse, t, y), sum(e .^ 2), 1e-13, 'sse');
  reg = net;
  reg.performParam.regularization = 0.3;
  wb = getwb(net);
  check_close(perform(reg, t, y), 0.7 * mean(e .^ 2) + 0.3 * mean(wb .^ 2), 1e-12, ...
              'regularization blends in the mean squared weights');
  unconfigured = lmnet.fitnet(3);
  check_close(perform(unconfigured, [1 2 3], [1 2 5]), 4 / 3, 1e-15, 'perform needs no configured network');
  check_error(@() perform(net, t, y(1:end - 1)), 'lmnet:dimension');
  [~, trn] = train(net, x, tn);
  check(all(isfinite(trn.perf)), 'NaN targets are "don''t care" in train');
end
