import Foundation

/// Runs an independent oracle written in Python (the test environment's `python3`, first on
/// `PATH` under `make`): `script` reads JSON from standard input and writes JSON to standard output.
public enum PythonOracle {
    /// The script's standard output for `input`.
    /// - Throws: `Unavailable` with the script's standard error and `advice` when it fails (a
    ///   missing package, say): the test fails, it never skips.
    public static func run(_ script: String, input: Data, advice: String) throws -> Data {
        let run = try PythonRun.run(["-c", script], input: input)
        guard run.status == 0 else { throw Unavailable(description: "\(advice): \(String(decoding: run.errors, as: UTF8.self))") }
        return run.output
    }

    /// The oracle could not run.
    public struct Unavailable: Error, CustomStringConvertible {
        public let description: String
    }
}
