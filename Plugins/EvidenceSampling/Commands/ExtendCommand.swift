import ArgumentParser
import PluginKit

/// `ilacs-sampler extend SAMPLE --more N [--stratum S]`.
struct ExtendCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extend",
        abstract: "Pick more cases, continuing the ticket order so earlier picks never change.",
        discussion: """
            Examples:
              ilacs-sampler extend 1 --more 5
              ilacs-sampler extend 1 --more 2 --stratum "children in care"
            """)

    @Argument(help: "The sample's id.")
    var sample: Int

    @Option(help: "How many more cases.")
    var more: Int

    @Option(help: "Take them from this stratum only.")
    var stratum: String?

    func validate() throws {
        guard more > 0 else { throw ValidationError("--more must be 1 or more, not \(more)") }
    }

    func run() async throws {
        let record = try await SamplerCommands.run { runtime in
            try await SampleStore(pool: runtime.pool).extend(sampleID: sample, more: more, stratum: stratum, actor: runtime.actor)
        }
        let added = record.picks.filter { $0.extensionNumber == record.extensions.last?.number }
        print("Extended sample \(sample) by \(added.count) cases (extension \(record.extensions.last?.number ?? 0)); it now has \(record.picks.count).")
        SamplerCommands.pickLines(added).forEach { print($0) }
    }
}
