import ArgumentParser
import PluginKit

/// `ilacs-sampler draw --manifest ID --seed S`: draws and records the sample.
struct DrawCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "draw",
        abstract: "Draw the sample of a frozen manifest with the inspectors' seed, and record it.",
        discussion: """
            The seed is a string chosen after the manifest was frozen, typically 20 or more digits \
            from dice rolled by the inspectors; it is used exactly as typed, never as a number. \
            Each case's ticket is SHA-256(hex(SHA-256(seed)) + case key) read as a decimal fraction \
            with its digits reversed; cases are taken in ticket order, quotas first, then strata, \
            under the caps. A manifest is drawn once: more cases come from `extend`.

            Examples:
              ilacs-sampler draw --manifest 1 --seed 31415926535897932384
              ilacs-sampler draw --manifest 1 --seed 4242 --allow-short-seed
            """)

    @Option(help: "The frozen manifest's id.")
    var manifest: Int

    @Option(help: "The seed, at least 20 characters.")
    var seed: String

    @Flag(help: "Accept a seed shorter than 20 characters.")
    var allowShortSeed = false

    func validate() throws {
        do { try SeedPolicy.check(seed, allowShort: allowShortSeed) } catch { throw ValidationError("--seed: \(error)") }
    }

    func run() async throws {
        let sample = try await SamplerCommands.run { runtime in
            try await SampleStore(pool: runtime.pool).draw(manifestID: manifest, seed: seed, allowShortSeed: allowShortSeed, actor: runtime.actor)
        }
        print("Drew sample \(sample.id) from manifest \(manifest): \(sample.picks.count) cases.")
        print("")
        SamplerCommands.pickLines(sample.picks).forEach { print($0) }
        print("")
        print("Check it with `ilacs-sampler verify \(sample.id)`; compare groups with `ilacs-sampler balance \(sample.id)`.")
    }
}
