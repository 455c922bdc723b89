import Foundation
import PluginKit
import TextTable

/// What the `audits` commands share.
enum AuditCommands {
    /// The configuration key for the days an escalation action is given (`AUDITS_ESCALATION_DAYS`).
    static let escalationDaysKey = "audits.escalation.days"

    /// Starts the runtime with this plugin enabled, runs `body`, and shuts down.
    static func run<T>(_ body: (AdminRuntime) async throws -> T) async throws -> T {
        try await AdminRuntime.run(for: CaseAuditsPlugin.pluginName, body)
    }

    /// Reads and parses the tool file at `path`.
    static func readTool(_ path: String) throws -> AuditTool {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CaseAuditError("cannot read \(path); check the path (`ilacs-admin audits tool example > tool.yaml` writes one)")
        }
        return try AuditTool.parse(String(decoding: data, as: UTF8.self), file: URL(fileURLWithPath: path).lastPathComponent)
    }

    /// Recording for `runtime`: the audit log's child key and the escalation days from configuration.
    static func recording(_ runtime: AdminRuntime) throws -> AuditRecording {
        try AuditRecording(pool: runtime.pool, configuration: runtime.host.configuration)
    }

    /// One line on what an import or agreement recorded.
    static func describe(_ outcome: AuditRecording.Outcome, round: Int) -> String {
        "Round \(round): recorded \(outcome.audits) audits, \(outcome.moderations) moderations, \(outcome.agreed) agreed grades; "
            + "\(outcome.actionsOpened) actions opened for inadequate cases"
    }

    /// `rows` under `headings` as an aligned plain-text table.
    static func table(_ headings: [String], _ rows: [[String]]) -> String {
        let text = TextTable<[String]> { row in headings.indices.map { Column(title: headings[$0], value: row[$0]) } }.string(for: rows, style: Style.simple)
        return (text ?? "").trimmingCharacters(in: .newlines)
    }
}
