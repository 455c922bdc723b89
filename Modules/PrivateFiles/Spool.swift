import Foundation
import Synchronization

/// A file or folder that exists only while it is being written (a partial export, unzipped
/// sheets): removed when the `Spool` is dropped unless ``kept()``, and removed too when the
/// process is interrupted (SIGINT, SIGTERM, SIGHUP) while it exists, so no child-level data is
/// left behind on any exit path a process can act on.
///
/// The signal handlers are installed with the first spool. Only commands spool (a serving app
/// writes no spools: its downloads are built in memory), so they never take the signals from a
/// service group's graceful shutdown.
public final class Spool: Sendable {
    /// The spooled path.
    public let path: String
    private let open = Atomic<Bool>(true)

    /// Registers `path` (not yet necessarily created) for removal.
    public init(path: String) {
        self.path = path
        Self.registry.withLock { $0.insert(path) }
        Self.installHandlersOnce()
    }

    /// The spool became the final file: do not remove it.
    public func kept() {
        guard open.exchange(false, ordering: .relaxed) else { return }
        Self.registry.withLock { _ = $0.remove(path) }
    }

    /// Removes the spooled path now.
    public func remove() {
        guard open.exchange(false, ordering: .relaxed) else { return }
        Self.registry.withLock { _ = $0.remove(path) }
        try? FileManager.default.removeItem(atPath: path)
    }

    deinit {
        remove()
    }

    private static let registry = Mutex<Set<String>>([])
    private static let installed = Atomic<Bool>(false)

    private static func installHandlersOnce() {
        guard !installed.exchange(true, ordering: .relaxed) else { return }
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
            signal(signalNumber) { number in
                // Not strictly async-signal-safe (a lock, FileManager): the process is ending, the
                // work is a few removals, and then the signal's default action ends it as before.
                for path in Spool.registry.withLock({ Array($0) }) { try? FileManager.default.removeItem(atPath: path) }
                signal(number, SIG_DFL)
                raise(number)
            }
        }
    }
}
