function s = read_arrays(path)
% read_arrays  The "name count v1 v2 ..." lines c_reference and
% python_roundtrip.py write, as a struct of row vectors.
  text = fileread(path);
  lines = strsplit(strtrim(text), sprintf('\n'));
  s = struct();
  for k = 1:numel(lines)
    parts = strsplit(strtrim(lines{k}), ' ');
    count = str2double(parts{2});
    values = str2double(parts(3:end));
    check(numel(values) == count, 'array %s in %s: %d values, expected %d', parts{1}, path, numel(values), count);
    s.(parts{1}) = values;
  end
end
