function h = plotregression(varargin)
% lmnet.plotregression  Outputs against targets with the least-squares line
% Output ~= a*Target + b and the correlation R, as the toolbox draws it.
%   lmnet.plotregression(t, y)
%   lmnet.plotregression(t, y, 'Training')
%   lmnet.plotregression(t1, y1, 'Training', t2, y2, 'Test', ...)   one panel each
% NaN targets are left out.
  sets = parse_sets(varargin);
  fig = lmnet.internal.plot_figure('plotregression');
  n = numel(sets);
  rows = ceil(sqrt(n));
  cols = ceil(n / rows);
  for k = 1:n
    ax = subplot(rows, cols, k, 'Parent', fig);
    t = sets{k}.t;
    y = sets{k}.y;
    keep = isfinite(t) & isfinite(y);
    t = t(keep);
    y = y(keep);
    [a, b, r] = regression_line(t, y);
    lo = min([t; y]);
    hi = max([t; y]);
    if isempty(lo) || lo == hi
      lo = lo - 1; hi = hi + 1;
    end
    plot(ax, t, y, 'o', 'Color', [0 0 0], 'MarkerSize', 4);
    hold(ax, 'on');
    plot(ax, [lo hi], a * [lo hi] + b, '-', 'Color', [0 0 1], 'LineWidth', 2);
    plot(ax, [lo hi], [lo hi], ':', 'Color', [0 0 0]);
    hold(ax, 'off');
    axis(ax, [lo hi lo hi]);
    grid(ax, 'on');
    legend(ax, 'Data', 'Fit', 'Y = T', 'Location', 'northwest');
    if isempty(sets{k}.name)
      title(ax, sprintf('R=%s', num2str(r)));
    else
      title(ax, sprintf('%s: R=%s', sets{k}.name, num2str(r)));
    end
    xlabel(ax, 'Target');
    ylabel(ax, sprintf('Output ~= %s*Target + %s', num2str(a, 2), num2str(b, 2)), 'Interpreter', 'none');
  end
  if nargout > 0
    h = fig;
  end
end

function sets = parse_sets(args)
  sets = {};
  k = 1;
  while k <= numel(args)
    if k + 1 > numel(args) || ~isnumeric(args{k}) || ~isnumeric(args{k + 1})
      error('lmnet:invalidArgument', 'usage: plotregression(t, y [, name], t2, y2 [, name2], ...)');
    end
    t = double(args{k});
    y = double(args{k + 1});
    if ~isequal(size(t), size(y))
      error('lmnet:dimension', 'plotregression: t is %dx%d but y is %dx%d', size(t), size(y));
    end
    name = '';
    k = k + 2;
    if k <= numel(args) && ischar(args{k})
      name = args{k};
      k = k + 1;
    end
    sets{end + 1} = struct('t', t(:), 'y', y(:), 'name', name); %#ok<AGROW>
  end
  if isempty(sets)
    error('lmnet:invalidArgument', 'usage: plotregression(t, y)');
  end
end

function [a, b, r] = regression_line(t, y)
  % Least squares y ~= a t + b and Pearson's R.
  if numel(t) < 2 || all(t == t(1))
    a = 0; b = mean(y); r = NaN;
    return;
  end
  tc = t - mean(t);
  yc = y - mean(y);
  a = (tc' * yc) / (tc' * tc);
  b = mean(y) - a * mean(t);
  r = (tc' * yc) / sqrt((tc' * tc) * (yc' * yc));
end
