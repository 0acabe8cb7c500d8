function v = libraryVersion()
% lmnet.libraryVersion  Version of the loaded liblmnet: struct with version,
% versionNumber, abiVersion, headerAbiVersion (the MEX's) and numThreads.
  v = lmnet_mex('version');
end
