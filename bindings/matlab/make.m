function make(library)
% MAKE  Build the LMNet MEX gateway (lmnet_mex) with Octave or MATLAB.
%
%   make            uses $LMNET_LIBRARY if set, else <repo>/.build/release/liblmnet.so
%   make(library)   uses the given liblmnet.so
%
% liblmnet.so is copied next to the MEX file and the MEX is linked with the
% run path $ORIGIN, so the folder works wherever it is moved. Build the library
% first:  swift build -c release -Xswiftc -static-stdlib  (at the repository root).

  here = fileparts(mfilename('fullpath'));
  repo = fileparts(fileparts(here));
  if nargin < 1 || isempty(library)
    library = getenv('LMNET_LIBRARY');
    if isempty(library)
      library = fullfile(repo, '.build', 'release', 'liblmnet.so');
    end
  end
  if ~exist(library, 'file')
    error('lmnet:build', ['liblmnet.so not found at %s. Build it with\n' ...
          '  swift build -c release -Xswiftc -static-stdlib\nat %s, or pass its path to make.'], library, repo);
  end
  header_dir = fullfile(repo, 'include');
  if ~exist(fullfile(header_dir, 'lmnet.h'), 'file')
    error('lmnet:build', 'lmnet.h not found in %s', header_dir);
  end

  local_library = fullfile(here, 'liblmnet.so');
  if ~strcmp(canonical(library), canonical(local_library))
    [ok, msg] = copyfile(library, local_library, 'f');
    if ~ok
      error('lmnet:build', 'cannot copy %s to %s: %s', library, local_library, msg);
    end
  end

  sources = {'lmnet_mex.c', 'mex_support.c', 'mex_network.c', 'mex_options.c', ...
             'mex_record.c', 'mex_progress.c'};
  sources = cellfun(@(f) fullfile(here, 'src', f), sources, 'UniformOutput', false);
  include = ['-I' header_dir];
  libdir = ['-L' here];

  if exist('OCTAVE_VERSION', 'builtin')
    % mkoctfile hands the link line to a shell twice when it compiles several
    % sources: $ORIGIN must reach the linker quoted and escaped (checked below).
    out = fullfile(here, 'lmnet_mex.mex');
    [output, status] = mkoctfile('--mex', '-std=c99', include, sources{:}, libdir, '-llmnet', ...
                                 '-Wl,-rpath,''\$ORIGIN''', '-o', out);
    if status ~= 0
      error('lmnet:build', 'mkoctfile failed:\n%s', output);
    end
    % mkoctfile leaves object files in the working directory.
    for k = 1:numel(sources)
      [~, base] = fileparts(sources{k});
      object = [base '.o'];
      if exist(object, 'file'), delete(object); end
    end
    check_run_path(out);
  else
    mex('-largeArrayDims', include, sources{:}, libdir, '-llmnet', ...
        'LDFLAGS=$LDFLAGS -Wl,-rpath,\$ORIGIN', '-outdir', here, '-output', 'lmnet_mex');
  end
  fprintf('Built %s against %s\n', fullfile(here, ['lmnet_mex.' mexext()]), library);
end

function check_run_path(mex_file)
  % The MEX must find the liblmnet.so copied beside it: RUNPATH = $ORIGIN.
  [status, text] = system(sprintf('readelf -d "%s" 2>/dev/null', mex_file));
  if status == 0 && isempty(strfind(text, '[$ORIGIN]'))
    error('lmnet:build', 'the MEX was linked without the run path $ORIGIN:\n%s', text);
  end
end

function p = canonical(p)
  if exist(p, 'file')
    p = canonicalize_path(p);
  end
end

function p = canonicalize_path(p)
  if exist('OCTAVE_VERSION', 'builtin')
    p = canonicalize_file_name(p);
  else
    f = java.io.File(p);
    p = char(f.getCanonicalPath());
  end
end
