import ArgumentParser
import PluginKit

/// `ilacs-sampler verify SAMPLE`: recomputes everything and lists differences.
struct VerifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Recompute a sample from its snapshot, plan and seed; exit 1 with the differences if anything differs.",
        discussion: """
            Rebuilds the manifest from the snapshot and the frozen plan, compares it line by line \
            and by SHA-256 with the recorded one, redoes the draw and every extension from the seed, \
            and compares every pick. Differences name lists, rows and positions.

            Examples:
              ilacs-sampler verify 1
            """)

    @Argument(help: "The sample's id.")
    var sample: Int

    func run() async throws {
        let outcome = try await SamplerCommands.run { runtime in try await SampleVerifier(pool: runtime.pool).verify(sampleID: sample) }
        guard outcome.differences.isEmpty else {
            print("Sample \(sample) does NOT verify: \(outcome.differences.count) differences.")
            outcome.differences.prefix(50).forEach { print("  - \($0)") }
            if outcome.differences.count > 50 { print("  … and \(outcome.differences.count - 50) more") }
            throw ExitCode.failure
        }
        print(
            "Sample \(sample) verified: the manifest recomputed from its snapshot and plan has SHA-256 \(outcome.recordedSHA256), as recorded; all \(outcome.picks) picks recomputed from the seed are identical."
        )
    }
}
