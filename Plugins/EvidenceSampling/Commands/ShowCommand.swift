import ArgumentParser
import CommandLineSupport
import PluginKit

/// `ilacs-sampler show SAMPLE`: the picks, each with its stratum, rank, ticket and rule.
struct ShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a sample's picks with their stratum, rank, ticket and rule (audit-logged).",
        discussion: """
            Examples:
              ilacs-sampler show 1
              ilacs-sampler show 1 --format json
            """)

    @Argument(help: "The sample's id.")
    var sample: Int

    @Option(help: "text or json.")
    var format: OutputFormat = .text

    func run() async throws {
        let record = try await SamplerCommands.run { runtime in
            let record = try await SampleStore(pool: runtime.pool).load(sample)
            try await SamplerCommands.audit("sample.view", recordType: "sampling_sample", id: sample, runtime: runtime)
            return record
        }
        if format == .json { return print(try JSONOutput.encode(record)) }
        print("Sample \(record.id) of manifest \(record.manifestID), seed \(record.seed), \(record.picks.count) picks, \(record.extensions.count) extensions.")
        SamplerCommands.pickLines(record.picks).forEach { print($0) }
    }
}
