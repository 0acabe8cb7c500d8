function ctx = make_test_context(tests_dir)
% make_test_context  Paths every test uses: the binding folder (root), the
% repository, the header, the library the MEX loads, and a fresh scratch folder.
  ctx.tests = tests_dir;
  ctx.root = fileparts(tests_dir);
  ctx.repo = fileparts(fileparts(ctx.root));
  ctx.include = fullfile(ctx.repo, 'include');
  ctx.library = fullfile(ctx.root, 'liblmnet.so');
  ctx.tmp = tempname();
  mkdir(ctx.tmp);
end
