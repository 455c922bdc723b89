import Foundation
import Synchronization

/// A token bucket per client address, in bounded memory: each address holds up to `burst`
/// tokens, refilled at `perMinute` a minute, and a request takes one. At `capacity` addresses
/// the ones whose bucket has refilled (they are as good as new) are forgotten first, then the
/// one seen longest ago, so a flood of addresses can neither grow memory nor lock others out.
final class RateLimiter: Sendable {
    private struct Bucket {
        var tokens: Double
        var updated: TimeInterval
    }

    private let burst: Double
    private let perSecond: Double
    private let capacity: Int
    private let buckets = Mutex<[String: Bucket]>([:])

    /// A limiter from `limits`.
    init(_ limits: WebLimits) {
        burst = Double(limits.burst)
        perSecond = Double(limits.requestsPerMinute) / 60
        capacity = limits.trackedClients
    }

    /// Takes a token for `client` at `now`.
    /// - Returns: nil when the request may go ahead, else the whole seconds until a token is free.
    func take(_ client: String, now: TimeInterval = Date().timeIntervalSinceReferenceDate) -> Int? {
        buckets.withLock { buckets -> Int? in
            var bucket = buckets[client].map { refilled($0, now) } ?? Bucket(tokens: burst, updated: now)
            if buckets[client] == nil && buckets.count >= capacity { evict(&buckets, now) }
            guard bucket.tokens >= 1 else {
                buckets[client] = bucket
                return max(1, Int(((1 - bucket.tokens) / perSecond).rounded(.up)))
            }
            bucket.tokens -= 1
            buckets[client] = bucket
            return nil
        }
    }

    /// How many addresses are tracked (for tests of the memory bound).
    var trackedCount: Int { buckets.withLock { $0.count } }

    private func refilled(_ bucket: Bucket, _ now: TimeInterval) -> Bucket {
        Bucket(tokens: min(burst, bucket.tokens + max(0, now - bucket.updated) * perSecond), updated: now)
    }

    private func evict(_ buckets: inout [String: Bucket], _ now: TimeInterval) {
        buckets = buckets.filter { refilled($0.value, now).tokens < burst }
        while buckets.count >= capacity, let oldest = buckets.min(by: { $0.value.updated < $1.value.updated })?.key {
            buckets[oldest] = nil
        }
    }
}
