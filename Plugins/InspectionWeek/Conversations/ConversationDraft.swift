/// One conversation of the week as the sample and the carers' sessions give it, before it is
/// stored: a practitioner (by staff id) with the case keys of their sampled children, or one
/// foster carers' group session (by its id, no case keys).
struct ConversationDraft: Sendable, Equatable {
    /// Who the inspectors meet: a practitioner, a carers' group session, or a child who agreed
    /// through their allocated worker (child conversations come from `week child-answer`, never
    /// from the sample alone).
    enum Kind: String, Sendable {
        case practitioner, carers, child
    }

    var kind: Kind
    /// The practitioner's staff id, or the group session's id.
    var subject: String
    /// The sampled children covered, in sample order; empty for carers.
    var caseKeys: [String]
    /// When a carers' session starts (`YYYY-MM-DD HH:MM`, local time), fixed by its campaign; nil
    /// for a conversation the plan places.
    var fixedStart: String? = nil
    /// A carers' session's venue; nil when it is online (or not fixed).
    var fixedPlace: String? = nil
    /// `in_person`, or `online` for a session held online.
    var mode = "in_person"
}
