import ArgumentParser
import CommandLineSupport
import PluginKit

/// `ilacs-sampler balance SAMPLE`.
struct BalanceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "balance",
        abstract: "Compare sample and population by age band, gender, ethnicity, disability, placement, legal status, team and worker.",
        discussion: """
            The text shows the ten largest groups of each characteristic and one line for the \
            rest (at county size there are hundreds of workers); --all shows every group. JSON \
            always holds every group.

            Examples:
              ilacs-sampler balance 1
              ilacs-sampler balance 1 --all
              ilacs-sampler balance 1 --format json
            """)

    @Argument(help: "The sample's id.")
    var sample: Int

    @Option(help: "text or json.")
    var format: OutputFormat = .text

    @Flag(help: "Show every group in the text, not only the ten largest of each characteristic.")
    var all = false

    func run() async throws {
        let table = try await SamplerCommands.run { runtime in
            let record = try await SampleStore(pool: runtime.pool).load(sample)
            let (_, manifest) = try await ManifestStore(pool: runtime.pool).load(record.manifestID)
            try await SamplerCommands.audit("sample.balance", recordType: "sampling_sample", id: sample, runtime: runtime)
            return BalanceTable(manifest: manifest, picks: record.picks)
        }
        if format == .json { return print(try JSONOutput.encode(table)) }
        print(table.text(largest: all ? nil : BalanceTable.shownGroups))
    }
}
