import ArgumentParser
import Domain

/// `--call-at` and `--type`: a notification call, real (`inspection notify`) or pretend
/// (`rehearsal start`).
struct CallOptions: ParsableArguments {
    @Option(name: .customLong("call-at"), help: "When the call comes or came: \"YYYY-MM-DD HH:MM\" (local time).")
    var callAt: String

    @Option(help: "short or standard.")
    var type = "short"

    func validate() throws {
        _ = try timeline
    }

    /// The timeline that follows the call.
    var timeline: NotificationTimeline {
        get throws { try InspectionArguments.call(callAt, type: type) }
    }
}
