1; % octave_load_check.m — Octave's plain `load` reads LMNet golden files as documented.
%
%   octave-cli --no-gui Tests/hdf5/octave_load_check.m [GOLDEN_DIRECTORY]
%
% Default directory: Tests/LMNetHDF5Tests/Golden next to this script. Loads model_v1.h5,
% model_linear_v1.h5, record_v1.h5 and dataset_v1.h5 into structs with `load`, checks field
% names, MATLAB orientations (weights out x in like net.IW{1,1}, biases and settings as columns,
% series as rows, x as R x Q) and values, and recomputes the predictions stored in
% model_v1_predictions.h5 from the struct alone. Exits with status 1 on the first problem.

function require (ok, varargin)
  if (! ok)
    fprintf (2, "octave load check FAILED: %s\n", sprintf (varargin{:}));
    exit (1);
  end
end

function same_size (value, expected, what)
  require (isequal (size (value), expected), "%s has size %s, expected %s", what, mat2str (size (value)), mat2str (expected));
end

function s = str (c)
  % Fixed-length strings arrive as char rows (blank-padded matrices for lists).
  s = strtrim (cellstr (c));
end

function a = transfer (name, n)
  switch (name)
    case "tansig",    a = tanh (n);
    case "logsig",    a = 1 ./ (1 + exp (-n));
    case "purelin",   a = n;
    case "poslin",    a = max (n, 0);
    case "satlin",    a = min (max (n, 0), 1);
    case "satlins",   a = min (max (n, -1), 1);
    case "radbas",    a = exp (-n .* n);
    case "tribas",    a = max (0, 1 - abs (n));
    case "elliotsig", a = n ./ (1 + abs (n));
    otherwise, require (false, "unknown transfer function %s", name);
  end
end

function [keep, mapped] = rows_of (p)
  fcns = {};
  if (! isempty (p.process_fcns)) fcns = str (p.process_fcns); end
  xmin = p.xmin; xmax = p.xmax;
  keep = (1:numel (xmin))';
  if (any (strcmp (fcns, "removeconstantrows"))) keep = find (!(xmax - xmin <= 0)); end
  mapped = any (strcmp (fcns, "mapminmax")) & isfinite (xmin) & isfinite (xmax) & xmax > xmin;
end

function y = simulate (net, x)
  % MATLAB's y = net(x) with samples as columns, from the loaded struct only.
  [keep, mapped] = rows_of (net.input_processing);
  p = net.input_processing;
  a = x(keep, :);
  for j = 1:numel (keep)
    i = keep(j);
    if (mapped(i)) a(j, :) = 2 * (x(i, :) - p.xmin(i)) / (p.xmax(i) - p.xmin(i)) - 1; end
  end
  for k = 1:double (net.num_layers)
    layer = net.(sprintf ("layer_%d", k));
    a = transfer (strtrim (layer.transfer_fcn), layer.weights * a + layer.bias);
  end
  [keep, mapped] = rows_of (net.output_processing);
  p = net.output_processing;
  y = repmat (p.xmin, 1, columns (x));
  for j = 1:numel (keep)
    i = keep(j);
    if (mapped(i)) y(i, :) = (a(j, :) + 1) * (p.xmax(i) - p.xmin(i)) / 2 + p.xmin(i);
    else y(i, :) = a(j, :); end
  end
end

args = argv ();
if (numel (args) >= 1)
  golden = args{end};
else
  golden = fullfile (fileparts (mfilename ("fullpath")), "..", "LMNetHDF5Tests", "Golden");
end

% ---- model_v1.h5: a model with options and a training record
m = load (fullfile (golden, "model_v1.h5"));
require (isequal (sort (fieldnames (m))', {"meta", "network", "options", "training"}), "model_v1 fields: %s", strjoin (fieldnames (m)', ", "));
require (strcmp (m.meta.format, "lmnet.model") && m.meta.format_version == 1, "meta");
require (isa (m.meta.format_version, "int64"), "format_version is %s, expected int64", class (m.meta.format_version));
net = m.network;
require (net.num_inputs == 3 && net.num_outputs == 2 && net.num_layers == 3, "network sizes");
same_size (net.layer_sizes, [1 3], "layer_sizes");
require (isequal (double (net.layer_sizes), [3 2 2]), "layer_sizes values");
same_size (net.layer_1.weights, [3 2], "layer_1.weights (net.IW{1,1}: S_1 x in_1)");
same_size (net.layer_2.weights, [2 3], "layer_2.weights (net.LW{2,1})");
same_size (net.layer_3.weights, [2 2], "layer_3.weights (net.LW{3,2})");
same_size (net.layer_1.bias, [3 1], "layer_1.bias (net.b{1})");
same_size (net.input_processing.xmin, [3 1], "input xmin (settings.xmin)");
require (isequal (net.layer_1.weights, [0.5 0.75; -1.25 -0.125; 2.0 1/3]), "layer_1.weights values");
require (isequal (net.layer_1.bias, [0.1; -0.2; 0.3]), "layer_1.bias values");
require (isequal (net.input_processing.xmax, [4.25; 2; 10]), "input xmax values");
require (isequal (str (net.input_processing.process_fcns), {"removeconstantrows"; "mapminmax"}), "process_fcns");
require (isequal (str (net.layer_1.transfer_fcn), {"logsig"}), "layer_1.transfer_fcn");

