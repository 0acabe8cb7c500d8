/*
 * test_fixtures.h — data and scratch files shared by the C tests.
 * Include after defining _POSIX_C_SOURCE (mkdtemp, dirent).
 */
#ifndef LMNET_TEST_FIXTURES_H
#define LMNET_TEST_FIXTURES_H

#include <dirent.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lmnet.h"

/* The reference problem scaled to q samples: x = i/q for i = 1..q, t = -x sin(10x).
 * q = 1000 gives the data set exactly (x = 0.001 i). */
static inline void fill_reference(int64_t q, double *x, double *t)
{
    int64_t i;
    for (i = 0; i < q; i++) {
        x[i] = (double)(i + 1) / (double)q;
        t[i] = -x[i] * sin(10.0 * x[i]);
    }
}

/* Two inputs, one output, no symmetry: t = sin(3 x0) + x0 x1. Sample-major. */
static inline void fill_two_inputs(int64_t q, double *x, double *t)
{
    int64_t i;
    for (i = 0; i < q; i++) {
        double a = -1.0 + 2.0 * (double)i / (double)(q - 1);
        double b = 0.5 + 0.25 * cos(7.0 * (double)i);
        x[2 * i] = a;
        x[2 * i + 1] = b;
        t[i] = sin(3.0 * a) + a * b;
    }
}

/* A recognizable non-NULL pointer for output arguments that a failing call must
 * leave alone. Never dereferenced. */
static inline void *sentinel_pointer(void)
{
    static char storage;
    return &storage;
}
#define SENTINEL(T) ((T *)sentinel_pointer())

static inline int bits_equal(const void *a, const void *b, size_t n_doubles)
{
    return memcmp(a, b, n_doubles * sizeof(double)) == 0;
}

/* A per-process scratch directory under $TMPDIR (default /tmp), removed by tmp_cleanup. */
static char tmp_dir_path[512];

/* The returned path stays valid for the next 31 calls (a ring of buffers). */
static inline const char *tmp_path(const char *name)
{
    static char buf[32][1024];
    static int next;
    char *out = buf[next];
    next = (next + 1) % 32;
    if (tmp_dir_path[0] == '\0') {
        const char *base = getenv("TMPDIR");
        snprintf(tmp_dir_path, sizeof tmp_dir_path, "%s/lmnet-ctest-XXXXXX",
                 base != NULL && base[0] != '\0' ? base : "/tmp");
        if (mkdtemp(tmp_dir_path) == NULL) {
            perror("mkdtemp");
            exit(2);
        }
    }
    snprintf(out, sizeof buf[0], "%s/%s", tmp_dir_path, name);
    return out;
}

static inline void tmp_cleanup(void)
{
    DIR *dir;
    struct dirent *entry;
    char path[1024];
    if (tmp_dir_path[0] == '\0') return;
    dir = opendir(tmp_dir_path);
    if (dir != NULL) {
        while ((entry = readdir(dir)) != NULL) {
            if (strcmp(entry->d_name, ".") == 0 || strcmp(entry->d_name, "..") == 0) continue;
            snprintf(path, sizeof path, "%s/%s", tmp_dir_path, entry->d_name);
            remove(path);
        }
        closedir(dir);
    }
    rmdir(tmp_dir_path);
}

/* Writes `text` to a scratch file and returns its path. */
static inline const char *tmp_text_file(const char *name, const char *text)
{
    const char *path = tmp_path(name);
    FILE *f = fopen(path, "w");
    if (f == NULL) {
        perror(path);
        exit(2);
    }
    fputs(text, f);
    fclose(f);
    return path;
}

#endif /* LMNET_TEST_FIXTURES_H */
