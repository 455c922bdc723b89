import Calendar
import Foundation
import Messaging
import WebPages

/// What every message the week queues shares: its owner in the outbox, its batch label, the
/// organiser of its invitations (the configured sender) and their UIDs, the same as the
/// inspectors' `/week.ics` gives each conversation, so both update one calendar entry.
///
/// The week queues through the Messaging outbox, which `ilacs-admin` always links; Messaging is
/// not a declared dependency of the plugin because the sampler's week pages need no outbox.
struct WeekMail: Sendable {
    /// The outbox owner of the week's messages.
    static let owner = InspectionWeekPlugin.pluginName

    /// The organiser of every invitation: `MAIL_FROM` and `MAIL_FROM_NAME`.
    let organizer: CalendarAttendee
    /// The domain after the `@` of every UID.
    let domain = WeekCalendar.domain

    /// The organiser from the mailer's settings.
    init(settings: MailSettings) {
        organizer = .organizer(settings.from.address, name: settings.from.displayName)
    }

    /// The outbox group of inspection `inspectionID`'s messages (`week-3`).
    static func group(_ inspectionID: Int) -> String {
        "week-\(inspectionID)"
    }

    /// The calendar key of conversation `id`: its UID is `week-conversation-<id>@week.ilacs-ready`,
    /// the same for every revision, its cancellation, the export and the inspectors' download.
    static func key(conversation id: Int) -> String {
        "week-conversation-\(id)"
    }

    /// A message's HTML part: each paragraph of `text` (split at blank lines) escaped in a `<p>`.
    static func html(_ text: String) -> String {
        let paragraphs = text.components(separatedBy: "\n\n").map { ["lines": $0.split(separator: "\n").map(String.init)] }
        return library.render(["paragraphs": paragraphs], withTemplate: "message") ?? ""
    }

    private static let library = PageTemplates.library([
        "message": PageTemplates.documentStart + """
            <title>Inspection</title>
            </head>
            <body>
            {{#paragraphs}}<p>{{#lines}}{{.}}<br>
            {{/lines}}</p>
            {{/paragraphs}}
            </body>
            </html>

            """
    ])
}
