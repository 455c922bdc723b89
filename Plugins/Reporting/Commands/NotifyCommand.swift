import ArgumentParser
import Domain
import PluginKit

/// `ilacs-admin inspection notify`: records the lead inspector's notification call.
struct NotifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notify",
        abstract: "Record the notification call and derive the inspection timeline.",
        discussion: """
            Inspectors arrive on the Monday after the call, for one week (short) or two \
            (standard). The Annex A lists must be as of the Wednesday of the week before the \
            inspection or later. The call is refused when it is before the as-of date of the \
            latest snapshot. Times are local wall-clock times.

            Examples:
              ilacs-admin inspection notify --call-at "2026-11-25 10:30"
              ilacs-admin inspection notify --call-at 2026-11-25T10:30 --type standard
            """
    )

    @OptionGroup var call: CallOptions

    func run() async throws {
        let timeline = try call.timeline
        try await AdminRuntime.run(for: ReportingPlugin.pluginName) { runtime in
            let id = try await InspectionStore(pool: runtime.pool).recordCall(timeline, actor: runtime.actor)
            print("Recorded the call of \(timeline.call) as inspection \(id) (\(timeline.type.displayName.lowercased())).")
            print(
                "On site \(timeline.onSiteStart.weekdayName) \(timeline.onSiteStart.iso) to \(timeline.onSiteEnd.weekdayName) \(timeline.onSiteEnd.iso); see the checklist with: ilacs-admin inspection timeline"
            )
        }
    }
}
