function test_warm_start(ctx)
% Calling train again continues from the trained weights.
  [x, t] = reference_data(120);
  rng(8);
  net = lmnet.fitnet(6);
  net.divideFcn = 'dividetrain';
  net.trainParam.epochs = 10;
  net.trainParam.min_grad = 0;
  [net, tr1] = train(net, x, t);
  check(isempty(tr1.valInd) && isempty(tr1.testInd) && isequal(tr1.trainInd, 1:120), 'dividetrain');
  check(all(isnan(tr1.vperf)) && all(isnan(tr1.tperf)), 'vperf/tperf are NaN without validation/test sets');
  weights = getwb(net);
  [net2, tr2] = train(net, x, t);
  check_close(tr2.perf(1), tr1.perf(end), 1e-12, 'the second train starts where the first ended');
  check(tr2.perf(end) < tr1.perf(end), 'and improves on it');
  check(~isequal(getwb(net2), weights), 'weights moved');
  check(isequal(net2.inputs{1}.range, net.inputs{1}.range), 'processing settings are kept');
end
