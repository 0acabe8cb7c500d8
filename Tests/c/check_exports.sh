#!/usr/bin/env bash
# check_exports.sh [LIB] [HEADER] — the functions declared in include/lmnet.h and
# the symbols liblmnet.so exports (nm -D --defined-only) are exactly the same set.
# The header's declarations are read by the C compiler itself (gcc -aux-info),
# not by a pattern over the text. Exits 1 and lists the differences otherwise.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
lib="${1:-$root/.build/release/liblmnet.so}"
header="${2:-$root/include/lmnet.h}"
cc=gcc  # -aux-info (prototypes as the compiler read them) is a GCC option

[[ -f "$lib" ]] || { echo "check_exports: no library at $lib" >&2; exit 2; }
[[ -f "$header" ]] || { echo "check_exports: no header at $header" >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Every function prototype the compiler sees in the header, one name per line.
printf '#include "%s"\n' "$header" >"$work/probe.c"
"$cc" -std=c99 -fsyntax-only -aux-info "$work/aux.txt" "$work/probe.c"
grep -F "/* $header:" "$work/aux.txt" \
    | sed -E 's/^\/\*[^*]*\*\/ *//; s/^([^(]*[^A-Za-z0-9_])?([A-Za-z_][A-Za-z0-9_]*) *\(.*/\2/' \
    | sort -u >"$work/header.txt"

# Every exported symbol (functions and data), without version suffixes. nm marks
# local symbols with a lower-case type letter (the linker may keep some in .dynsym
# for relocations; they are not visible to users); i, u, v, w are global kinds.
nm -D --defined-only "$lib" | awk 'NF >= 3 && $2 ~ /^[A-Ziuvw]$/ { print $3 }' | sed 's/@.*//' \
    | sort -u >"$work/library.txt"

n_header=$(wc -l <"$work/header.txt")
n_library=$(wc -l <"$work/library.txt")
only_header="$(comm -23 "$work/header.txt" "$work/library.txt")"
only_library="$(comm -13 "$work/header.txt" "$work/library.txt")"

if [[ "$n_header" -eq 0 ]]; then
    echo "check_exports: found no function declarations in $header" >&2
    exit 1
fi
if [[ -z "$only_header" && -z "$only_library" ]]; then
    echo "check_exports: OK, $n_header functions declared = $n_library symbols exported"
    exit 0
fi
echo "check_exports: MISMATCH ($n_header declared, $n_library exported)"
[[ -n "$only_header" ]] && { echo "  declared in the header but not exported:"; sed 's/^/    /' <<<"$only_header"; }
[[ -n "$only_library" ]] && { echo "  exported but not declared in the header:"; sed 's/^/    /' <<<"$only_library"; }
exit 1
