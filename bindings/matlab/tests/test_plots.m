function test_plots(ctx)
% plotperform, plottrainstate, plotregression and ploterrhist draw what the
% toolbox draws, into an invisible figure printed to PNG (headless).
  if exist('OCTAVE_VERSION', 'builtin') && isempty(available_graphics_toolkits())
    skip_test('no Octave graphics toolkit (install gnuplot-nox and fonts-freefont-otf)');
  end
  [x, t] = reference_data(150);
  rng(13);
  net = lmnet.fitnet(6);
  net.trainParam.epochs = 30;
  [net, tr] = train(net, x, t);
  y = net(x);
  fig = figure('visible', 'off');

  h = lmnet.plotperform(tr);
  check(h == fig, 'plotperform draws into the current figure');
  ax = findobj(fig, 'type', 'axes', '-not', 'tag', 'legend');
  expected = sprintf('Best Validation Performance is %s at epoch %d', num2str(tr.best_vperf), tr.best_epoch);
  check(strcmp(get(get(ax(1), 'title'), 'string'), expected), 'plotperform title "%s", expected "%s"', ...
        get(get(ax(1), 'title'), 'string'), expected);
  check(strcmp(get(get(ax(1), 'xlabel'), 'string'), sprintf('%d Epochs', tr.num_epochs)), 'plotperform x label');
  check(strcmp(get(ax(1), 'yscale'), 'log'), 'plotperform uses a log scale');
  lines = findobj(ax(1), 'type', 'line');
  ydata = get(lines, 'ydata');
  check(any(cellfun(@(v) isequal(v, tr.perf), ydata)) && any(cellfun(@(v) isequal(v, tr.vperf), ydata)) && ...
        any(cellfun(@(v) isequal(v, tr.tperf), ydata)), 'plotperform draws perf, vperf and tperf');
  print_png(fig, fullfile(ctx.tmp, 'perform.png'));

  lmnet.plottrainstate(tr);
  titles = get_titles(fig);
  check(any(strcmp(titles, sprintf('Gradient = %s, at epoch %d', num2str(tr.gradient(end)), tr.num_epochs))), ...
        'plottrainstate gradient title');
  check(any(strcmp(titles, sprintf('Validation Checks = %d, at epoch %d', tr.val_fail(end), tr.num_epochs))), ...
        'plottrainstate validation checks title');
  print_png(fig, fullfile(ctx.tmp, 'trainstate.png'));

  lmnet.plotregression(t, y);
  c = corrcoef(t, y);
  titles = get_titles(fig);
  check(any(strcmp(titles, sprintf('R=%s', num2str(c(1, 2))))), 'plotregression title %s', strjoin(titles, '|'));
  lmnet.plotregression(t(tr.trainInd), y(tr.trainInd), 'Training', t(tr.testInd), y(tr.testInd), 'Test');
  check(numel(get_titles(fig)) == 2 && any(strncmp(get_titles(fig), 'Training: R=', 12)), ...
        'plotregression with named sets');
  print_png(fig, fullfile(ctx.tmp, 'regression.png'));

  e = t - y;
  lmnet.ploterrhist(e);
  check(any(strcmp(get_titles(fig), 'Error Histogram with 20 Bins')), 'ploterrhist title');
  bars = findobj(fig, 'type', 'hggroup');
  if isempty(bars)
    bars = findobj(fig, 'type', 'bar');
  end
  check(~isempty(bars) && sum(get(bars(1), 'ydata')) == numel(e), 'the histogram counts every error');
  lmnet.ploterrhist(e(tr.trainInd), 'Training', e(tr.valInd), 'Validation', 'bins', 10);
  check(any(strcmp(get_titles(fig), 'Error Histogram with 10 Bins')), 'ploterrhist bins option');
  print_png(fig, fullfile(ctx.tmp, 'errhist.png'));
end

function print_png(fig, path)
  print(fig, '-dpng', path);
  info = dir(path);
  check(~isempty(info) && info.bytes > 1000, 'print wrote no PNG at %s', path);
end

function titles = get_titles(fig)
  axes_list = findobj(fig, 'type', 'axes');
  titles = {};
  for k = 1:numel(axes_list)
    text = get(get(axes_list(k), 'title'), 'string');
    if ~isempty(text)
      titles{end + 1} = text; %#ok<AGROW>
    end
  end
end
