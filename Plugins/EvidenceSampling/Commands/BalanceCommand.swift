import ArgumentParser
import PluginKit

/// `ilacs-sampler balance SAMPLE`.
struct BalanceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "balance",
        abstract: "Compare sample and population by age band, gender, ethnicity, disability, placement, legal status, team and worker.",
        discussion: """
            Examples:
              ilacs-sampler balance 1
              ilacs-sampler balance 1 --format json
            """)

    @Argument(help: "The sample's id.")
    var sample: Int

    @Option(help: "text or json.")
    var format: OutputFormat = .text

    func run() async throws {
        let table = try await SamplerCommands.run { runtime in
            let record = try await SampleStore(pool: runtime.pool).load(sample)
            let (_, manifest) = try await ManifestStore(pool: runtime.pool).load(record.manifestID)
            try await SamplerCommands.audit("sample.balance", recordType: "sampling_sample", id: sample, runtime: runtime)
            return BalanceTable(manifest: manifest, picks: record.picks)
        }
        if format == .json { return print(try JSONOutput.encode(table)) }
        print(table.text)
    }
}
