import LMNetCore

// Placeholders until the HDF5 layer lands.
enum ModelStore {
    static func save(_ net: Network, record: TrainingRecord?, options: TrainingOptions?, to path: String) throws {
        throw Arguments.Failure(description: "saving is not available yet")
    }
}
enum TrainCommand { static func run(_ a: Arguments) throws { throw Arguments.Failure(description: "not yet") } }
enum SimCommand { static func run(_ a: Arguments) throws { throw Arguments.Failure(description: "not yet") } }
enum InfoCommand { static func run(_ a: Arguments) throws { throw Arguments.Failure(description: "not yet") } }
enum BenchCommand { static func run(_ a: Arguments) throws { throw Arguments.Failure(description: "not yet") } }
