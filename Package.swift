// swift-tools-version:6.0
import PackageDescription
import Foundation

/// The repository root, so linker flags can name files by absolute path.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().path

let package = Package(
    name: "LMNet",
    products: [
        // liblmnet.so: the C ABI declared in include/lmnet.h.
        .library(name: "lmnet", type: .dynamic, targets: ["LMNet"]),
        // The `lmnet` command: demo, train, sim, info, bench.
        .executable(name: "lmnet-cli", targets: ["LMNetCLI"]),
    ],
    targets: [
        // MARK: System libraries (Debian: libopenblas-dev liblapacke-dev libhdf5-dev)
        .systemLibrary(name: "CLinearAlgebra", path: "Sources/CLinearAlgebra", pkgConfig: "openblas"),
        .systemLibrary(name: "CHDF5", path: "Sources/CHDF5", pkgConfig: "hdf5-serial"),
        // The hand-written public header, checked against the Swift code by @c @implementation.
        .systemLibrary(name: "CLMNet", path: "include"),

        // MARK: Implementation
        .target(name: "LMNetCore", dependencies: ["CLinearAlgebra"]),
        .target(name: "LMNetHDF5", dependencies: ["LMNetCore", "CHDF5"]),
        .target(
            name: "LMNet",
            dependencies: ["CLMNet", "LMNetCore", "LMNetHDF5"],
            swiftSettings: [.enableExperimentalFeature("CImplementation")],
            linkerSettings: [
                .unsafeFlags(["-Xlinker", "--version-script=\(root)/include/lmnet.map"]),
                // A release library without debug info; function names stay for debuggers and valgrind.
                .unsafeFlags(["-Xlinker", "--strip-debug"], .when(configuration: .release)),
            ]
        ),
        .executableTarget(name: "LMNetCLI", dependencies: ["LMNetCore", "LMNetHDF5"]),

        // MARK: Tests
        .testTarget(name: "LMNetCoreTests", dependencies: ["LMNetCore"]),
        .testTarget(name: "LMNetHDF5Tests", dependencies: ["LMNetCore", "LMNetHDF5"],
                    resources: [.copy("Golden")]),
    ]
)
