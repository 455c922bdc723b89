import ArgumentParser

/// `ilacs-admin week`: the week on site's commands.
struct WeekCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "week",
        abstract: "Plan the week on site: the conversations with practitioners and foster carers.",
        discussion: """
            The conversations come from the inspection's sample (each sampled child's allocated \
            worker, matched to the workforce register by `ilacs-admin workforce match`) and the \
            foster carers' group sessions.

            Examples:
              ilacs-admin week conversations --inspection 3
              ilacs-admin week plan --inspection 3 --rooms "Room 1,Room 2"
              ilacs-admin week show --inspection 3 --inspector 2
              ilacs-admin week briefing 12
              ilacs-admin week ask-child --inspection 3 --all
              ilacs-admin week child-answer --inspection 3 --case L6:4821 --agreed --way online
              ilacs-admin week invite --inspection 3
              ilacs-admin week export --inspection 3 --format ics --out week.ics
            """,
        subcommands: [
            WeekConversationsCommand.self, WeekPlanCommand.self, WeekShowCommand.self, WeekMoveCommand.self, WeekCancelCommand.self,
            WeekAddCommand.self, WeekBriefingCommand.self, WeekAskChildCommand.self, WeekChildAnswerCommand.self, WeekInviteCommand.self,
            WeekExportCommand.self
        ])
}
