import PluginKit

/// Whether each sampled child's practitioner will be met in the week, and if not, why: the
/// readiness report's account of the children covered.
///
/// In order: a planned practitioner's conversation that covers the child and is booked meets
/// them; one that is planned but has no booking is "not booked" (the plan stores no reason for a
/// conversation it could not place); with no planned conversation, an allocated worker the
/// register does not know (matched to no one or several people) is "worker unknown in the
/// register", a conversation that was cancelled is "cancelled", and otherwise the conversations
/// were not built since the child was sampled.
enum ChildCoverage {
    /// Why a child's practitioner cannot be met.
    enum Reason: String, Sendable, CaseIterable {
        case workerUnknown = "worker unknown in the register"
        case notBooked = "not booked"
        case cancelled = "cancelled"
        case notBuilt = "no conversation yet (`ilacs-admin week conversations`)"
    }

    /// A practitioner's conversation as the coverage needs it.
    struct Conversation: Sendable, Equatable {
        var caseKeys: Set<String>
        var planned: Bool
        var booked: Bool
    }

    /// The reason `sampled`'s practitioner cannot be met, or nil when a booked conversation meets
    /// them; `workerKnown` says whether the register knows the child's allocated worker.
    static func reason(_ sampled: SampledCase, conversations: [Conversation], workerKnown: Bool) -> Reason? {
        let covering = conversations.filter { $0.caseKeys.contains(sampled.caseKey) }
        if covering.contains(where: { $0.planned && $0.booked }) { return nil }
        if covering.contains(where: \.planned) { return .notBooked }
        if !workerKnown { return .workerUnknown }
        return covering.isEmpty ? .notBuilt : .cancelled
    }
}
