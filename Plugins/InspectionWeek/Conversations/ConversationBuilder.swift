import PluginKit

/// Turns an inspection's sampled children and carers' group sessions into conversations: one per
/// practitioner covering all of their sampled children, one per group session.
enum ConversationBuilder {
    /// The conversations, and the case keys of sampled children whose allocated worker matched
    /// no one (or several people) in the register.
    struct Outcome: Sendable, Equatable {
        var conversations: [ConversationDraft]
        var unknownWorkers: [String]
    }

    /// Builds the conversations; `staffID` gives a sampled child's allocated worker's staff id,
    /// or nil when unknown. Practitioners come in staff id order, then the sessions in order.
    static func build(
        cases: [SampledCase], sessions: [GroupSession], staffID: (SampledCase) async throws -> String?
    ) async throws -> Outcome {
        var keysByStaff: [String: [String]] = [:]
        var unknown: [String] = []
        for sampled in cases.sorted(by: { ($0.sampleID, $0.position) < ($1.sampleID, $1.position) }) {
            guard let id = try await staffID(sampled) else {
                unknown.append(sampled.caseKey)
                continue
            }
            if keysByStaff[id]?.contains(sampled.caseKey) != true { keysByStaff[id, default: []].append(sampled.caseKey) }
        }
        let practitioners = keysByStaff.keys.sorted().map { ConversationDraft(kind: .practitioner, subject: $0, caseKeys: keysByStaff[$0] ?? []) }
        let carers = sessions.map { session in
            ConversationDraft(
                kind: .carers, subject: session.id, caseKeys: [], fixedStart: session.start.description, fixedPlace: session.online ? nil : session.venue,
                mode: session.online ? "online" : "in_person")
        }
        return Outcome(conversations: practitioners + carers, unknownWorkers: unknown)
    }
}
