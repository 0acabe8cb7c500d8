function check_record(tr, fields, plotName)
% check_record  Error unless tr is a training record with the given fields.
  if ~isstruct(tr) || ~isscalar(tr)
    error('lmnet:invalidArgument', '%s: expected the training record tr returned by [net, tr] = train(...)', plotName);
  end
  missing = fields(~isfield(tr, fields));
  if ~isempty(missing)
    error('lmnet:invalidArgument', '%s: tr lacks the field(s) %s', plotName, strjoin(missing, ', '));
  end
end
