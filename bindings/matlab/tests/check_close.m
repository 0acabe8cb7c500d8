function check_close(actual, expected, tolerance, what)
% check_close  Same size and max |actual - expected| <= tolerance * max(1, max|expected|).
  if ~isequal(size(actual), size(expected))
    error('lmnet_test:failed', '%s: size %s, expected %s', what, mat2str(size(actual)), mat2str(size(expected)));
  end
  if isempty(expected)
    return;
  end
  difference = max(abs(actual(:) - expected(:)));
  scale = max(1, max(abs(expected(:))));
  if ~(difference <= tolerance * scale) && ~isequaln(actual, expected)
    error('lmnet_test:failed', '%s: max difference %g exceeds %g', what, difference, tolerance * scale);
  end
end
