import Domain
import PluginKit
import WorkforceRegister

/// What an inspector reads before one conversation of the week: the children it covers (case
/// keys and their Annex A rows, as the sample shows them), the practitioner's context from the
/// workforce register, and for a child's own conversation how they would like to talk and any
/// access needs. No child's name or date of birth: case keys, lists and rows only.
struct WeekBriefing: Sendable, Equatable {
    /// Who the conversation is with (`week_conversations.kind`).
    enum Kind: String, Sendable {
        case practitioner, carers, child
    }

    /// One sampled child the conversation covers.
    struct Child: Sendable, Equatable {
        /// The sample's case key (`L8:CHILD-ID`).
        var caseKey: String
        /// The stratum it was picked in; empty when the sample no longer holds the case.
        var stratum: String
        /// The picked row first, then the child's other rows in the manifest.
        var rows: [SampledCase.Row]
    }

    /// The practitioner met, from the register at ``WeekBriefing/date``.
    struct Practitioner: Sendable, Equatable {
        var staff: StaffMember
        /// Children in the sample's Annex A snapshot whose allocated worker is this member of staff.
        var caseload: Int
        /// Last supervision, group reflective supervision in the last quarter, training in the last year.
        var context: PractitionerContext
    }

    /// What the allocated worker recorded for a child who agreed to talk.
    struct Wishes: Sendable, Equatable {
        /// `in_person`, `online` or `with_trusted_adult`.
        var way: String
        var accessNeeds: String?
    }

    /// When and where it is booked.
    struct Slot: Sendable, Equatable {
        var day: CalendarDate
        /// Wall-clock times, Europe/London.
        var starts: LocalDateTime
        var ends: LocalDateTime
        /// The inspector's person id (`people.id`).
        var inspectorID: Int
        /// The room, or nil when online.
        var room: String?
    }

    var conversationID: Int
    var inspectionID: Int
    var kind: Kind
    /// The practitioner's staff id, the group session's id, or the child's case key.
    var subject: String
    /// `planned` or `cancelled`.
    var status: String
    /// The day the register's figures describe.
    var date: CalendarDate
    /// The practitioner, for a practitioner's conversation found in the register.
    var practitioner: Practitioner?
    var children: [Child]
    /// Only for a child's own conversation, and only once the child agreed.
    var wishes: Wishes?
    var slot: Slot?

    /// The conversation in a few words, as the inspectors' week lists it.
    var title: String { Self.title(kind: kind, subject: subject, staff: practitioner?.staff) }

    /// A conversation in a few words: a staff name only for a practitioner's conversation
    /// (`staff`, nil when the register does not hold them), a child only by case key.
    static func title(kind: Kind, subject: String, staff: StaffMember?) -> String {
        switch kind {
        case .practitioner:
            guard let staff else { return "Practitioner \(subject) (not in the register)" }
            return "\(staff.name), \(staff.role.label), \(staff.team)"
        case .carers: return "Foster carers' group session \(subject)"
        case .child: return "A child or young person, case \(subject)"
        }
    }

    /// How a child's chosen way of talking reads.
    static func wayText(_ way: String) -> String {
        switch way {
        case "in_person": "in person"
        case "online": "online"
        case "with_trusted_adult": "with a trusted adult"
        default: way
        }
    }
}
