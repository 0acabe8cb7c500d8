#!/usr/bin/env bash
# check_library.sh [LIB] — the shipped liblmnet.so is self-contained:
#   1. it loads (dlopen RTLD_NOW, every symbol resolved) with LD_LIBRARY_PATH unset;
#   2. ldd lists only Debian system libraries: every dependency resolves to a file
#      that a Debian package owns (dpkg -S), none is a Swift runtime library;
#   3. it exports only lmnet_* symbols (nm -D --defined-only, global kinds only).
# Prints one "ok"/"FAIL" line per fact and exits 1 if any fact fails.
set -uo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
lib="${1:-$root/.build/release/liblmnet.so}"
cc="${CC:-gcc}"
[[ -f "$lib" ]] || { echo "check_library: no library at $lib" >&2; exit 2; }
lib="$(cd "$(dirname "$lib")" && pwd)/$(basename "$lib")"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failed=0

# ---- 1. loads without LD_LIBRARY_PATH -------------------------------------
cat >"$work/load.c" <<'EOF'
#include <dlfcn.h>
#include <stdio.h>
#include <stdint.h>
int main(int argc, char **argv)
{
    void *handle;
    int32_t (*abi)(void);
    const char *(*version)(void);
    if (argc != 2) return 2;
    handle = dlopen(argv[1], RTLD_NOW | RTLD_LOCAL);
    if (handle == NULL) { printf("dlopen failed: %s\n", dlerror()); return 1; }
    *(void **)&abi = dlsym(handle, "lmnet_abi_version");
    *(void **)&version = dlsym(handle, "lmnet_version");
    if (abi == NULL || version == NULL) { printf("dlsym failed: %s\n", dlerror()); return 1; }
    printf("loaded liblmnet %s (ABI %d)\n", version(), (int)abi());
    return 0;
}
EOF
if "$cc" -std=c99 -o "$work/load" "$work/load.c" -ldl 2>"$work/cc.err" \
    && out="$(env -u LD_LIBRARY_PATH "$work/load" "$lib" 2>&1)"; then
    echo "ok   loads with LD_LIBRARY_PATH unset: $out"
else
    echo "FAIL loads with LD_LIBRARY_PATH unset: $(cat "$work/cc.err") ${out:-}"
    failed=1
fi

# ---- 2. ldd lists only Debian system libraries ----------------------------
# A file belongs to a Debian package if dpkg knows it under its own path, its
# real path, or the same path with or without the merged-/usr prefix.
owned_by_debian() {
    local p real candidate
    p="$1"
    real="$(readlink -f "$p")"
    for candidate in "$p" "$real" "/usr$p" "/usr$real" "${p#/usr}" "${real#/usr}"; do
        [[ -n "$candidate" ]] && dpkg -S "$candidate" >/dev/null 2>&1 && return 0
    done
    return 1
}
ldd_out="$(env -u LD_LIBRARY_PATH ldd "$lib" 2>&1)"
bad=()
while read -r line; do
    [[ -z "$line" ]] && continue
    name="${line%% *}"
    if [[ "$line" == *"not found"* ]]; then bad+=("$name (not found)"); continue; fi
    if [[ "$name" =~ ^linux-vdso\.so ]]; then continue; fi
    if [[ "$line" == *" => "* ]]; then path="$(sed -E 's/.* => ([^ ]+) .*/\1/' <<<"$line")"; else path="$name"; fi
    if [[ "$name$path" =~ (libswift|libFoundation|lib_Foundation|libdispatch|libBlocksRuntime|/opt/swift|\.build/) ]]; then
        bad+=("$name => $path (Swift runtime or build tree)")
    elif ! owned_by_debian "$path"; then
        bad+=("$name => $path (no Debian package owns it)")
    fi
done <<<"$ldd_out"
n_deps=$(grep -c . <<<"$ldd_out")
if [[ ${#bad[@]} -eq 0 ]]; then
    echo "ok   ldd: all $n_deps entries are Debian system libraries, no Swift runtime"
else
    echo "FAIL ldd: ${#bad[@]} dependencies are not Debian system libraries:"
    printf '       %s\n' "${bad[@]}"
    failed=1
fi

# ---- 3. exports only lmnet_* ----------------------------------------------
# Lower-case nm types are local symbols kept in .dynsym for relocations; they are
# not exported. i, u, v, w are global kinds.
exported="$(nm -D --defined-only "$lib" | awk 'NF >= 3 && $2 ~ /^[A-Ziuvw]$/ { print $3 }' | sed 's/@.*//' | sort -u)"
n_exported=$(grep -c . <<<"$exported")
foreign="$(grep -v '^lmnet_' <<<"$exported")"
if [[ "$n_exported" -gt 0 && -z "$foreign" ]]; then
    echo "ok   exports: all $n_exported exported symbols start with lmnet_"
else
    echo "FAIL exports: $(grep -c . <<<"$foreign") exported symbols do not start with lmnet_ (of $n_exported):"
    head -20 <<<"$foreign" | sed 's/^/       /'
    failed=1
fi

exit $failed
