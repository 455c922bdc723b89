/// What ``AuditChain/verify(pool:batchSize:)`` found: how many events link soundly, the last
/// sound hash, and the first problem, if any.
public struct AuditChainReport: Sendable, Equatable {
    /// The events checked before the first problem (all of them when intact).
    public var events: Int
    /// The hash of the last sound event (64 zeros when there is none).
    public var lastHash: String
    /// The first problem, when the log is not intact.
    public var problem: AuditChainProblem?

    /// Creates a report.
    public init(events: Int, lastHash: String, problem: AuditChainProblem?) {
        self.events = events
        self.lastHash = lastHash
        self.problem = problem
    }

    /// Whether every event links soundly to the one before it, up to the chain head.
    public var isIntact: Bool { problem == nil }

    /// One line: `audit log intact: 12 events, last hash …`, or the problem.
    public var summary: String {
        if let problem { return problem.description }
        return "audit log intact: \(events) event\(events == 1 ? "" : "s"), last hash \(lastHash)"
    }
}

/// The first place where the audit log's chain breaks, naming the row.
public struct AuditChainProblem: Sendable, Equatable, CustomStringConvertible {
    /// What the break suggests.
    public enum Kind: String, Sendable {
        /// The row's contents no longer match its hash.
        case altered
        /// A row before the named one, or at the end, is missing.
        case removed
        /// The named row is not where the chain put it.
        case insertedOutOfOrder = "inserted out of order"
    }

    /// What the break suggests.
    public var kind: Kind
    /// The first row found wrong (for a removal, the row after the gap, or the missing last row).
    public var rowID: Int
    /// Why, in a few words.
    public var reason: String

    /// Creates a problem.
    public init(_ kind: Kind, rowID: Int, _ reason: String) {
        self.kind = kind
        self.rowID = rowID
        self.reason = reason
    }

    /// `audit log broken at row 7 (altered): its hash does not match its contents …`.
    public var description: String { "audit log broken at row \(rowID) (\(kind.rawValue)): \(reason)" }
}
