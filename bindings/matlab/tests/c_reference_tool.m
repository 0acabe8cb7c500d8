function exe = c_reference_tool(ctx)
% c_reference_tool  Compile c_reference.c with the system C compiler against
% lmnet.h and the same liblmnet.so the MEX uses (once per test run).
  exe = fullfile(ctx.tmp, 'c_reference');
  if exist(exe, 'file')
    return;
  end
  libdir = fileparts(ctx.library);
  command = sprintf('cc -std=c99 -O2 -I"%s" "%s" -L"%s" -llmnet -Wl,-rpath,"%s" -o "%s" 2>&1', ...
                    ctx.include, fullfile(ctx.tests, 'c_reference.c'), libdir, libdir, exe);
  [status, output] = system(command);
  check(status == 0, 'compiling c_reference.c failed:\n%s', output);
end
