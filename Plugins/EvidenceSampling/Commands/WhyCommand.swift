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
            ranked too low.

            Examples:
              ilacs-sampler why 1 891-000116
            """)

    @Argument(help: "The sample's id.")
    var sample: Int

    @Argument(help: "The child's Child Unique ID.")
    var childID: String

    func run() async throws {
        let lines = try await SamplerCommands.run { runtime in
            try await SampleExplainer(pool: runtime.pool).explain(sampleID: sample, childID: childID, actor: runtime.actor)
        }
        lines.forEach { print($0) }
    }
}

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

/// `ilacs-sampler export SAMPLE --format csv|xlsx|json --out FILE [--pseudonymise]`.
struct SampleExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a sample's picks to CSV, XLSX or JSON (audit-logged).",
        discussion: """
            JSON holds the seed, the manifest's SHA-256 and, for each pick, the case key, stratum, \
            rank and full-precision ticket. --pseudonymise replaces each Child Unique ID with a keyed \
            HMAC-SHA-256 (key from SAMPLING_PSEUDONYM_KEY or SAMPLING_PSEUDONYM_KEY_FILE), for copies \
            that leave the authority.

            Examples:
              ilacs-sampler export 1 --format xlsx --out sample-1.xlsx
              ilacs-sampler export 1 --format json --out sample-1.json --pseudonymise
            """)

    @Argument(help: "The sample's id.")
    var sample: Int

    @Option(help: "csv, xlsx or json.")
    var format: String

    @Option(help: "The file to write.")
    var out: String

    @Flag(help: "Replace Child Unique IDs with keyed HMAC pseudonyms.")
    var pseudonymise = false

    func validate() throws {
        guard SampleExporter.Format(rawValue: format.lowercased()) != nil else {
            throw ValidationError("--format must be csv, xlsx or json, not '\(format)'")
        }
    }

    func run() async throws {
        let document = try await SamplerCommands.run { runtime in
            let pseudonymiser = try pseudonymise ? Self.pseudonymiser(runtime) : nil
            let record = try await SampleStore(pool: runtime.pool).load(sample)
            let (manifestRecord, manifest) = try await ManifestStore(pool: runtime.pool).load(record.manifestID)
            try await SamplerCommands.audit("sample.export", recordType: "sampling_sample", id: sample,
                                            details: ["format": format.lowercased(), "pseudonymised": String(pseudonymise)], runtime: runtime)
            return SampleExporter.document(sample: record, record: manifestRecord, manifest: manifest, pseudonymiser: pseudonymiser)
        }
        try SampleExporter.write(document, format: SampleExporter.Format(rawValue: format.lowercased())!, to: out)
        print("Wrote \(document.picks.count) picks of sample \(sample) to \(out)\(pseudonymise ? " (pseudonymised)" : "").")
    }

    private static func pseudonymiser(_ runtime: AdminRuntime) throws -> Pseudonymiser {
        guard let key = runtime.host.configuration.string(forKey: .init(Pseudonymiser.keyName), isSecret: true) else {
            throw SamplingError("--pseudonymise needs a key: set SAMPLING_PSEUDONYM_KEY (or SAMPLING_PSEUDONYM_KEY_FILE), e.g. from `openssl rand -hex 32`")
        }
        return try Pseudonymiser(key: key)
    }
}
