import ArgumentParser
import PluginKit

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
            try await SamplerCommands.audit(
                "sample.export", recordType: "sampling_sample", id: sample,
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
