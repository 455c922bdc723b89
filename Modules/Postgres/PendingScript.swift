import Synchronization

/// Work handed to a connection's thread without waiting for it to run: trusted SQL
/// (``PostgresConnection/startScript(_:)``) or the end of a COPY
/// (``PostgresConnection/startCopy(into:columns:types:queueing:isolation:_:)``). What the
/// connection is asked to do next runs after it, on the server, while the caller goes on with its
/// own work; ``finished()`` gives the outcome.
public final class PendingScript: Sendable {
    private enum State {
        case running(waiter: CheckedContinuation<Void, any Error>?)
        case ran(failure: PostgresError?)
    }

    private let state = Mutex(State.running(waiter: nil))

    init() {}

    /// Waits until the script has run (at once if it has).
    /// - Throws: the `PostgresError` the script failed with.
    public func finished() async throws {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            let failure = state.withLock { state -> PostgresError?? in
                switch state {
                case .running(let waiter):
                    precondition(waiter == nil, "a pending script is awaited by one task only")
                    state = .running(waiter: continuation)
                    return nil
                case .ran(let failure): return .some(failure)
                }
            }
            guard let failure else { return }
            if let failure { continuation.resume(throwing: failure) } else { continuation.resume() }
        }
    }

    /// Records the outcome, on the connection's thread, and wakes the waiter if there is one.
    func ran(failure: PostgresError?) {
        let waiter = state.withLock { state -> CheckedContinuation<Void, any Error>? in
            guard case .running(let waiter) = state else { return nil }
            state = .ran(failure: failure)
            return waiter
        }
        guard let waiter else { return }
        if let failure { waiter.resume(throwing: failure) } else { waiter.resume() }
    }
}
