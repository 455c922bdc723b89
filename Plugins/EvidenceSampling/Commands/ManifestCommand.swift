import ArgumentParser
import CommandLineSupport
import Foundation
import PluginKit
import PrivateFiles

/// `ilacs-sampler manifest --snapshot ID --plan FILE`: freezes the population and the plan.
struct ManifestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "manifest",
        abstract: "Freeze the eligible population and the plan, before any seed exists.",
        discussion: """
            Reads the plan, finds every eligible case in the snapshot, applies the exclusions, \
            works out each stratum's size and checks that the sizes, caps and quotas can be met. \
            Then it stores the manifest and prints its SHA-256: hand that to the lead inspector \
            before the seed is chosen. --out writes the manifest itself (every case key with its \
            stratum, and the exclusions with their reasons); `sha256sum` of that file is the \
            manifest's SHA-256.

            Examples:
              ilacs-sampler manifest --snapshot 1 --plan plan.yaml
              ilacs-sampler manifest --snapshot 1 --plan plan.yaml --inspection 2 --out manifest.tsv
            """)

    @Option(help: "The Annex A snapshot to sample from (see `ilacs-admin snapshots`).")
    var snapshot: Int

    @Option(help: "The plan file (YAML); `ilacs-sampler plan example` prints one.")
    var plan: String

    @Option(help: "The inspection the sample is for; its inspectors can then see it.")
    var inspection: Int?

    @Option(help: "Also write the manifest to this file.")
    var out: String?

    @Option(help: ArgumentHelp("Refused: the seed is chosen after the manifest is frozen.", visibility: .hidden))
    var seed: String?

    func validate() throws {
        if seed != nil {
            throw ValidationError(
                "--seed: a seed must be chosen after the manifest is frozen; freeze it first, then roll the dice and run `ilacs-sampler draw --manifest ID --seed ...`"
            )
        }
    }

    func run() async throws {
        guard let data = FileManager.default.contents(atPath: plan) else {
            throw ValidationError("--plan: cannot read '\(plan)'; `ilacs-sampler plan example > plan.yaml` writes one to start from")
        }
        let parsed = try SamplingPlan.parse(String(decoding: data, as: UTF8.self), file: plan)
        let (record, manifest) = try await SamplerCommands.run { runtime in
            try await ManifestStore(pool: runtime.pool).freeze(
                plan: parsed, file: plan, snapshotID: snapshot, inspectionID: inspection, actor: runtime.actor)
        }
        if let out { try PrivateFile.write(Data(manifest.canonicalText.utf8), toPath: out) }
        print("Froze manifest \(record.id) from snapshot \(record.snapshotID): \(record.cases) eligible cases, \(record.excluded) excluded.")
        print("")
        print("stratum".padded(48) + "  cases  size")
        let counts = Dictionary(grouping: manifest.cases, by: \.stratum).mapValues(\.count)
        for (stratum, count) in counts.sorted(by: { $0.key < $1.key }) {
            print(stratum.padded(48) + "  " + String(count).padded(5) + "  " + String(manifest.rules.sizes[stratum] ?? 0))
        }
        if !manifest.valueProblems.lines.isEmpty {
            print("")
            manifest.valueProblems.lines.forEach { print($0) }
        }
        print("")
        print("Manifest SHA-256: \(record.sha256)")
        if let out { print("Written to \(out); `sha256sum \(out)` gives the same hash.") }
        print("Next: the inspectors choose a seed (e.g. 20 dice rolls), then `ilacs-sampler draw --manifest \(record.id) --seed DIGITS`.")
    }
}
