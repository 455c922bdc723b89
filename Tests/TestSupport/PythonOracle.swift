import Foundation

/// Runs an independent oracle written in Python (the test environment's `python3`, first on
/// `PATH` under `make`): `script` reads JSON from standard input and writes JSON to standard output.
public enum PythonOracle {
    /// The script's standard output for `input`.
    /// - Throws: `Unavailable` with the script's standard error and `advice` when it fails (a
    ///   missing package, say): the test fails, it never skips.
    public static func run(_ script: String, input: Data, advice: String) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script]
        let (stdin, stdout, stderr) = (Pipe(), Pipe(), Pipe())
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(input)
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let message = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            throw Unavailable(description: "\(advice): \(message)")
        }
        return output
    }

    /// The oracle could not run.
    public struct Unavailable: Error, CustomStringConvertible {
        public let description: String
    }
}
