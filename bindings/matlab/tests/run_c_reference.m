function out = run_c_reference(ctx, varargin)
% run_c_reference  Run the compiled C reference program with the arguments;
% the last argument is its output file, returned parsed (read_arrays).
  exe = c_reference_tool(ctx);
  args = cellfun(@(a) sprintf('"%s"', a), varargin, 'UniformOutput', false);
  [status, output] = system(sprintf('"%s" %s 2>&1', exe, strjoin(args, ' ')));
  check(status == 0, 'c_reference %s failed:\n%s', varargin{1}, output);
  out = read_arrays(varargin{end});
end
