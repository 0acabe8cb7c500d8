function write_samples(path, x, t)
% write_samples  The binary data file c_reference.c and python_roundtrip.py
% read: int64 R, S, Q, then x and t as doubles (MATLAB column-major R-by-Q is
% the library's sample-major layout).
  f = fopen(path, 'wb');
  check(f >= 0, 'cannot write %s', path);
  fwrite(f, [size(x, 1) size(t, 1) size(x, 2)], 'int64');
  fwrite(f, x(:), 'double');
  fwrite(f, t(:), 'double');
  fclose(f);
end
