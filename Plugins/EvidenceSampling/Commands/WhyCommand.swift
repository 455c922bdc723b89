import ArgumentParser
import PluginKit

/// `ilacs-sampler why SAMPLE CHILD-ID`.
struct WhyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "why",
        abstract: "Explain why a child was or was not picked (audit-logged).",
        discussion: """
            For each of the child's rows: picked (position, stratum, rank, ticket, rule), outside \
            the population, excluded (with the plan's reason), stratum full, cap reached, or \
            ranked too low. The audit log names the child by a keyed hash under AUDIT_CHILD_KEY \
            (or AUDIT_CHILD_KEY_FILE), which must be set.

            Examples:
              ilacs-sampler why 1 891-000116
            """)

    @Argument(help: "The sample's id.")
    var sample: Int

    @Argument(help: "The child's Child Unique ID.")
    var childID: String

    func run() async throws {
        let lines = try await SamplerCommands.run { runtime in
            let childKey = try AuditChildKey(configuration: runtime.host.configuration)
            return try await SampleExplainer(pool: runtime.pool, childKey: childKey).explain(sampleID: sample, childID: childID, actor: runtime.actor)
        }
        lines.forEach { print($0) }
    }
}