o = m.options;
require (strcmp (o.trainFcn, "trainlm") && strcmp (o.divideFcn, "divideind") && strcmp (o.performFcn, "sse"), "option names");
require (o.trainParam.epochs == 300 && o.trainParam.mu == 0.005 && isnan (o.trainParam.show), "trainParam");
require (isequal (double (o.divideParam.trainInd), [1 2 3 5]), "divideParam.trainInd must be 1-based [1 2 3 5]");
require (o.performParam.regularization == 0.25 && o.seed == 42, "performParam, seed");

tr = m.training;
same_size (tr.perf, [1 4], "training.perf (one row)");
require (isequal (tr.perf, [2.5 0.75 0.3 0.2875]), "training.perf values");
require (strcmp (tr.stop, "Maximum epoch reached.") && tr.stop_reason == 4, "training.stop");
require (tr.num_epochs == 3 && tr.best_epoch == 2 && tr.num_samples == 6, "training counts");
require (isequal (find (tr.train_mask), [1 2 3 5]) && isa (tr.train_mask, "uint8"), "training.train_mask");
require (tr.options.trainParam.goal == tr.goal, "training.options");

% ---- predictions from the struct alone
c = load (fullfile (golden, "model_v1_predictions.h5"));
same_size (c.x, [3 5], "predictions x (R x Q)");
same_size (c.t, [2 5], "predictions t (S x Q)");
y = simulate (net, c.x);
err = max (abs (y(:) - c.t(:)) ./ max (1, abs (c.t(:))));
require (err <= 1e-12, "predictions recomputed from the struct differ (max rel. error %g)", err);

% ---- model_linear_v1.h5: no hidden layer, no options, no record
lin = load (fullfile (golden, "model_linear_v1.h5"));
require (isequal (sort (fieldnames (lin))', {"meta", "network"}), "model_linear_v1 fields");
same_size (lin.network.layer_1.weights, [1 2], "linear weights");
require (isequal (lin.network.layer_1.weights, [2.5 -0.375]) && lin.network.layer_1.bias == 0.125, "linear values");
require (isempty (lin.network.output_processing.process_fcns), "linear output process_fcns must be empty");
y = simulate (lin.network, [1 0; 10 -10]);
require (max (abs (y - [2.25 -2])) < 1e-14, "linear predictions");

% ---- record_v1.h5: a trainbr record on its own
r = load (fullfile (golden, "record_v1.h5"));
require (strcmp (r.meta.format, "lmnet.record"), "record format");
tr = r.training;
require (strcmp (tr.trainFcn, "trainbr") && strcmp (tr.stop, "Validation stop."), "record names");
require (isequal (tr.ssX, [10 12.5 13]) && isequal (tr.gamk, [4 5.5 6.25]), "record gamk, ssX");
require (all (isnan (tr.tperf)) && isnan (tr.best_tperf), "record NaN values");
require (isequal (find (tr.val_mask), [2 4]) && ! any (tr.test_mask), "record masks");

% ---- dataset_v1.h5
d = load (fullfile (golden, "dataset_v1.h5"));
same_size (d.x, [2 4], "dataset x (R x Q)");
require (isequal (d.x, [1 3.5 -0.5 2; -2 0.25 8 2]), "dataset x values");
require (isnan (d.t(2)) && d.t(3) == -1.25, "dataset t values");
require (isequal (str (d.input_names), {"temperature"; "pressure"}), "dataset input_names");
require (isequal (find (d.train_mask), [1 4]), "dataset train_mask");

printf ("octave load check: OK (model_v1, model_linear_v1, record_v1, dataset_v1; predictions max rel. error %.1e)\n", err);
