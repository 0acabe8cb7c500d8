#!/usr/bin/env bash
# install.sh [PREFIX] — install LMNet for C and the command line under PREFIX
# (default /usr/local):
#   PREFIX/lib/liblmnet.so  PREFIX/include/lmnet.h  PREFIX/lib/pkgconfig/lmnet.pc  PREFIX/bin/lmnet
# Builds the release library and command first when they are missing or older
# than the sources (swift build -c release -Xswiftc -static-stdlib).
# Environment: LMNET_BUILD_DIR  where the built files are (default .build/release);
#              LMNET_SKIP_BUILD=1  never build; install the built files as they are.
# Afterwards:  PKG_CONFIG_PATH=PREFIX/lib/pkgconfig pkg-config --cflags --libs lmnet
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
prefix="${1:-/usr/local}"
build_dir="${LMNET_BUILD_DIR:-$root/.build/release}"
lib="$build_dir/liblmnet.so"
cli="$build_dir/lmnet-cli"

case "$prefix" in
    -h|--help) sed -n '2,10p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    /*) ;;
    *) prefix="$(pwd)/$prefix" ;; # the .pc file needs an absolute path
esac
if [[ "$prefix" =~ [[:space:]] ]]; then
    # pkg-config prints paths unquoted, so `cc $(pkg-config ...)` cannot work with them
    echo "install.sh: the prefix \"$prefix\" contains white space, which pkg-config cannot pass on" >&2
    exit 1
fi

needs_build() {
    [[ -f "$lib" && -x "$cli" ]] || return 0
    # any source, header or manifest newer than the library
    [[ -n "$(find "$root/Sources" "$root/include" "$root/Package.swift" -newer "$lib" -type f -print -quit)" ]]
}

if [[ "${LMNET_SKIP_BUILD:-0}" == 1 ]]; then
    needs_build && echo "install.sh: warning: installing $build_dir as it is (LMNET_SKIP_BUILD=1)" >&2
elif needs_build; then
    echo "install.sh: building (swift build -c release -Xswiftc -static-stdlib)"
    (cd "$root" && swift build -c release -Xswiftc -static-stdlib)
fi
[[ -f "$lib" ]] || { echo "install.sh: no library at $lib" >&2; exit 1; }
[[ -x "$cli" ]] || { echo "install.sh: no command at $cli" >&2; exit 1; }

version="$(sed -n 's/^#define LMNET_VERSION_STRING "\(.*\)"$/\1/p' "$root/include/lmnet.h")"
[[ -n "$version" ]] || { echo "install.sh: LMNET_VERSION_STRING not found in include/lmnet.h" >&2; exit 1; }

install -d "$prefix/lib/pkgconfig" "$prefix/include" "$prefix/bin"
install -m 0755 "$lib" "$prefix/lib/liblmnet.so"
install -m 0644 "$root/include/lmnet.h" "$prefix/include/lmnet.h"
install -m 0755 "$cli" "$prefix/bin/lmnet"
# '|' delimits: prefixes contain '/' but cannot usefully contain '|'
sed -e "s|@PREFIX@|$prefix|g" -e "s|@VERSION@|$version|g" "$root/bindings/c/lmnet.pc.in" \
    >"$prefix/lib/pkgconfig/lmnet.pc"
chmod 0644 "$prefix/lib/pkgconfig/lmnet.pc"

# Refresh the loader cache when installing into a directory it searches.
if [[ "$(id -u)" == 0 && ( "$prefix" == /usr/local || "$prefix" == /usr ) ]] && command -v ldconfig >/dev/null; then
    ldconfig
fi

cat <<EOF
install.sh: installed LMNet $version under $prefix
  $prefix/lib/liblmnet.so
  $prefix/include/lmnet.h
  $prefix/lib/pkgconfig/lmnet.pc
  $prefix/bin/lmnet
Compile a C program with:
  cc -std=c99 program.c \$(PKG_CONFIG_PATH=$prefix/lib/pkgconfig pkg-config --cflags --libs lmnet)
EOF
