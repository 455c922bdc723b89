import Calendar
import Domain

/// The words of the week's invitations: title, calendar description, mail subject and body.
/// They name the conversation's case keys and nothing else about a child.
enum InvitationText {
    /// `Inspection: conversation with a practitioner (cases L6:A, L8:C)`: the calendar title.
    static func summary(_ conversation: ScheduledConversation) -> String {
        "Inspection: " + title(conversation)
    }

    /// `conversation with a practitioner (cases L6:A, L8:C)`.
    private static func title(_ conversation: ScheduledConversation) -> String {
        let what =
            switch conversation.kind {
            case .practitioner: "conversation with a practitioner"
            case .carers: "foster carers' group session \(conversation.subject)"
            case .child: "conversation with a child or young person"
            }
        return what + (conversation.caseKeys.isEmpty ? "" : " (\(cases(conversation)))")
    }

    /// The calendar description: what the conversation is for, and its case keys.
    static func description(_ conversation: ScheduledConversation) -> String {
        let purpose =
            switch conversation.kind {
            case .practitioner:
                "An inspector would like to talk with the practitioner about their work with the children of these cases, and about their supervision, workload and training."
            case .carers: "The inspector meets the foster carers at their group session; the carers are invited separately."
            case .child:
                "The child or young person of this case agreed to talk to an inspector. Their allocated worker brings or connects them."
            }
        return purpose + (conversation.caseKeys.isEmpty ? "" : "\nCase keys: " + conversation.caseKeys.joined(separator: ", "))
    }

    /// `Inspection: conversation with a practitioner, Tue 2026-12-08 10:00`, or `Cancelled: ...`.
    static func subject(_ conversation: ScheduledConversation, method: CalendarInvitation.Method, start: LocalDateTime) -> String {
        (method == .cancel ? "Cancelled: " : "Inspection: ") + "\(title(conversation)), \(day(start.date)) \(clock(start))"
    }

    /// The plain-text body of a message carrying the invitation or cancellation.
    static func body(_ conversation: ScheduledConversation, method: CalendarInvitation.Method, slot: ClosedRange<LocalDateTime>, location: String?)
        -> String
    {
        let opening =
            method == .cancel
            ? "This conversation of the inspection of children's services is cancelled. Please remove it from your calendar."
            : "You are invited to a conversation of the inspection of children's services. Please accept the calendar invitation."
        return """
            \(opening)

            When: \(day(slot.lowerBound.date)), \(clock(slot.lowerBound)) to \(clock(slot.upperBound)) (UK time)
            Where: \(location ?? "Online")

            \(description(conversation))
            """
    }

    /// `Tue 2026-12-08`.
    static func day(_ date: CalendarDate) -> String {
        ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][date.weekday - 1] + " " + date.iso
    }

    /// `09:30`.
    static func clock(_ time: LocalDateTime) -> String {
        String(time.description.suffix(5))
    }

    private static func cases(_ conversation: ScheduledConversation) -> String {
        (conversation.caseKeys.count == 1 ? "case " : "cases ") + conversation.caseKeys.joined(separator: ", ")
    }
}
