import ArgumentParser
import Messaging
import PluginKit
import WorkforceRegister

/// `ilacs-admin week invite --inspection N`: queues a calendar invitation for every booked
/// conversation changed since it was last invited, and a cancellation for every one withdrawn.
struct WeekInviteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "invite",
        abstract: "Send the week's calendar invitations (and cancellations) through the outbox.",
        discussion: """
            Each booked conversation whose sequence is above the one last invited (or never \
            invited) gets one iCalendar invitation (METHOD:REQUEST, a UID stable per \
            conversation, SEQUENCE the conversation's, times in Europe/London, LOCATION the room \
            or Online, ORGANIZER the configured sender MAIL_FROM) for its practitioner (and \
            manager), or the child's allocated worker, and the inspector; a carers' session \
            invites the inspector only. A conversation invited before and since cancelled (or no \
            longer booked) gets METHOD:CANCEL with its raised SEQUENCE. Bodies name case keys \
            only. Staff without an email address stay scheduled and are listed as not invited. \
            Running it again queues nothing new; a rehearsal's invitations go to the rehearsal \
            maildir. `ilacs-mailer` delivers them.

            Examples:
              ilacs-admin week invite --inspection 3
            """)

    @Option(help: "The inspection's id (`ilacs-admin inspection list`).")
    var inspection: Int

    func run() async throws {
        try await AdminRuntime.run(for: InspectionWeekPlugin.pluginName) { runtime in
            let mail = WeekMail(settings: try MailSettings(runtime.host.configuration))
            let staff = Dictionary(try await WorkforceRegister(pool: runtime.pool).allStaff().map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            let outcome = try await WeekInvitations.send(inspection: inspection, staff: staff, mail: mail, actor: runtime.actor, pool: runtime.pool)
            print(
                "\(outcome.requests) conversations invited, \(outcome.cancellations) cancelled: \(outcome.queued) messages queued; "
                    + "\(outcome.notInvited.count) not invited (no email).")
            for missing in outcome.notInvited.sorted(by: { $0.conversation < $1.conversation }) {
                print("Conversation \(missing.conversation): the \(missing.role.rawValue) is scheduled but not invited (no email)")
            }
        }
    }
}
