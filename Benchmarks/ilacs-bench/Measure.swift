import Foundation

/// Starts measuring the process's peak resident memory afresh, so that what ran before (a
/// million-case draw, the data generator) does not count: Linux resets the peak when "5" is
/// written to `/proc/self/clear_refs`.
func resetPeakMemory() {
    try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)
}

/// The process's peak resident memory since the last ``resetPeakMemory()`` (or its start), in
/// MiB, from `/proc/self/status`; the peak of its whole life where that is not readable.
func peakMemory() -> Int {
    if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
        let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
        let kibibytes = Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "")
    {
        return kibibytes / 1024
    }
    return resourceUsage().ru_maxrss / 1024
}

/// Runs a program to completion and returns how long it took.
func timeProcess(_ executable: String, _ arguments: [String]) throws -> Duration {
    try timeProcess(executable, arguments, capturing: false).elapsed
}

/// Runs a program to completion; returns how long it took and, when `capturing`, what it printed
/// (a baseline that reports its own figures, such as an exact solver's optimum).
func timeProcess(_ executable: String, _ arguments: [String], capturing: Bool) throws -> (elapsed: Duration, output: Data) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let pipe = Pipe()
    // Otherwise the figures a baseline prints are not the benchmark's output.
    process.standardOutput = capturing ? pipe : FileHandle.nullDevice
    let clock = ContinuousClock()
    let start = clock.now
    try process.run()
    let output = capturing ? pipe.fileHandleForReading.readDataToEndOfFile() : Data()
    process.waitUntilExit()
    let elapsed = clock.now - start
    guard process.terminationStatus == 0 else { throw BenchmarkFailure("\(executable) failed") }
    return (elapsed, output)
}

/// The processor time (user and system) this process has used so far, in seconds.
func processorSeconds() -> Double {
    let usage = resourceUsage()
    func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1_000_000 }
    return seconds(usage.ru_utime) + seconds(usage.ru_stime)
}

/// This process's resource usage so far.
private func resourceUsage() -> rusage {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    return usage
}
