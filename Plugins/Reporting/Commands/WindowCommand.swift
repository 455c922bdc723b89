import ArgumentParser
import CommandLineSupport
import Domain
import PluginKit

/// `ilacs-admin inspection window`: the next likely inspection window.
struct WindowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "window",
        abstract: "Show the next likely inspection window and explain edge cases.",
        discussion: """
            The window runs from six months before to six months after the three-year anniversary \
            of the start of the last graded (standard or short) inspection. Focused visits, \
            monitoring visits and JTAIs since then are explained but do not move it.

            With the national record imported (`inspection history import`), it adds the \
            measured picture: of consecutive graded inspections of every authority, the first \
            starting on or after --pairs-from (default 2020-07-01, after the 2020 pause) and not \
            inadequate, how many started inside the window, early or late, and the quartiles of \
            their distance from the anniversary, overall and by the earlier overall grade; and a \
            Kaplan-Meier estimate of the chance that the call comes in each of the next eight \
            weeks, with authorities not yet re-inspected counted as censored.

            The next inspection's likely type is explained by the rule of the framework version in \
            force on the day (from 1 April 2026: the impact of leaders and two of the three \
            practice judgements), and the version is named.

            Examples:
              ilacs-admin inspection window
              ilacs-admin inspection window --today 2026-12-01
              ilacs-admin inspection window --pairs-from 2021-04-01
            """
    )

    @Option(help: "The day to see the window from, 2026-12-01 or 01/12/2026 (default: today).")
    var today: CalendarDate?

    @Option(name: .customLong("pairs-from"), help: "Measure pairs whose first inspection started on or after this date (default 2020-07-01).")
    var pairsFrom: CalendarDate = WindowCalibration.defaultFrom

    func run() async throws {
        try await AdminRuntime.run(for: ReportingPlugin.pluginName) { runtime in
            let day = today ?? .today
            print(try await NationalRecordRun.window(today: day, pairsFrom: pairsFrom, pool: runtime.pool))
        }
    }

    /// The forecast as the command prints it.
    static func text(_ forecast: InspectionWindowForecast) -> String {
        var lines: [String] = []
        if let window = forecast.window {
            let last = window.lastGraded
            lines.append("Last graded inspection: \(last.type.displayName.lowercased()), \(last.startDate.iso) to \(last.endDate?.iso ?? "?")")
            lines.append("Three-year anniversary: \(window.anniversary.weekdayName) \(window.anniversary.iso)")
            lines.append("Likely window:          \(window.opens.weekdayName) \(window.opens.iso) to \(window.closes.weekdayName) \(window.closes.iso)")
        } else {
            lines.append("No window can be worked out yet.")
        }
        lines.append("Framework in force:     \(forecast.framework.name) (\(forecast.framework.change))")
        lines += forecast.notes.map { "- " + $0 }
        return lines.joined(separator: "\n")
    }
}

extension CalendarDate {
    /// `Mon`, `Tue`, ... for the date's weekday.
    var weekdayName: String {
        ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][weekday - 1]
    }
}
