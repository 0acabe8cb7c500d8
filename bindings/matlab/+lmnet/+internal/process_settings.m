function [settings, processedRange] = process_settings(fcns, range)
% process_settings  The toolbox's processSettings structs, derived from the
% per-row [min max] that fully define LMNet's processing:
%   removeconstantrows drops rows with max == min;
%   mapminmax maps a row with finite min < max by y = 2 (x - min)/(max - min) - 1.
  settings = cell(1, numel(fcns));
  current = range;
  for k = 1:numel(fcns)
    xmin = current(:, 1);
    xmax = current(:, 2);
    switch fcns{k}
      case 'removeconstantrows'
        keep = find(~(xmax == xmin));
        remove = find(xmax == xmin);
        settings{k} = struct('name', 'removeconstantrows', 'xrows', size(current, 1), ...
                             'yrows', numel(keep), 'keep', keep(:)', 'remove', remove(:)', ...
                             'value', xmin(remove), 'max_range', 0);
        current = current(keep, :);
      case 'mapminmax'
        mapped = isfinite(xmin) & isfinite(xmax) & xmin < xmax;
        gain = ones(size(xmin));
        gain(mapped) = 2 ./ (xmax(mapped) - xmin(mapped));
        offset = zeros(size(xmin));
        offset(mapped) = xmin(mapped);
        settings{k} = struct('name', 'mapminmax', 'xrows', size(current, 1), 'yrows', size(current, 1), ...
                             'xmax', xmax, 'xmin', xmin, 'xrange', xmax - xmin, 'ymax', 1, 'ymin', -1, ...
                             'yrange', 2, 'gain', gain, 'xoffset', offset, 'no_change', ~any(mapped));
        current(mapped, :) = repmat([-1 1], nnz(mapped), 1);
      otherwise
        settings{k} = struct('name', fcns{k});
    end
  end
  processedRange = current;
end
