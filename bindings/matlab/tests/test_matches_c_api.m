function test_matches_c_api(ctx)
% The binding gives exactly what the C API gives for the same seeds: a C
% program compiled here trains through lmnet.h alone. The seeds follow the
% documented rule: configure draws floor(rand*2^32), then train draws one for
% the division. Checked with dividerand and with divideind (1-based in
% MATLAB, 0-based in C).
  [x, t] = reference_data(300);
  data = fullfile(ctx.tmp, 'c_data.bin');
  write_samples(data, x, t);

  rng(123);
  net = lmnet.fitnet([8 6]);
  net.trainParam.epochs = 25;
  [net, tr] = train(net, x, t);
  rng(123);
  seedInit = floor(rand() * 2^32);
  seedDivision = floor(rand() * 2^32);
  out = fullfile(ctx.tmp, 'c_rand.txt');
  c = run_c_reference(ctx, 'train', data, '8,6', sprintf('%d', seedInit), sprintf('%d', seedDivision), '25', ...
                      'dividerand', out);
  check_close(getwb(net)', c.weights, 1e-12, 'trained weights (dividerand)');
  check_close(tr.perf, c.perf, 1e-12, 'tr.perf (dividerand)');
  check(isequal(tr.trainInd, c.trainInd + 1) && isequal(tr.valInd, c.valInd + 1) && ...
        isequal(tr.testInd, c.testInd + 1), 'division indices are the C indices + 1');
  check_close(net(x), reshape(c.y, size(t)), 1e-12, 'outputs (dividerand)');

  rng(7);
  net = lmnet.fitnet([8 6]);
  net.trainParam.epochs = 15;
  net.divideFcn = 'divideind';
  q = size(x, 2);
  net.divideParam.trainInd = 1:2:q;
  net.divideParam.valInd = 2:4:q;
  net.divideParam.testInd = 4:4:q;
  [net, tr] = train(net, x, t);
  rng(7);
  seedInit = floor(rand() * 2^32);
  seedDivision = floor(rand() * 2^32);
  out = fullfile(ctx.tmp, 'c_ind.txt');
  c = run_c_reference(ctx, 'train', data, '8,6', sprintf('%d', seedInit), sprintf('%d', seedDivision), '15', ...
                      'divideind', out);
  check(isequal(tr.trainInd, 1:2:q) && isequal(tr.valInd, 2:4:q) && isequal(tr.testInd, 4:4:q), ...
        'divideind keeps the 1-based indices');
  check(isequal(tr.valInd, c.valInd + 1), 'the C program used the same subsets');
  check_close(getwb(net)', c.weights, 1e-12, 'trained weights (divideind)');
  check_close(tr.perf, c.perf, 1e-12, 'tr.perf (divideind)');
end
