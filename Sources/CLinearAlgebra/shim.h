/* OpenBLAS (CBLAS) and reference LAPACKE from Debian's packages. */
#ifndef LMNET_CLINEARALGEBRA_SHIM_H
#define LMNET_CLINEARALGEBRA_SHIM_H
#include <cblas.h>
#include <lapacke.h>
#endif
