import ArgumentParser

/// `ilacs-admin inspection`: past inspections, the next window, the notification call and what
/// follows it.
struct InspectionCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspection",
        abstract: "Record inspections and the notification call; show the window, the timeline and the checklist.",
        discussion: """
            Typical use: record the last graded inspection once, check the window now and then, \
            and when the lead inspector calls, record the call and follow the timeline.

            Examples:
              ilacs-admin inspection record --type short --start 2024-05-13 --end 2024-05-17 --judgement overall-effectiveness=good
              ilacs-admin inspection history import ilacs_inspection_history.csv --authority Nottinghamshire
              ilacs-admin inspection window
              ILACS_AUTHORITY=891 ilacs-admin inspection peers
              ilacs-admin inspection notify --call-at "2026-11-25 10:30" --type short
              ilacs-admin inspection timeline
            """,
        subcommands: [
            RecordInspectionCommand.self, ListInspectionsCommand.self, WindowCommand.self, NotifyCommand.self,
            TimelineCommand.self, MeetingCommand.self, AttachCommand.self, LinesOfEnquiryCommand.self, HistoryCommand.self,
            PeersCommand.self
        ]
    )
}
