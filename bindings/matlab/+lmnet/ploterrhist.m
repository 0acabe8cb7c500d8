function h = ploterrhist(varargin)
% lmnet.ploterrhist  Histogram of errors (targets - outputs), as the toolbox
% draws it: 20 bins by default, one stacked colour per named error set, the
% zero-error line, title "Error Histogram with 20 Bins".
%   lmnet.ploterrhist(t - y)
%   lmnet.ploterrhist(e1, 'Training', e2, 'Validation', e3, 'Test', 'bins', 30)
  [sets, names, bins] = parse_args(varargin);
  all_errors = vertcat(sets{:});
  all_errors = all_errors(isfinite(all_errors));
  if isempty(all_errors)
    error('lmnet:invalidArgument', 'ploterrhist: there are no finite errors to draw');
  end
  lo = min(all_errors);
  hi = max(all_errors);
  if lo == hi
    lo = lo - 0.5; hi = hi + 0.5;
  end
  width = (hi - lo) / bins;
  centers = lo + width * ((1:bins) - 0.5);
  counts = zeros(bins, numel(sets));
  for k = 1:numel(sets)
    e = sets{k};
    e = e(isfinite(e));
    index = min(floor((e - lo) / width) + 1, bins);   % the maximum falls in the last bin
    counts(:, k) = accumarray(index(:), 1, [bins 1]);
  end
  fig = lmnet.internal.plot_figure('ploterrhist');
  ax = axes('Parent', fig);
  colors = [0 0 1; 0 0.8 0; 1 0 0; 0.5 0.5 0.5];
  if numel(sets) == 1
    bars = bar(ax, centers, counts, 1);
  else
    bars = bar(ax, centers, counts, 1, 'stacked');
  end
  for k = 1:numel(bars)
    set(bars(k), 'FaceColor', colors(min(k, size(colors, 1)), :));
  end
  hold(ax, 'on');
  top = max(sum(counts, 2));
  plot(ax, [0 0], [0 max(top, 1)], '-', 'Color', [1 0.6 0], 'LineWidth', 2);
  hold(ax, 'off');
  title(ax, sprintf('Error Histogram with %d Bins', bins));
  xlabel(ax, 'Errors = Targets - Outputs');
  ylabel(ax, 'Instances');
  legend(ax, names{:}, 'Zero Error', 'Location', 'northeast');
  if nargout > 0
    h = fig;
  end
end

function [sets, names, bins] = parse_args(args)
  sets = {};
  names = {};
  bins = 20;
  k = 1;
  while k <= numel(args)
    a = args{k};
    if ischar(a) && strcmpi(a, 'bins')
      if k == numel(args) || ~isnumeric(args{k + 1}) || ~isscalar(args{k + 1}) || args{k + 1} < 1 ...
          || args{k + 1} ~= round(args{k + 1})
        error('lmnet:invalidArgument', 'ploterrhist: ''bins'' must be followed by a positive integer');
      end
      bins = double(args{k + 1});
      k = k + 2;
    elseif isnumeric(a) || islogical(a)
      sets{end + 1} = double(a(:)); %#ok<AGROW>
      if k < numel(args) && ischar(args{k + 1}) && ~strcmpi(args{k + 1}, 'bins')
        names{end + 1} = args{k + 1}; %#ok<AGROW>
        k = k + 2;
      else
        names{end + 1} = 'Errors'; %#ok<AGROW>
        k = k + 1;
      end
    else
      error('lmnet:invalidArgument', 'usage: ploterrhist(e [, name], ... [, ''bins'', N])');
    end
  end
  if isempty(sets)
    error('lmnet:invalidArgument', 'usage: ploterrhist(t - y)');
  end
end
