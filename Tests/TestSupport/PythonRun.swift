import Foundation

/// One run of the test environment's `python3` (first on PATH under `make`, or after
/// `export PATH="$(scripts/python-env.sh path):$PATH"`): the oracles, the browser driver and the
/// workbook helpers under `scripts/` all run through it.
public struct PythonRun: Sendable {
    /// The exit status.
    public let status: Int32
    /// What it wrote to standard output.
    public let output: Data
    /// What it wrote to standard error.
    public let errors: Data

    /// Runs `python3` with `arguments`, writes `input` (when given) to its standard input, and
    /// waits for it to finish.
    public static func run(_ arguments: [String], input: Data? = nil) throws -> PythonRun {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let stdout = Pipe()
        let stderr = Pipe()
        let stdin = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        if input != nil { process.standardInput = stdin }
        try process.run()
        if let input {
            stdin.fileHandleForWriting.write(input)
            try stdin.fileHandleForWriting.close()
        }
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let errors = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return PythonRun(status: process.terminationStatus, output: output, errors: errors)
    }

    /// Runs like ``run(_:input:)`` on a thread of its own and awaits it, leaving the cooperative
    /// threads free: a script that talks to a server in the test process (a browser driving the
    /// pages) needs them, and on a two-core machine two tests blocked in ``run(_:input:)`` at
    /// once starve that server until the browser times out.
    public static func detached(_ arguments: [String], input: Data? = nil) async throws -> PythonRun {
        try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result { try run(arguments, input: input) }) }.start()
        }
    }
}
