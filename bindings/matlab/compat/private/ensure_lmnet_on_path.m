function ensure_lmnet_on_path()
% ensure_lmnet_on_path  The shims call the lmnet package one folder up; add
% that folder to the path when only compat/ was added.
  if isempty(which('lmnet_mex'))
    addpath(fileparts(fileparts(fileparts(mfilename('fullpath')))));
  end
end
