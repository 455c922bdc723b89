import ArgumentParser
import CommandLineSupport
import Domain
import PluginKit

/// `ilacs-admin audits links ROUND --inspection ID --until DATE`.
struct LinksCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "links",
        abstract: "Print one-time sign-in links for a round's auditors and moderators to fill their audits on the web.",
        discussion: """
            Each reviewer with a case to audit or moderate gets access to the audit pages of \
            `ilacs-sampler serve` (the same sign-in links, sessions and CSRF protection as the \
            inspectors' page) from --from (default today) to the end of --until, and a link that \
            works once for SIGN_IN_LINK_HOURS (default 12) hours. Run it again for new links: \
            earlier unused links stop working. Links start with SAMPLER_PUBLIC_URL \
            (default http://127.0.0.1:8080). Send each link by a channel you trust.

            Access to the web pages hangs off an inspection (--inspection): use the inspection \
            the audits are evidence for, or a rehearsal's.

            Examples:
              ilacs-admin audits links 1 --inspection 2 --until 2026-12-18
              ilacs-admin audits links 1 --inspection 2 --until 2026-12-18 --reviewer A1
            """)

    @Argument(help: "The round's id.")
    var round: Int

    @Option(help: "The inspection the access is under.")
    var inspection: Int

    @Option(help: "The first day of access (YYYY-MM-DD or DD/MM/YYYY; default today).")
    var from: CalendarDate?

    @Option(help: "The last day of access (YYYY-MM-DD or DD/MM/YYYY).")
    var until: CalendarDate

    @Option(help: "Only this reviewer's link (their id in the round).")
    var reviewer: String?

    func run() async throws {
        let (link, issued) = try await AuditCommands.run { runtime in
            let link = try SignInLink(runtime.host.configuration)
            let issued = try await ReviewerLinks(pool: runtime.pool).issue(
                round: round, only: reviewer, inspectionID: inspection, from: from ?? .today, until: until, linkHours: link.hours, actor: runtime.actor)
            return (link, issued)
        }
        print(
            "Round \(round): one-time sign-in links for \(issued.count) \(issued.count == 1 ? "reviewer" : "reviewers") (shown once, not stored; each works for \(link.hours) hours, "
                + "access until the end of \(until.ddmmyyyy)):")
        print(AuditCommands.table(["reviewer", "work", "link"], issued.map { [$0.reviewer, $0.work, link.url($0.token, path: AuditWeb.signInPath)] }))
    }
}
