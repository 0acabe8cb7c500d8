"""Exceptions: one class per lmnet_status, all deriving from LMNetError.

Bad data derive from ValueError, file problems from OSError, so ordinary
`except ValueError` / `except OSError` code catches them. The message is the
library's own (lmnet_last_error_message), and `.status` holds the status code.
"""

from ._lib import LibraryError, lib


class LMNetError(Exception):
    """Base class of every error reported by the LMNet library."""

    status = None  # the lmnet_status code (each subclass pins its own)

    @property
    def status_name(self):
        """"LMNET_ERR_DIMENSION" and so on."""
        if self.status is None:
            return None
        return lib.lmnet_status_name(self.status).decode()

    def __str__(self):
        return str(self.args[0]) if self.args else ""


class InvalidArgumentError(LMNetError, ValueError):
    """A NULL handle or pointer, or a value out of range (LMNET_ERR_INVALID_ARGUMENT)."""
    status = 1


class DimensionError(LMNetError, ValueError):
    """Sizes zero, negative or mismatched (LMNET_ERR_DIMENSION)."""
    status = 2


class NonFiniteError(LMNetError, ValueError):
    """NaN or Inf where a finite value is required (LMNET_ERR_NON_FINITE)."""
    status = 3


class UnknownNameError(LMNetError, ValueError):
    """Unknown function name or key (LMNET_ERR_UNKNOWN_NAME)."""
    status = 4


class BufferTooSmallError(LMNetError, ValueError):
    """An output buffer below the needed length (LMNET_ERR_BUFFER_TOO_SMALL)."""
    status = 5


class NotConfiguredError(LMNetError, RuntimeError):
    """The network has no input/output sizes yet (LMNET_ERR_NOT_CONFIGURED)."""
    status = 6


class FileIOError(LMNetError, OSError):
    """A file cannot be opened, read or written (LMNET_ERR_IO)."""
    status = 7


class FileFormatError(LMNetError, OSError):
    """A file is not a valid LMNet file (LMNET_ERR_FORMAT)."""
    status = 8


class FileFormatVersionError(FileFormatError):
    """A file written by a newer format version (LMNET_ERR_FORMAT_VERSION)."""
    status = 9


class OutOfMemoryError(LMNetError, MemoryError):
    """The problem is too large for memory (LMNET_ERR_OUT_OF_MEMORY)."""
    status = 10


class InternalError(LMNetError, RuntimeError):
    """A bug in LMNet (LMNET_ERR_INTERNAL); please report it."""
    status = 11


ERROR_CLASSES = {cls.status: cls for cls in (
    InvalidArgumentError, DimensionError, NonFiniteError, UnknownNameError,
    BufferTooSmallError, NotConfiguredError, FileIOError, FileFormatError,
    FileFormatVersionError, OutOfMemoryError, InternalError)}


def error_for(status, context=None):
    """The exception for a failed call, with the library's message of this thread."""
    message = lib.lmnet_last_error_message().decode(errors="replace")
    if not message:
        message = lib.lmnet_status_name(status).decode()
    if context and context not in message:
        message = f"{context}: {message}"
    # One argument only: OSError would read two as (errno, strerror).
    error = ERROR_CLASSES.get(status, LMNetError)(message)
    error.status = status
    return error


def check(status, context=None):
    """Raise the matching LMNetError subclass unless status is LMNET_OK."""
    if status != 0:
        raise error_for(status, context)


__all__ = ["LMNetError", "LibraryError", "InvalidArgumentError", "DimensionError",
           "NonFiniteError", "UnknownNameError", "BufferTooSmallError", "NotConfiguredError",
           "FileIOError", "FileFormatError", "FileFormatVersionError", "OutOfMemoryError",
           "InternalError", "check", "error_for"]
