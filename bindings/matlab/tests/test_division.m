function test_division(ctx)
% divideblock, divideint and divideind divide as the toolbox does (1-based).
  [x, t] = reference_data(100);
  net = lmnet.fitnet(3);
  net.trainParam.epochs = 2;

  net.divideFcn = 'divideblock';
  [~, tr] = train(net, x, t);
  check(isequal(tr.trainInd, 1:70) && isequal(tr.valInd, 71:85) && isequal(tr.testInd, 86:100), ...
        'divideblock: contiguous blocks');
  check(strcmp(tr.divideFcn, 'divideblock'), 'tr.divideFcn');

  net.divideFcn = 'divideint';
  net.divideParam.trainRatio = 0.5;
  net.divideParam.valRatio = 0.25;
  net.divideParam.testRatio = 0.25;
  [~, tr] = train(net, x, t);
  check(numel(tr.trainInd) == 50 && numel(tr.valInd) == 25 && numel(tr.testInd) == 25, 'divideint counts');
  check(tr.trainInd(1) == 1 && isequal(sort([tr.trainInd tr.valInd tr.testInd]), 1:100), 'divideint partition');
  check(max(diff(tr.valInd)) <= 5, 'divideint interleaves');

  net.divideFcn = 'divideind';
  net.divideParam.trainInd = [1:60 200];   % indices beyond Q are dropped
  net.divideParam.valInd = 61:80;
  net.divideParam.testInd = 81:100;
  [~, tr] = train(net, x, t);
  check(isequal(tr.trainInd, 1:60) && isequal(tr.valInd, 61:80) && isequal(tr.testInd, 81:100), 'divideind');
  net.divideParam.valInd = [];
  net.divideParam.testInd = [];
  [~, tr] = train(net, x, t);
  check(isempty(tr.valInd) && all(isnan(tr.vperf)), 'no validation set: vperf is NaN');

  net.divideFcn = 'dividerand';
  net.divideParam.trainRatio = 0.8;
  net.divideParam.valRatio = 0.1;
  net.divideParam.testRatio = 0.1;
  [~, tr] = train(net, x, t);
  check(numel(tr.trainInd) == 80 && numel(tr.valInd) == 10 && numel(tr.testInd) == 10, 'dividerand ratios');
end
