import ArgumentParser

/// `ilacs-admin rehearsal`: a dry run of the inspection on the current data.
struct RehearsalCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rehearsal",
        abstract: "Rehearse the inspection (a dry run): start it with a pretend call, see how the team did, end it.",
        discussion: """
            A rehearsal is an inspection flagged as one, announced by a pretend call. Work for it \
            is attached to it as to a real one (--inspection ID on manifests and campaigns). \
            Nothing of it reaches a real person: every message it queues has a subject starting \
            with REHEARSAL and is written into the rehearsal maildir (MAIL_REHEARSAL_MAILDIR), \
            whatever the mail transport. Live inspection records, the timeline, the checklist and \
            the readiness report leave it out. `rehearsal end` removes all of it; the audit log \
            keeps that it happened.

            Examples:
              ilacs-admin rehearsal start --call-at "2026-12-07 10:30"
              ilacs-admin campaign create --inspection 7 --template examples/carer-invitation --session "..."
              ilacs-admin rehearsal report
              ilacs-admin rehearsal end
            """,
        subcommands: [RehearsalStartCommand.self, RehearsalReportCommand.self, RehearsalEndCommand.self]
    )
}
