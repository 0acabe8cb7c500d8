#!/usr/bin/env bash
# run_tests.sh — every C-side check of liblmnet, against a built library:
#   header as strict C99 and C++11, the C test programs (bad input, behaviour,
#   threads), the C example, export and self-containment checks, valgrind, and
#   install + pkg-config. Prints "N passed, N failed" last; exits 1 on any failure.
#
# Usage: Tests/c/run_tests.sh [--lib PATH/liblmnet.so] [--no-valgrind] [--no-install]
#   default library: .build/release/liblmnet.so (build it first:
#   swift build -c release -Xswiftc -static-stdlib). The install check needs
#   lmnet-cli beside the library. Environment: CC (gcc), CXX (g++), VALGRIND (valgrind).
set -uo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
here="$root/Tests/c"
lib="$root/.build/release/liblmnet.so"
use_valgrind=1
use_install=1
while [[ $# -gt 0 ]]; do
    case "$1" in
        --lib) lib="$2"; shift 2 ;;
        --no-valgrind) use_valgrind=0; shift ;;
        --no-install) use_install=0; shift ;;
        -h|--help) sed -n '2,11p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "run_tests.sh: unknown argument $1" >&2; exit 2 ;;
    esac
done
cc="${CC:-gcc}"
cxx="${CXX:-g++}"
valgrind="${VALGRIND:-valgrind}"
if [[ ! -f "$lib" || "$(basename "$lib")" != liblmnet.so ]]; then
    echo "run_tests.sh: no liblmnet.so at $lib" >&2
    echo "0 passed, 1 failed"
    exit 1
fi
libdir="$(cd "$(dirname "$lib")" && pwd)"
lib="$libdir/liblmnet.so"

work="$(mktemp -d "${TMPDIR:-/tmp}/lmnet-ctests-XXXXXX")"
trap 'rm -rf "$work"' EXIT
passed=0
failed=0
failures=()

pass() { passed=$((passed + 1)); echo "PASS $1"; }
fail() { failed=$((failed + 1)); failures+=("$1"); echo "FAIL $1"; }

# step NAME COMMAND... — one check: the command's success; its output shown on failure.
step() {
    local name="$1"; shift
    if "$@" >"$work/step.log" 2>&1; then pass "$name"; else fail "$name"; sed 's/^/    /' "$work/step.log"; fi
}

# run_program NAME TIMEOUT COMMAND... — a test program printing PASS/FAIL lines:
# each line counts; a crash, a timeout or a non-zero exit without a FAIL line
# counts as one more failure.
run_program() {
    local name="$1" limit="$2"; shift 2
    local rc n_pass n_fail
    env -u LD_LIBRARY_PATH timeout "$limit" "$@" >"$work/$name.log" 2>&1
    rc=$?
    sed 's/^/  /' "$work/$name.log"
    n_pass=$(grep -c '^PASS ' "$work/$name.log")
    n_fail=$(grep -c '^FAIL ' "$work/$name.log")
    passed=$((passed + n_pass))
    failed=$((failed + n_fail))
    while read -r t; do [[ -n "$t" ]] && failures+=("$name: $t"); done < <(sed -n 's/^FAIL //p' "$work/$name.log")
    if [[ $rc -ne 0 && $n_fail -eq 0 ]]; then
        if [[ $rc -eq 124 ]]; then fail "$name (timed out after $limit)"
        elif [[ $rc -gt 128 ]]; then fail "$name (killed by signal $((rc - 128)))"
        else fail "$name (exit status $rc)"; fi
    fi
}

c_flags=(-std=c99 -Wall -Wextra -Werror -pedantic -I"$root/include")
cxx_flags=(-std=c++11 -Wall -Wextra -Werror -pedantic -I"$root/include")
link_flags=(-L"$libdir" -llmnet -Wl,-rpath,"$libdir")

echo "== library $lib"
echo "== compile"
printf '#include "lmnet.h"\n' >"$work/header_only.c"
step "header_compiles_as_strict_c99" \
    "$cc" "${c_flags[@]}" -Wstrict-prototypes -Wshadow -Wconversion -fsyntax-only "$work/header_only.c"
for t in test_bad_input test_behaviour test_threads; do
    step "compile_$t" "$cc" "${c_flags[@]}" -g -O1 -pthread "$here/$t.c" -o "$work/$t" "${link_flags[@]}" -lm
done
step "compile_test_cxx_header" "$cxx" "${cxx_flags[@]}" "$here/test_cxx_header.cpp" -o "$work/test_cxx_header" \
    "${link_flags[@]}"
# the example, by the command documented in examples/c/fit_reference.c
step "compile_example_fit_reference" "$cc" -std=c99 -Wall -Wextra -Werror -pedantic \
    "$root/examples/c/fit_reference.c" -I"$root/include" -L"$libdir" -llmnet -Wl,-rpath,"$libdir" -lm \
    -o "$work/fit_reference"

echo "== library checks"
step "check_library (loads without LD_LIBRARY_PATH, ldd, exports only lmnet_*)" "$here/check_library.sh" "$lib"
step "check_exports (header functions = library exports)" "$here/check_exports.sh" "$lib" "$root/include/lmnet.h"

echo "== test programs"
[[ -x "$work/test_bad_input" ]] && run_program test_bad_input 300 "$work/test_bad_input"
[[ -x "$work/test_behaviour" ]] && run_program test_behaviour 600 "$work/test_behaviour"
[[ -x "$work/test_threads" ]] && run_program test_threads 600 "$work/test_threads"
[[ -x "$work/test_cxx_header" ]] && run_program test_cxx_header 120 "$work/test_cxx_header"

