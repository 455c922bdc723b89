import Foundation

/// A thread of its own that runs one connection's blocking libpq calls, one after another.
///
/// A shared pool of threads is not enough: on a 2-core machine Dispatch runs only a couple of
/// blocking jobs at once, so a connection waiting on a lock could starve the very connection
/// that holds it. One thread per connection (and pools are bounded) always makes progress.
final class BlockingThread: @unchecked Sendable {
    // Safety: `jobs` and `stopping` are only read or written while `condition` is locked.
    private let condition = NSCondition()
    private var jobs: [@Sendable () -> Void] = []
    private var stopping = false

    /// Starts the thread.
    init(name: String) {
        let thread = Thread { [self] in runJobs() }
        thread.name = name
        thread.start()
    }

    /// Runs `job` on the thread after the jobs submitted before it.
    func submit(_ job: @escaping @Sendable () -> Void) {
        condition.lock()
        jobs.append(job)
        condition.signal()
        condition.unlock()
    }

    /// Lets the thread finish the jobs already submitted, then end.
    func stop() {
        condition.lock()
        stopping = true
        condition.signal()
        condition.unlock()
    }

    private func runJobs() {
        while true {
            condition.lock()
            while jobs.isEmpty && !stopping { condition.wait() }
            if jobs.isEmpty {
                condition.unlock()
                return
            }
            let job = jobs.removeFirst()
            condition.unlock()
            job()
        }
    }
}
