/*
 * test_harness.h — a tiny test harness for the C tests of liblmnet (C99).
 *
 * Each test is a `static void test_xxx(void)`. CHECK records a failure and goes
 * on; REQUIRE records a failure and returns from the test. RUN_TEST prints one
 * line per test, "PASS name" or "FAIL name", which Tests/c/run_tests.sh counts.
 * Command-line arguments, when given, select the tests to run by name.
 */
#ifndef LMNET_TEST_HARNESS_H
#define LMNET_TEST_HARNESS_H

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lmnet.h"

static int th_failures_in_test;  /* failures of the running test            */
static int th_tests_failed;      /* tests with at least one failure          */
static int th_tests_passed;
static int th_argc;
static char **th_argv;

static inline void th_fail(const char *file, int line, const char *what)
{
    th_failures_in_test++;
    printf("    %s:%d: %s\n", file, line, what);
    fflush(stdout);
}

#define CHECK(cond) \
    do { if (!(cond)) th_fail(__FILE__, __LINE__, "CHECK(" #cond ")"); } while (0)
#define REQUIRE(cond) \
    do { if (!(cond)) { th_fail(__FILE__, __LINE__, "REQUIRE(" #cond ")"); return; } } while (0)

/* The status of an lmnet call must be `want`; on mismatch the actual status and
 * the library's message are printed. */
#define CHECK_STATUS(call, want) \
    th_check_status((call), (want), #call, __FILE__, __LINE__)
#define REQUIRE_OK(call) \
    do { if (!th_check_status((call), LMNET_OK, #call, __FILE__, __LINE__)) return; } while (0)

static inline int th_check_status(lmnet_status got, lmnet_status want, const char *call,
                           const char *file, int line)
{
    if (got == want) return 1;
    th_failures_in_test++;
    if (got == LMNET_OK) /* the message belongs to an earlier call */
        printf("    %s:%d: %s\n      returned LMNET_OK, expected %s\n", file, line, call, lmnet_status_name(want));
    else
        printf("    %s:%d: %s\n      returned %s, expected %s; message: \"%s\"\n", file, line, call,
               lmnet_status_name(got), lmnet_status_name(want), lmnet_last_error_message());
    fflush(stdout);
    return 0;
}

/* Case-insensitive search of needle in haystack; with whole_word, the match must
 * not touch a letter, digit or underscore on either side. */
static inline int th_is_word_char(char c)
{
    return isalnum((unsigned char)c) || c == '_';
}

static inline int th_contains_ci(const char *haystack, const char *needle, int whole_word)
{
    size_t n = strlen(needle), i, j;
    if (haystack == NULL) return 0;
    for (i = 0; haystack[i] != '\0'; i++) {
        for (j = 0; j < n; j++) {
            if (haystack[i + j] == '\0') return 0;
            if (tolower((unsigned char)haystack[i + j]) != tolower((unsigned char)needle[j])) break;
        }
        if (j == n) {
            if (!whole_word) return 1;
            if ((i == 0 || !th_is_word_char(haystack[i - 1])) && !th_is_word_char(haystack[i + n])) return 1;
        }
    }
    return n == 0;
}

/* The last error message must contain at least one of the '|'-separated words
 * (case-insensitive), so that it names the problem. A word written "=n" must
 * appear as a whole word (for one-letter parameter names such as n, x, y). */
#define CHECK_MESSAGE(words) th_check_message((words), __FILE__, __LINE__)

static inline int th_check_message(const char *words, const char *file, int line)
{
    const char *msg = lmnet_last_error_message();
    char word[128];
    const char *p = words;
    while (*p != '\0') {
        size_t len = strcspn(p, "|");
        if (len < sizeof word) {
            int whole = len > 1 && p[0] == '=';
            memcpy(word, p + whole, len - (size_t)whole);
            word[len - (size_t)whole] = '\0';
            if (th_contains_ci(msg, word, whole)) return 1;
        }
        p += len;
        if (*p == '|') p++;
    }
    th_failures_in_test++;
    printf("    %s:%d: message \"%s\" names none of: %s\n", file, line, msg ? msg : "(null)", words);
    fflush(stdout);
    return 0;
}

/* A failing call: its status must be `want` and its message must contain one of `words`. */
#define CHECK_FAILS(call, want, words) \
    do { if (th_check_status((call), (want), #call, __FILE__, __LINE__)) CHECK_MESSAGE(words); } while (0)

/* Like CHECK_FAILS where the header allows either of two statuses. */
#define CHECK_FAILS2(call, want1, want2, words) \
    do { lmnet_status th_s_ = (call); \
         if (th_s_ == (want1) || th_s_ == (want2)) CHECK_MESSAGE(words); \
         else th_check_status(th_s_, (want1), #call " (or " #want2 ")", __FILE__, __LINE__); } while (0)

static inline int th_selected(const char *name)
{
    int i;
    if (th_argc <= 1) return 1;
    for (i = 1; i < th_argc; i++)
        if (strcmp(th_argv[i], name) == 0) return 1;
    return 0;
}

#define RUN_TEST(fn) \
    do { if (th_selected(#fn)) { \
        th_failures_in_test = 0; \
        fn(); \
        if (th_failures_in_test == 0) { th_tests_passed++; printf("PASS %s\n", #fn); } \
        else { th_tests_failed++; printf("FAIL %s\n", #fn); } \
        fflush(stdout); } } while (0)

#define TEST_MAIN_BEGIN(argc, argv) do { th_argc = (argc); th_argv = (argv); } while (0)
#define TEST_MAIN_END(program) \
    (printf("%s: %d passed, %d failed\n", (program), th_tests_passed, th_tests_failed), \
     th_tests_failed == 0 ? 0 : 1)

#endif /* LMNET_TEST_HARNESS_H */
