function h = plottrainstate(tr)
% lmnet.plottrainstate  Gradient and mu (log scale) and validation checks per
% epoch, as the toolbox draws them; for trainbr also the effective number of
% parameters (gamk) and the sum of squared parameters (ssX). Each panel's title
% gives the final value: "Gradient = X, at epoch N".
  lmnet.internal.check_record(tr, {'epoch', 'gradient', 'mu', 'num_epochs'}, 'plottrainstate');
  fig = lmnet.internal.plot_figure('plottrainstate');
  panels = {'gradient', 'Gradient', 'gradient', true; 'mu', 'Mu', 'mu', true};
  if isfield(tr, 'gamk')
    panels(end + 1, :) = {'gamk', 'Num Parameters', 'gamk', false};
  end
  if isfield(tr, 'ssX')
    panels(end + 1, :) = {'ssX', 'Sum Squared Param', 'ssX', false};
  end
  if isfield(tr, 'val_fail')
    panels(end + 1, :) = {'val_fail', 'Validation Checks', 'val fail', false};
  end
  n = size(panels, 1);
  last = tr.num_epochs;
  for k = 1:n
    ax = subplot(n, 1, k, 'Parent', fig);
    values = tr.(panels{k, 1});
    if panels{k, 4}
      semilogy(ax, tr.epoch, values, '-', 'Color', [0 0 1], 'LineWidth', 1.5);
    else
      plot(ax, tr.epoch, values, '-', 'Color', [0 0 1], 'LineWidth', 1.5);
    end
    grid(ax, 'on');
    title(ax, sprintf('%s = %s, at epoch %d', panels{k, 2}, num2str(values(end)), last));
    ylabel(ax, panels{k, 3});
  end
  xlabel(ax, sprintf('%d Epochs', last));
  if nargout > 0
    h = fig;
  end
end
