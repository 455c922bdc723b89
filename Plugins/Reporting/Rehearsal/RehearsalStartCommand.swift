import ArgumentParser
import Domain
import PluginKit

/// `ilacs-admin rehearsal start --call-at`: starts a rehearsal with a pretend notification call.
struct RehearsalStartCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "start",
        abstract: "Start a rehearsal: a pretend notification call, on the current data.",
        discussion: """
            The rehearsal is an inspection of its own (flagged as a rehearsal) with the timeline \
            that follows the call. Only one rehearsal runs at a time; the call may not be before \
            the as-of date of the latest snapshot.

            Examples:
              ilacs-admin rehearsal start --call-at "2026-12-07 10:30"
              ilacs-admin rehearsal start --call-at "2026-12-07 10:30" --type standard
            """
    )

    @OptionGroup var call: CallOptions

    func run() async throws {
        let timeline = try call.timeline
        try await AdminRuntime.run(for: ReportingPlugin.pluginName) { runtime in
            let id = try await InspectionStore(pool: runtime.pool).recordCall(timeline, rehearsal: true, actor: runtime.actor)
            print("Started a rehearsal: inspection \(id), a \(timeline.type.displayName.lowercased()) called at \(timeline.call).")
            print(
                "Pretend on site \(timeline.onSiteStart.weekdayName) \(timeline.onSiteStart.iso) to \(timeline.onSiteEnd.weekdayName) \(timeline.onSiteEnd.iso). "
                    + "Attach the rehearsal's work with --inspection \(id); see progress with: ilacs-admin rehearsal report")
        }
    }
}
