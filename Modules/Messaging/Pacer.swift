/// Spaces messages evenly so that at most `perMinute` go out per minute.
struct Pacer {
    let interval: Duration
    private var next = ContinuousClock.now

    init(perMinute: Int) {
        interval = .nanoseconds(60_000_000_000 / Int64(perMinute))
    }

    mutating func wait() async {
        let now = ContinuousClock.now
        if next > now { try? await Task.sleep(until: next, clock: .continuous) }
        next = max(now, next) + interval
    }
}
