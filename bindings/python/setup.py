"""Build step of the lmnet package: bundle liblmnet.so into the wheel.

At install time the library is copied from the repository's release build,
../../.build/release/liblmnet.so (relative to this file). When it is missing,
`swift build -c release -Xswiftc -static-stdlib --product lmnet` is run at the
repository root first. With LMNET_LIBRARY set and no build present, nothing is
built or bundled: the package then uses LMNET_LIBRARY at run time.
The wheel holds a native library, so it is tagged py3-none-<platform>.
"""

import os
import shutil
import subprocess

from setuptools import Distribution, setup
from setuptools.command.build_py import build_py

try:  # setuptools >= 70.1 ships bdist_wheel
    from setuptools.command.bdist_wheel import bdist_wheel
except ImportError:  # older setuptools: the wheel package's
    from wheel.bdist_wheel import bdist_wheel

HERE = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
BUILT_LIBRARY = os.path.join(REPO_ROOT, ".build", "release", "liblmnet.so")
SWIFT_BUILD = ["swift", "build", "-c", "release", "-Xswiftc", "-static-stdlib", "--product", "lmnet"]


def library_to_bundle():
    """The liblmnet.so to copy into the package, or None (LMNET_LIBRARY at run time)."""
    if os.path.isfile(BUILT_LIBRARY):
        return BUILT_LIBRARY
    if os.environ.get("LMNET_LIBRARY"):
        print(f"lmnet: {BUILT_LIBRARY} not found; bundling nothing, "
              f"LMNET_LIBRARY will name the library at run time")
        return None
    if not os.path.isfile(os.path.join(REPO_ROOT, "Package.swift")):
        raise SystemExit(f"lmnet: no {BUILT_LIBRARY} and no Swift package at {REPO_ROOT}; "
                         f"set LMNET_LIBRARY to a prebuilt liblmnet.so")
    print(f"lmnet: building the library: {' '.join(SWIFT_BUILD)} (in {REPO_ROOT})")
    try:
        subprocess.run(SWIFT_BUILD, cwd=REPO_ROOT, check=True)
    except (OSError, subprocess.CalledProcessError) as error:
        raise SystemExit(f"lmnet: building liblmnet.so failed ({error}); build it yourself "
                         f"or set LMNET_LIBRARY to a prebuilt liblmnet.so") from error
    return BUILT_LIBRARY


class BuildWithLibrary(build_py):
    def run(self):
        super().run()
        library = library_to_bundle()
        if library:
            target = os.path.join(self.build_lib, "lmnet", "liblmnet.so")
            shutil.copyfile(library, target)
            os.chmod(target, 0o755)


class PlatformDistribution(Distribution):
    def has_ext_modules(self):
        return True  # install into platlib, as a package with native code


class PlatformWheel(bdist_wheel):
    def finalize_options(self):
        super().finalize_options()
        self.root_is_pure = False  # a native library inside

    def get_tag(self):
        _, _, platform = super().get_tag()
        return "py3", "none", platform  # ctypes: no tie to one CPython ABI


setup(distclass=PlatformDistribution,
      cmdclass={"build_py": BuildWithLibrary, "bdist_wheel": PlatformWheel})
