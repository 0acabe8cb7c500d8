enum BenchCommand { static func run(_ a: Arguments) throws { throw Arguments.Failure(description: "not yet") } }
