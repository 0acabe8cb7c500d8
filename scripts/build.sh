#!/usr/bin/env bash
# Builds liblmnet.so (Swift runtime linked in statically, so it loads with no
# LD_LIBRARY_PATH) and the lmnet command, into .build/release/.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v swift > /dev/null || export PATH="$PATH:/opt/swift/usr/bin"   # Swift's usual place here
swift build -c release -Xswiftc -static-stdlib "$@"
