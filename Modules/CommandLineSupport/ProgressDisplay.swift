import Foundation

/// Shows progress of long work on standard error: a bar redrawn in place on a terminal, plain
/// lines otherwise (logs, CI). It never shows personal data, only counts and names of files.
public final class ProgressDisplay: @unchecked Sendable {
    // Safety: `lastPlain` is only touched while `lock` is held.
    private let lock = NSLock()
    private let isTerminal = isatty(STDERR_FILENO) == 1
    private var lastPlain = Date.distantPast

    /// Creates a display.
    public init() {}

    /// Reports `done` of `total` (when known) units of `task`.
    public func update(_ task: String, done: Int, total: Int? = nil, unit: String = "rows") {
        lock.lock()
        defer { lock.unlock() }
        if isTerminal {
            var line = "\(task): \(done) \(unit)"
            if let total, total > 0 {
                let filled = min(30, done * 30 / total)
                line = "\(task) [\(String(repeating: "#", count: filled))\(String(repeating: ".", count: 30 - filled))] \(done)/\(total) \(unit)"
            }
            write("\r\u{1B}[2K" + line)
        } else if Date().timeIntervalSince(lastPlain) >= 2 {
            write("\(task): \(done) \(unit)\n")
            lastPlain = Date()
        }
    }

    /// Reports that `task` finished, with a closing message.
    public func finish(_ task: String, _ message: String) {
        lock.lock()
        defer { lock.unlock() }
        write(isTerminal ? "\r\u{1B}[2K\(task): \(message)\n" : "\(task): \(message)\n")
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
