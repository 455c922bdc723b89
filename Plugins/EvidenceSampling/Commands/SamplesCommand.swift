import ArgumentParser
import CommandLineSupport
import PluginKit

/// `ilacs-sampler samples`: lists the drawn samples.
struct SamplesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "samples", abstract: "List the drawn samples, newest first.",
        discussion: """
            A rehearsal's samples are left out unless --rehearsal asks for them (and then only they are listed).

            Examples:
              ilacs-sampler samples
              ilacs-sampler samples --rehearsal
            """)

    @Flag(help: "List the rehearsal's records instead of the live ones (a rehearsal's never appear otherwise).")
    var rehearsal = false

    func run() async throws {
        let samples = try await SamplerCommands.run { runtime in try await SampleStore(pool: runtime.pool).all(rehearsal: rehearsal) }
        guard !samples.isEmpty else { return print("No samples yet. Draw one with: ilacs-sampler draw --manifest ID --seed DIGITS") }
        print("id  manifest  picks  drawn (UTC)")
        for sample in samples {
            print(
                [
                    String(sample.id).padded(3), String(sample.manifestID).padded(9), String(sample.picks).padded(6),
                    sample.drawnAt.formatted(.iso8601)
                ].joined(separator: " "))
        }
    }
}
