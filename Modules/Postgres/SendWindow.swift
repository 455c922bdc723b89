import Synchronization

/// The COPY chunks handed to a connection's thread and not yet sent.
///
/// The writer goes on validating and filling its next chunk while the thread sends the last, so
/// the client's work and the server's overlap; it waits only when `limit` chunks are queued, so
/// memory stays flat however fast it fills them. The first failure to send is kept, and the
/// chunks queued after it are dropped.
final class SendWindow: Sendable {
    private struct State {
        var queued = 0
        var failure: PostgresError?
        var waiter: (below: Int, continuation: CheckedContinuation<Void, Never>)?
    }

    /// How many chunks may be queued at once.
    let limit: Int
    private let state = Mutex(State())

    /// A window of `limit` chunks.
    init(limit: Int) {
        self.limit = limit
    }

    /// The first failure to send, if any.
    var failure: PostgresError? { state.withLock { $0.failure } }

    /// Waits until fewer than `count` chunks are queued (1: until all are sent).
    func wait(below count: Int) async {
        await withCheckedContinuation { continuation in
            let ready = state.withLock { state in
                guard state.queued >= count else { return true }
                state.waiter = (count, continuation)
                return false
            }
            if ready { continuation.resume() }
        }
    }

    /// Counts a chunk handed to the thread.
    func queued() {
        state.withLock { $0.queued += 1 }
    }

    /// Counts a chunk sent, or failed with `failure`.
    func sent(failure: PostgresError?) {
        let waiter = state.withLock { state -> CheckedContinuation<Void, Never>? in
            state.queued -= 1
            if state.failure == nil { state.failure = failure }
            guard let waiter = state.waiter, state.queued < waiter.below else { return nil }
            state.waiter = nil
            return waiter.continuation
        }
        waiter?.resume()
    }
}
