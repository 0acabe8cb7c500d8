function test_python_roundtrip(ctx)
% A model file written by Octave loads in Python's lmnet with the same outputs;
% Python writes one back (weights halved) that Octave loads.
  python = find_python(ctx);
  [x, t] = reference_data(90);
  rng(15);
  net = lmnet.fitnet(4);
  net.trainParam.epochs = 10;
  [net, tr] = train(net, x, t);
  y = net(x);
  model = fullfile(ctx.tmp, 'for_python.h5');
  back = fullfile(ctx.tmp, 'from_python.h5');
  data = fullfile(ctx.tmp, 'python_data.bin');
  result = fullfile(ctx.tmp, 'python_result.txt');
  lmnet.saveModel(net, model, tr);
  write_samples(data, x, y);
  [status, output] = system(sprintf('%s "%s" "%s" "%s" "%s" "%s" 2>&1', python, ...
                                    fullfile(ctx.tests, 'python_roundtrip.py'), model, data, back, result));
  check(status == 0, 'python_roundtrip.py failed:\n%s', output);
  r = read_arrays(result);
  check(r.max_abs_diff <= 1e-14, 'Python outputs differ from Octave by %g', r.max_abs_diff);
  check(isequal(r.weights, getwb(net)'), 'Python reads the same weights');
  check(isequal(r.layer_sizes, [4 1]), 'Python sees the layer sizes');
  check(r.epochs_in_record == tr.num_epochs, 'Python reads the training record');

  halved = lmnet.loadModel(back);
  check(isequal(getwb(halved), 0.5 * getwb(net)), 'Octave reads the weights Python wrote');
  check_close(halved(x), reshape(r.y_half, size(y)), 1e-15, 'Octave and Python agree on the file Python wrote');
end

function python = find_python(ctx)
  % LMNET_PYTHON (set by the project's test command), else python3; the lmnet
  % package from there, else from bindings/python/src with this liblmnet.so.
  python = getenv('LMNET_PYTHON');
  if isempty(python)
    python = 'python3';
  end
  [status, ~] = system(sprintf('%s -c "import lmnet" 2>/dev/null', python));
  if status == 0
    return;
  end
  source = fullfile(ctx.repo, 'bindings', 'python', 'src');
  candidate = sprintf('PYTHONPATH="%s" LMNET_LIBRARY="%s" %s', source, ctx.library, python);
  [status, ~] = system(sprintf('%s -c "import lmnet, numpy" 2>/dev/null', candidate));
  if status ~= 0
    skip_test('python3 with the lmnet package (and numpy) is not available; Python round trip not run');
  end
  python = candidate;
end
