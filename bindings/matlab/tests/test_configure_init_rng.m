function test_configure_init_rng(ctx)
% rng(seed) before configure/init/train makes weights and division reproducible.
  [x, t] = reference_data(100);
  rng(21);
  a = configure(lmnet.fitnet(5), x, t);
  rng(21);
  b = configure(lmnet.fitnet(5), x, t);
  rng(22);
  c = configure(lmnet.fitnet(5), x, t);
  check(isequal(getwb(a), getwb(b)), 'same rng seed, same initial weights');
  check(~isequal(getwb(a), getwb(c)), 'another rng seed, other initial weights');
  check(a.inputs{1}.size == 1 && a.outputs{end}.size == 1 && a.numWeightElements == 16, 'configured sizes');
  check(all(a.b{2} >= -1 & a.b{2} <= 1) && all(abs(a.LW{2, 1}) <= 1), 'purelin output layer is uniform in [-1,1]');

  rng(30);
  i1 = init(a);
  rng(30);
  i2 = init(a);
  check(isequal(getwb(i1), getwb(i2)) && ~isequal(getwb(i1), getwb(a)), 'init draws new, reproducible weights');
  same = init(lmnet.fitnet(5));
  check(same.inputs{1}.size == 0, 'init leaves an unconfigured network unconfigured');

  rng(40);
  [n1, tr1] = train(lmnet.fitnet(5), x, t);
  rng(40);
  [n2, tr2] = train(lmnet.fitnet(5), x, t);
  rng(41);
  [~, tr3] = train(lmnet.fitnet(5), x, t);
  check(isequal(getwb(n1), getwb(n2)) && isequal(tr1.perf, tr2.perf), 'rng + train is reproducible');
  check(isequal(tr1.trainInd, tr2.trainInd) && ~isequal(tr1.trainInd, tr3.trainInd), 'division follows rng');

end
