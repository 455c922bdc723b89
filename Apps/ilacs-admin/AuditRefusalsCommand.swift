import ArgumentParser
import CommandLineSupport
import PluginKit

/// `ilacs-admin audit refusals`: the counts of anonymous refusals per address bucket and hour.
struct AuditRefusalsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "refusals",
        abstract: "Show refused sign-in links and reply tokens: counts per kind, address bucket and hour.",
        discussion: """
            A forged or used-up sign-in link and a bad reply or unsubscribe token are not audit \
            events one by one (a flood would swamp the log): each is counted against its kind, \
            the client's network (IPv4 /24, IPv6 /48; never the full address) and the hour. \
            Counts are kept 90 days. Newest hour first.

            Examples:
              ilacs-admin audit refusals
              ilacs-admin audit refusals --hours 168 --format json
            """)

    @Option(help: "Only the last this many hours.")
    var hours = 24

    @Option(help: "text or json.")
    var format: OutputFormat = .text

    func validate() throws {
        guard hours > 0 else { throw ValidationError("--hours must be a positive whole number.") }
    }

    func run() async throws {
        let entries = try await AdminRuntime.run { runtime in try await RefusalCounts.latest(hours: hours, pool: runtime.pool) }
        if format == .json { return print(try JSONOutput.encode(entries)) }
        guard !entries.isEmpty else { return print("No refusals in the last \(hours) hours.") }
        let rows = entries.map { [$0.hour.formatted(.iso8601), $0.action, $0.sourceBucket, String($0.refusals)] }
        print(AuditShowCommand.aligned(["hour", "action", "source", "refusals"], rows))
    }
}
