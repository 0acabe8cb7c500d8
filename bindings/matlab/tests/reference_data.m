function [x, t] = reference_data(q)
% reference_data  The reference problem t = -x sin(10 x), x = 0.001 (1..1000),
% or q evenly spaced samples of it on the same interval.
  if nargin < 1 || q == 1000
    x = 0.001 * (1:1000);
  else
    x = linspace(0.001, 1, q);
  end
  t = -x .* sin(10 * x);
end
