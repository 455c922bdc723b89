import ArgumentParser
import CommandLineSupport
import PluginKit

/// The `ilacs-sampler` commands this plugin provides.
public enum SamplerCommands {
    /// Every command, in the order `--help` lists them.
    public static let all: [any ParsableCommand.Type] = [
        PlanCommand.self, ManifestCommand.self, ManifestsCommand.self, DrawCommand.self, SamplesCommand.self,
        ShowCommand.self, VerifyCommand.self, ExtendCommand.self, WhyCommand.self, BalanceCommand.self,
        SampleExportCommand.self
    ]

    /// Starts the runtime with this plugin enabled, runs `body`, and shuts down.
    static func run<T>(_ body: (AdminRuntime) async throws -> T) async throws -> T {
        try await AdminRuntime.run(for: EvidenceSamplingPlugin.pluginName, body)
    }

    /// Records that `runtime`'s actor viewed or exported sample or manifest `id`.
    static func audit(_ action: String, recordType: String, id: Int, details: [String: String] = [:], runtime: AdminRuntime) async throws {
        try await AuditLog.record(
            AuditEvent(
                actor: runtime.actor, action: action, recordType: recordType,
                recordID: String(id), details: details), pool: runtime.pool)
    }

    /// One line per pick: position, case key, stratum, rank, ticket (18 digits) and rule.
    static func pickLines(_ picks: [SampleRecord.Pick]) -> [String] {
        ["pos  case key                      stratum                                   rank  ticket                rule"]
            + picks.map { pick in
                [
                    String(pick.position).padded(4), pick.key.padded(29), pick.stratum.padded(41), String(pick.rank).padded(5),
                    pick.ticketDisplay.padded(21), pick.rule
                ].joined(separator: " ")
            }
    }
}
