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

            Examples:
              ilacs-admin inspection window
              ilacs-admin inspection window --today 2026-12-01
            """
    )

    @Option(help: "The day to see the window from, 2026-12-01 or 01/12/2026 (default: today).")
    var today: CalendarDate?

    func validate() throws {
    }

    func run() async throws {
        try await AdminRuntime.run(for: ReportingPlugin.pluginName) { runtime in
            let day = today ?? .today
            let forecast = InspectionWindow.forecast(history: try await InspectionStore(pool: runtime.pool).all(), today: day)
            print(Self.text(forecast))
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
