import ArgumentParser
import Calendar
import Foundation
import Tabular
import WebPages

/// The week's bookings written for people and calendars: `ics` (one calendar, METHOD:PUBLISH,
/// an event per booking with the invitations' UIDs), `csv`, or `html` (an accessible table per
/// day). No child's name is ever written, only case keys; staff and inspectors appear by id
/// unless `names` gives their names (`--show-names`).
struct WeekExport: Sendable {
    /// The file format (`--format`).
    enum Format: String, Sendable, CaseIterable, ExpressibleByArgument {
        case ics, csv, html
    }

    /// The names to show, by staff id and by inspector id; nil shows ids only.
    struct Names: Sendable {
        var staff: [String: String]
        var inspectors: [String: String]
    }

    /// The booked, planned conversations in day and time order.
    var conversations: [ScheduledConversation]
    var inspectionID: Int
    var names: Names?

    /// The CSV columns, in order.
    static let columns = ["day", "starts", "ends", "inspector", "location", "kind", "with", "case_keys", "conversation", "sequence"]

    /// The export in `format`; `mail` gives the calendar's organiser and UID domain.
    func rendered(_ format: Format, mail: WeekMail, stamp: Date) -> String {
        switch format {
        case .ics: calendar(mail: mail, stamp: stamp).rendered()
        case .csv: ([Self.columns] + rows).map { $0.map(CSVWriter.quoted).joined(separator: ",") + "\n" }.joined()
        case .html: html
        }
    }

    /// Every booking as an event, as the invitations give it but with no attendees.
    func calendar(mail: WeekMail, stamp: Date) -> CalendarFeed {
        CalendarFeed(
            events: booked.map { conversation, booking in
                CalendarInvitation(
                    method: .request, key: WeekMail.key(conversation: conversation.id), domain: mail.domain, sequence: conversation.sequence,
                    stamp: stamp, start: booking.slot.start, end: booking.slot.end,
                    summary: InvitationText.summary(conversation) + " with " + person(conversation), location: booking.slot.location,
                    description: InvitationText.description(conversation) + "\nInspector: " + inspector(booking), organizer: mail.organizer, attendees: [])
            })
    }

    /// One row of fields per booking, in ``columns`` order.
    var rows: [[String]] {
        booked.map { conversation, booking in
            [
                booking.slot.start.date.iso, InvitationText.clock(booking.slot.start), InvitationText.clock(booking.slot.end), inspector(booking),
                booking.slot.location, conversation.kind.rawValue, person(conversation), conversation.caseKeys.joined(separator: " "),
                String(conversation.id), String(conversation.sequence)
            ]
        }
    }

    /// A page with one table per day, each with a caption and column headers.
    var html: String {
        let days = Dictionary(grouping: booked, by: { $0.1.slot.start.date }).sorted { $0.key < $1.key }.map { day, entries in
            [
                "caption": InvitationText.day(day),
                "rows": entries.map { conversation, booking in
                    [
                        "starts": InvitationText.clock(booking.slot.start), "ends": InvitationText.clock(booking.slot.end), "inspector": inspector(booking),
                        "location": booking.slot.location, "kind": conversation.kind.rawValue, "with": person(conversation),
                        "cases": conversation.caseKeys.joined(separator: ", ")
                    ]
                }
            ] as [String: Any]
        }
        return Self.library.render(["inspection": inspectionID, "days": days, "empty": days.isEmpty], withTemplate: "week") ?? ""
    }

    private var booked: [(ScheduledConversation, ScheduledConversation.Booking)] {
        conversations.compactMap { conversation in conversation.booking.map { (conversation, $0) } }
    }

    /// Who the conversation is with: the practitioner (name or staff id), the session id, or
    /// the child's case key (never a child's name).
    private func person(_ conversation: ScheduledConversation) -> String {
        guard conversation.kind == .practitioner else { return conversation.subject }
        return names?.staff[conversation.subject] ?? conversation.subject
    }

    private func inspector(_ booking: ScheduledConversation.Booking) -> String {
        names?.inspectors[booking.inspector] ?? booking.inspector
    }

    private static let library = PageTemplates.library([
        "week": PageTemplates.documentStart + """
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
            <title>The week on site: inspection {{inspection}}</title>
            """ + PageTemplates.style + """
                </head>
                <body>
                <main>
                <h1>The week on site: inspection {{inspection}}</h1>
                {{#empty}}<p>No conversation is booked yet.</p>{{/empty}}
                {{#days}}
                <table>
                <caption>{{caption}}</caption>
                <thead><tr><th scope="col">Starts</th><th scope="col">Ends</th><th scope="col">Inspector</th><th scope="col">Where</th><th scope="col">Kind</th><th scope="col">With</th><th scope="col">Case keys</th></tr></thead>
                <tbody>
                {{#rows}}<tr><td>{{starts}}</td><td>{{ends}}</td><td>{{inspector}}</td><td>{{location}}</td><td>{{kind}}</td><td>{{with}}</td><td>{{cases}}</td></tr>
                {{/rows}}
                </tbody>
                </table>
                {{/days}}
                </main>
                </body>
                </html>

                """
    ])
}
