function test_build(ctx)
% The MEX is built next to a copy of liblmnet.so, finds it through RUNPATH
% $ORIGIN, and speaks the header's ABI.
  check(exist(fullfile(ctx.root, ['lmnet_mex.' mexext()]), 'file') == 3 || ...
        exist(fullfile(ctx.root, ['lmnet_mex.' mexext()]), 'file') == 2, 'lmnet_mex.%s is missing', mexext());
  check(exist(ctx.library, 'file') == 2, 'liblmnet.so was not copied next to the MEX');
  [status, text] = system(sprintf('readelf -d "%s"', fullfile(ctx.root, ['lmnet_mex.' mexext()])));
  if status == 0
    check(~isempty(strfind(text, '[$ORIGIN]')), 'the MEX has no RUNPATH $ORIGIN:\n%s', text);
    check(~isempty(strfind(text, 'liblmnet.so')), 'the MEX does not link liblmnet.so');
  end
  v = lmnet.libraryVersion();
  check(v.abiVersion == v.headerAbiVersion, 'library ABI %d, MEX built for %d', v.abiVersion, v.headerAbiVersion);
  check(ischar(v.version) && ~isempty(regexp(v.version, '^\d+\.\d+\.\d+', 'once')), 'bad version %s', v.version);
end