echo "== example"
if [[ -x "$work/fit_reference" ]]; then
    # a few epochs: the check is that it runs and prints the whole summary
    step "example_fit_reference_prints_summary" bash -c '
        out="$(env -u LD_LIBRARY_PATH timeout 300 "$1" 0 5)" || exit 1
        echo "$out"
        for field in "stop reason" "best epoch" "train MSE" "validation MSE" "test MSE" "epochs" "time per epoch"; do
            grep -q "^$field " <<<"$out" || { echo "missing: $field"; exit 1; }
        done' _ "$work/fit_reference"
fi

if [[ $use_valgrind -eq 1 ]]; then
    echo "== valgrind (memcheck, leak check full; suppressions: Tests/c/valgrind.supp)"
    vg=("$valgrind" --quiet --error-exitcode=1 --leak-check=full --errors-for-leak-kinds=definite,possible
        --show-leak-kinds=definite,possible --num-callers=40 --suppressions="$here/valgrind.supp")
    [[ -x "$work/test_bad_input" ]] && step "valgrind_test_bad_input" \
        env -u LD_LIBRARY_PATH timeout 1200 "${vg[@]}" "$work/test_bad_input"
    [[ -x "$work/test_behaviour" ]] && step "valgrind_test_behaviour" \
        env -u LD_LIBRARY_PATH timeout 1800 "${vg[@]}" "$work/test_behaviour"
    # the thread tests that are cheap enough under valgrind: per-thread state and file locking
    [[ -x "$work/test_threads" ]] && step "valgrind_test_threads_subset" \
        env -u LD_LIBRARY_PATH timeout 1200 "${vg[@]}" "$work/test_threads" \
        test_error_messages_stay_per_thread_under_contention test_files_saved_and_loaded_from_many_threads
fi

if [[ $use_install -eq 1 ]]; then
    echo "== install + pkg-config"
    step "install_and_build_example_with_pkg_config" bash -c '
        set -e
        root="$1"; libdir="$2"; prefix="$3/prefix"
        LMNET_SKIP_BUILD=1 LMNET_BUILD_DIR="$libdir" "$root/bindings/c/install.sh" "$prefix"
        for f in lib/liblmnet.so include/lmnet.h lib/pkgconfig/lmnet.pc bin/lmnet; do
            [[ -f "$prefix/$f" ]] || { echo "missing $prefix/$f"; exit 1; }
        done
        flags="$(PKG_CONFIG_PATH="$prefix/lib/pkgconfig" pkg-config --cflags --libs lmnet)"
        echo "pkg-config: $flags"
        [[ "$(PKG_CONFIG_PATH="$prefix/lib/pkgconfig" pkg-config --modversion lmnet)" == \
           "$(sed -n "s/^#define LMNET_VERSION_STRING \"\(.*\)\"$/\1/p" "$root/include/lmnet.h")" ]]
        cp "$root/examples/c/fit_reference.c" "$3/fit.c"
        cd "$3"
        cc -std=c99 fit.c $flags -lm -o fit_installed
        # the installed program uses the installed library
        ldd ./fit_installed | grep -F "$prefix/lib/liblmnet.so"
        env -u LD_LIBRARY_PATH timeout 300 ./fit_installed 0 2 | grep "^stop reason"
        # the installed command starts and talks (its usage text without arguments)
        [[ -x "$prefix/bin/lmnet" && -n "$(env -u LD_LIBRARY_PATH "$prefix/bin/lmnet" 2>&1)" ]]
        ' _ "$root" "$libdir" "$work"
    # "builds if needed", with a stand-in `swift` that records its call and
    # produces the build outputs (a real Swift build is too slow for this check)
    step "install_builds_only_when_needed" bash -c '
        set -e
        root="$1"; libdir="$2"; dir="$3/build-check"
        mkdir -p "$dir/bin" "$dir/build"
        printf "%s\n" "#!/usr/bin/env bash" \
            "echo \"\$*\" >>\"$dir/swift-calls\"" \
            "cp \"$libdir/liblmnet.so\" \"$libdir/lmnet-cli\" \"$dir/build/\"" >"$dir/bin/swift"
        chmod +x "$dir/bin/swift"
        # missing build outputs: exactly one build, with the documented command
        PATH="$dir/bin:$PATH" LMNET_BUILD_DIR="$dir/build" "$root/bindings/c/install.sh" "$dir/p1" >/dev/null
        [[ "$(cat "$dir/swift-calls")" == "build -c release -Xswiftc -static-stdlib" ]]
        # outputs newer than every source: no build
        touch "$dir/build/liblmnet.so" "$dir/build/lmnet-cli"
        PATH="$dir/bin:$PATH" LMNET_BUILD_DIR="$dir/build" "$root/bindings/c/install.sh" "$dir/p2" >/dev/null
        [[ "$(wc -l <"$dir/swift-calls")" -eq 1 ]]
        [[ -f "$dir/p2/lib/liblmnet.so" && -f "$dir/p2/bin/lmnet" ]]
        ' _ "$root" "$libdir" "$work"
fi

echo
if [[ $failed -gt 0 ]]; then
    echo "Failures:"
    printf '  %s\n' "${failures[@]}"
fi
echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
