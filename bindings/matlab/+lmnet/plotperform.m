function h = plotperform(tr)
% lmnet.plotperform  Training, validation and test performance per epoch (log
% scale) with the best epoch marked, as the toolbox draws it: title "Best
% Validation Performance is X at epoch N" (Training when there is no
% validation set), x label "N Epochs".
  lmnet.internal.check_record(tr, {'epoch', 'perf', 'vperf', 'tperf', 'best_epoch', 'num_epochs'}, 'plotperform');
  fig = lmnet.internal.plot_figure('plotperform');
  ax = axes('Parent', fig);
  hold(ax, 'on');
  names = {'Train'};
  semilogy(ax, tr.epoch, tr.perf, '-', 'Color', [0 0 1], 'LineWidth', 2);
  hasVal = any(isfinite(tr.vperf));
  if hasVal
    semilogy(ax, tr.epoch, tr.vperf, '-', 'Color', [0 0.8 0], 'LineWidth', 2);
    names{end + 1} = 'Validation';
  end
  if any(isfinite(tr.tperf))
    semilogy(ax, tr.epoch, tr.tperf, '-', 'Color', [1 0 0], 'LineWidth', 2);
    names{end + 1} = 'Test';
  end
  if hasVal
    which = 'Validation';
    best = tr.vperf(tr.best_epoch + 1);
    color = [0 0.8 0];
  else
    which = 'Training';
    best = tr.perf(tr.best_epoch + 1);
    color = [0 0 1];
  end
  semilogy(ax, [tr.epoch(1) tr.epoch(end)], [best best], ':', 'Color', color, 'LineWidth', 1);
  names{end + 1} = 'Best';
  semilogy(ax, tr.best_epoch, best, 'o', 'Color', color, 'MarkerSize', 12, 'LineWidth', 1.5);
  set(ax, 'YScale', 'log');
  hold(ax, 'off');
  grid(ax, 'on');
  title(ax, sprintf('Best %s Performance is %s at epoch %d', which, num2str(best), tr.best_epoch));
  xlabel(ax, sprintf('%d Epochs', tr.num_epochs));
  ylabel(ax, performance_label(tr));
  legend(ax, names{:}, 'Location', 'northeast');
  if nargout > 0
    h = fig;
  end
end

function label = performance_label(tr)
  if isfield(tr, 'performFcn') && strcmp(tr.performFcn, 'sse')
    label = 'Sum Squared Error  (sse)';
  else
    label = 'Mean Squared Error  (mse)';
  end
end
