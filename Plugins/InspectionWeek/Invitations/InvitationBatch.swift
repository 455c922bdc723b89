import Calendar
import Foundation
import Mail
import Messaging
import WorkforceRegister

/// The invitations one run of `week invite` queues, worked out from the conversations changed
/// since their last invitation: a REQUEST for each booked conversation (to its practitioner and
/// any manager, or the child's allocated worker, and the inspector), a CANCEL for each one
/// invited before and now cancelled or no longer booked, and a CANCEL for anyone dropped from
/// an invitation (a new inspector after a move, say). Bodies carry case keys only.
struct InvitationBatch: Sendable {
    /// Who takes part in a conversation, besides the organiser.
    enum Role: String, Sendable, Codable {
        case practitioner, manager, worker, inspector
    }

    /// Someone invited: a name for calendars, and the address (nil when there is none).
    struct Person: Sendable, Equatable {
        var name: String?
        var address: String?
    }

    /// Someone who takes part but has no email address: scheduled, not invited.
    struct NotInvited: Sendable, Equatable {
        var conversation: Int
        var role: Role
    }

    /// What to store for a conversation once its messages are queued: the sequence invited, and
    /// the invitation now standing (nil after a cancellation).
    struct Record: Sendable, Equatable {
        var conversation: Int
        var sequence: Int
        var invited: ScheduledConversation.Invited?
    }

    var messages: [OutgoingMessage] = []
    var records: [Record] = []
    var notInvited: [NotInvited] = []
    /// Conversations given a REQUEST, and given a CANCEL.
    var requests = 0
    var cancellations = 0

    /// The batch for `conversations` of inspection `inspectionID`; `staff` by staff id,
    /// `inspectors` by `people` id (as text).
    /// - Throws: `WeekRefusal` when an invitation cannot be written (an address that is not a
    ///   plain mailbox), naming the conversation.
    static func make(
        _ conversations: [ScheduledConversation], inspectionID: Int, staff: [String: StaffMember], inspectors: [String: Person], mail: WeekMail,
        stamp: Date
    ) throws -> InvitationBatch {
        var batch = InvitationBatch()
        for conversation in conversations {
            if !conversation.cancelled, let booking = conversation.booking {
                let people = participants(conversation, inspector: booking.inspector, staff: staff, inspectors: inspectors)
                batch.notInvited += people.filter { $0.person.address == nil }.map { NotInvited(conversation: conversation.id, role: $0.role) }
                let invited = people.compactMap { entry in entry.person.address.map { (entry.role, $0, entry.person.name) } }
                let request = try invitation(
                    .request, conversation, slot: booking.slot, attendees: invited.map { CalendarAttendee.attendee($0.1, name: $0.2) }, mail: mail,
                    stamp: stamp)
                let recipients = Dictionary(invited.map { ($0.0.rawValue, $0.1) }, uniquingKeysWith: { first, _ in first })
                batch.add(request, conversation, recipients: recipients, inspectionID: inspectionID)
                if let before = conversation.invited, case let dropped = before.recipients.filter({ recipients[$0.key] != $0.value }), !dropped.isEmpty {
                    let cancel = try invitation(
                        .cancel, conversation, slot: before.slot, attendees: dropped.values.sorted().map { CalendarAttendee.attendee($0) }, mail: mail,
                        stamp: stamp)
                    batch.add(cancel, conversation, recipients: dropped, inspectionID: inspectionID, suffix: ".dropped")
                }
                batch.records.append(
                    Record(
                        conversation: conversation.id, sequence: conversation.sequence,
                        invited: .init(sequence: conversation.sequence, slot: booking.slot, recipients: recipients)))
                batch.requests += 1
            } else if let before = conversation.invited {
                let cancel = try invitation(
                    .cancel, conversation, slot: before.slot, attendees: before.recipients.values.sorted().map { CalendarAttendee.attendee($0) }, mail: mail,
                    stamp: stamp)
                batch.add(cancel, conversation, recipients: before.recipients, inspectionID: inspectionID)
                batch.records.append(Record(conversation: conversation.id, sequence: conversation.sequence, invited: nil))
                batch.cancellations += 1
            }
        }
        return batch
    }

    /// Who a conversation invites: a practitioner (and their manager, when the plan invites one)
    /// or a child's allocated worker, then the inspector; a carers' session invites the
    /// inspector only (CarerEngagement invites the carers).
    private static func participants(
        _ conversation: ScheduledConversation, inspector: String, staff: [String: StaffMember], inspectors: [String: Person]
    ) -> [(role: Role, person: Person)] {
        let member = { (id: String?) in Person(name: id.flatMap { staff[$0]?.name }, address: id.flatMap { staff[$0]?.email }) }
        var people: [(role: Role, person: Person)] =
            switch conversation.kind {
            case .practitioner: [(.practitioner, member(conversation.subject))]
            case .carers: []
            case .child: [(.worker, member(conversation.worker))]
            }
        if conversation.kind == .practitioner, let manager = conversation.manager { people.append((.manager, member(manager))) }
        people.append((.inspector, inspectors[inspector] ?? Person(name: nil, address: nil)))
        return people
    }

    /// The invitation (or cancellation) of `conversation` at `slot`, checked.
    private static func invitation(
        _ method: CalendarInvitation.Method, _ conversation: ScheduledConversation, slot: ScheduledConversation.Slot, attendees: [CalendarAttendee],
        mail: WeekMail, stamp: Date
    ) throws -> CalendarInvitation {
        let invitation = CalendarInvitation(
            method: method, key: WeekMail.key(conversation: conversation.id), domain: mail.domain, sequence: conversation.sequence, stamp: stamp,
            start: slot.start, end: slot.end, summary: InvitationText.summary(conversation), location: slot.location,
            description: InvitationText.description(conversation), organizer: mail.organizer, attendees: attendees)
        if let problem = invitation.problem {
            throw WeekRefusal("conversation \(conversation.id): \(problem); fix the register or the plan, nothing was queued")
        }
        return invitation
    }

    /// One message per recipient (role to address), each carrying `invitation`.
    private mutating func add(
        _ invitation: CalendarInvitation, _ conversation: ScheduledConversation, recipients: [String: String], inspectionID: Int, suffix: String = ""
    ) {
        let content = invitation.rendered()
        let text = InvitationText.body(conversation, method: invitation.method, slot: invitation.start...invitation.end, location: invitation.location)
        for (role, address) in recipients.sorted(by: { $0.key < $1.key }) {
            messages.append(
                OutgoingMessage(
                    kind: invitation.method == .request ? "invitation" : "cancellation",
                    dedupeKey: "\(WeekMail.key(conversation: conversation.id)).seq-\(conversation.sequence).\(role)\(suffix)", recipient: address,
                    suppressionKey: nil, group: WeekMail.group(inspectionID),
                    subject: InvitationText.subject(conversation, method: invitation.method, start: invitation.start), text: text,
                    html: WeekMail.html(text), calendar: MailCalendarPart(method: invitation.method.rawValue, content: content)))
        }
    }
}
