function err = check_error(fn, identifier, pattern)
% check_error  fn() must raise an error with this identifier (and a message
% matching the regular expression pattern, when given). Returns the error.
  try
    fn();
  catch err
    if ~strcmp(err.identifier, identifier)
      error('lmnet_test:failed', 'expected error %s, got [%s] %s', identifier, err.identifier, err.message);
    end
    if nargin > 2 && isempty(regexp(err.message, pattern, 'once'))
      error('lmnet_test:failed', 'error message "%s" does not match "%s"', err.message, pattern);
    end
    return;
  end
  error('lmnet_test:failed', 'expected error %s, but no error was raised', identifier);
end
