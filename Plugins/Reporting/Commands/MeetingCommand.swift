import ArgumentParser
import CommandLineSupport
import Domain
import PluginKit

/// `ilacs-admin inspection meeting`: records the annual self-evaluation or engagement meeting.
struct MeetingCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meeting",
        abstract: "Record the date of the annual self-evaluation or engagement meeting.",
        discussion: """
            Kinds: self-evaluation (the self-evaluation shared with Ofsted), engagement-meeting \
            (the annual meeting with Ofsted's regional representative). `inspection list` shows them.

            Examples:
              ilacs-admin inspection meeting --kind self-evaluation --on 2026-03-02
              ilacs-admin inspection meeting --kind engagement-meeting --on 2026-04-15
            """
    )

    @Option(help: "self-evaluation or engagement-meeting.")
    var kind: String

    @Option(help: "The date (2026-04-15 or 15/04/2026).")
    var on: CalendarDate

    func validate() throws {
        _ = try meetingKind()
    }

    func run() async throws {
        try await AdminRuntime.run(for: ReportingPlugin.pluginName) { runtime in
            let meeting = try meetingKind()
            try await InspectionStore(pool: runtime.pool).recordMeeting(meeting, on: on, actor: runtime.actor)
            print("Recorded: \(meeting.displayName) on \(on.iso).")
        }
    }

    private func meetingKind() throws -> MeetingKind {
        guard let kind = MeetingKind(rawValue: kind.lowercased().replacingOccurrences(of: "-", with: "_")) else {
            throw ValidationError("unknown meeting kind '\(kind)'; use self-evaluation or engagement-meeting")
        }
        return kind
    }
}
