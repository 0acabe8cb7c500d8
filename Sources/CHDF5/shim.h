/* HDF5's H5T_NATIVE_*, H5P_DEFAULT and H5F_ACC_* are macros Swift cannot import:
 * expose them as inline functions. */
#ifndef LMNET_CHDF5_SHIM_H
#define LMNET_CHDF5_SHIM_H
#include <hdf5.h>

static inline hid_t lmnet_h5t_native_double(void) { return H5T_NATIVE_DOUBLE; }
static inline hid_t lmnet_h5t_native_int64(void) { return H5T_NATIVE_INT64; }
static inline hid_t lmnet_h5t_native_uint8(void) { return H5T_NATIVE_UINT8; }
static inline hid_t lmnet_h5t_c_s1(void) { return H5T_C_S1; }
static inline hid_t lmnet_h5p_default(void) { return H5P_DEFAULT; }
static inline hid_t lmnet_h5s_all(void) { return H5S_ALL; }
static inline hid_t lmnet_h5p_file_access(void) { return H5P_FILE_ACCESS; }
static inline hid_t lmnet_h5p_file_create(void) { return H5P_FILE_CREATE; }
static inline hid_t lmnet_h5p_link_create(void) { return H5P_LINK_CREATE; }
static inline unsigned lmnet_h5f_acc_rdonly(void) { return H5F_ACC_RDONLY; }
static inline unsigned lmnet_h5f_acc_trunc(void) { return H5F_ACC_TRUNC; }
static inline unsigned lmnet_h5f_acc_excl(void) { return H5F_ACC_EXCL; }
static inline hid_t lmnet_h5e_default(void) { return H5E_DEFAULT; }
/* File (on-disk) types, little-endian whatever the host, and more property list classes. */
static inline hid_t lmnet_h5t_ieee_f64le(void) { return H5T_IEEE_F64LE; }
static inline hid_t lmnet_h5t_std_i64le(void) { return H5T_STD_I64LE; }
static inline hid_t lmnet_h5t_std_u8le(void) { return H5T_STD_U8LE; }
static inline hid_t lmnet_h5p_group_create(void) { return H5P_GROUP_CREATE; }
static inline hid_t lmnet_h5p_dataset_create(void) { return H5P_DATASET_CREATE; }
static inline unsigned lmnet_h5f_obj_all(void) { return H5F_OBJ_ALL; }
#endif
