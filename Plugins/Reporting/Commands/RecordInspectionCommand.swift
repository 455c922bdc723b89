import ArgumentParser
import CommandLineSupport
import Domain
import PluginKit

/// `ilacs-admin inspection record`: a past inspection or visit and its grades.
struct RecordInspectionCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "record",
        abstract: "Record a past inspection or visit, with the grade for each judged area.",
        discussion: """
            Types: standard, short, focused-visit, monitoring-visit, jtai. Only standard and short \
            inspections are graded; the window counts from the last of them.

            Areas: overall-effectiveness, impact-of-leaders, help-and-protection, children-in-care, \
            care-leavers. Grades: outstanding, good, requires-improvement (or ri), inadequate. The \
            grades are checked against the framework version in force on the start date: care \
            leavers are graded separately from January 2023, and from 1 April 2026 there is no \
            overall effectiveness grade (an inspection starting then or later that gives one is \
            refused, naming the change).

            Examples:
              ilacs-admin inspection record --type short --start 2024-05-13 --end 2024-05-17 \\
                --judgement overall-effectiveness=good --judgement children-in-care=outstanding
              ilacs-admin inspection record --type focused-visit --start 2025-09-16 --end 2025-09-17
              ilacs-admin inspection record --type standard --start 2026-05-11 --end 2026-05-22 \\
                --judgement impact-of-leaders=good --judgement help-and-protection=good \\
                --judgement children-in-care=ri --judgement care-leavers=good
            """
    )

    @Option(help: "standard, short, focused-visit, monitoring-visit or jtai.")
    var type: String

    @Option(help: "The first day on site (2024-05-13 or 13/05/2024).")
    var start: CalendarDate

    @Option(help: "The last day on site.")
    var end: CalendarDate?

    @Option(name: .customLong("judgement"), help: "AREA=GRADE; repeat for each area.")
    var judgements: [String] = []

    func validate() throws {
        _ = try InspectionArguments.type(type)
        _ = try judgements.map { try InspectionArguments.judgement($0) }
    }

    func run() async throws {
        let grades = Dictionary(try judgements.map { try InspectionArguments.judgement($0) }, uniquingKeysWith: { $1 })
        try await AdminRuntime.run(for: ReportingPlugin.pluginName) { runtime in
            let inspectionType = try InspectionArguments.type(type)
            let id = try await InspectionStore(pool: runtime.pool).record(
                inspectionType, start: start,
                end: end, judgements: grades, actor: runtime.actor)
            print(
                "Recorded inspection \(id): \(inspectionType.displayName) from \(start.iso)\(end.map { " to \($0.iso)" } ?? "")"
                    + (grades.isEmpty ? "." : ", \(grades.count) judgement(s)."))
        }
    }
}
