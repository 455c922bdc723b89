import ArgumentParser
import CommandLineSupport
import Domain
import PluginKit

/// `ilacs-admin inspection list`: the recorded inspections and annual meetings.
struct ListInspectionsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List recorded inspections and visits with their grades, and the annual meetings.",
        discussion: """
            Examples:
              ilacs-admin inspection list
            """
    )

    func run() async throws {
        try await AdminRuntime.run(for: ReportingPlugin.pluginName) { runtime in
            let store = InspectionStore(pool: runtime.pool)
            let inspections = try await store.all()
            if inspections.isEmpty {
                print("No inspections recorded. Record the last one with: ilacs-admin inspection record --type short --start 2024-05-13 --end 2024-05-17")
            }
            for inspection in inspections {
                print("\(inspection.id.padded(4)) \(inspection.type.displayName.padded(32)) \(inspection.startDate.iso) to \(inspection.endDate?.iso ?? "?")")
                for area in JudgementArea.defaults + inspection.judgements.keys.filter({ !JudgementArea.defaults.contains($0) }) {
                    if let grade = inspection.judgements[area] {
                        print("     \(area.displayName): \(grade.displayName)")
                    }
                }
            }
            let meetings = try await store.meetings()
            if !meetings.isEmpty {
                print("")
                print("Annual meetings")
                for meeting in meetings {
                    print("  \(meeting.date.iso)  \(meeting.kind.displayName)")
                }
            }
        }
    }
}
