import ArgumentParser
import CommandLineSupport
import PluginKit
import WorkforceRegister

/// `ilacs-admin audits round create`.
struct RoundCreateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create",
        abstract: "Make a round: freeze the tool, assign each child to an auditor outside its team, draw the moderated share.",
        discussion: """
            The children come from a CSV with a `Child Unique ID` column and an optional `Stratum` \
            column (--children: the file `ilacs-sampler export ID --format csv` writes is one), or \
            straight from a sample drawn for a live inspection (--sample ID, with EvidenceSampling \
            enabled), so a round can audit the very children the inspectors sampled. Each child's \
            team and service area are read from the Annex A snapshot (the sample's with --sample, \
            else the latest, unless --snapshot).

            Auditors come from a CSV with columns id, name, email, team, role (auditor, \
            moderator, both or manager), or from the workforce register (--auditors-from-register, \
            after `ilacs-admin workforce import`): practice supervisors and advanced practitioners \
            audit, service managers moderate, team managers receive the actions; staff without an \
            email are left out. Nobody audits or moderates a child of their own team; \
            the load is spread evenly. The moderated share is drawn by SHA-256(seed/child id), \
            lowest first; the seed is printed and kept, so anyone can redo the draw.

            A round belongs to the inspection its sample was drawn for, or to --inspection: a \
            round of the running rehearsal (its sample, or `--inspection` with the rehearsal's \
            id) is left out of live lists and reports and removed when the rehearsal ends.

            The tool is frozen by the SHA-256 of its exact text: a changed file is a new tool. \
            Any problem (a child not in the snapshot, no auditor outside a child's team) names \
            the file, row and column, and nothing is made.

            Examples:
              ilacs-admin audits round create --name "November 2026" --tool tool.yaml --children sample.csv --auditors auditors.csv
              ilacs-admin audits round create --name "Sampled cases" --tool tool.yaml --sample 3 --auditors auditors.csv
              ilacs-admin audits round create --name "January 2027" --tool tool.yaml --sample 3 --auditors-from-register
              ilacs-admin audits round create --name "Dry run" --tool tool.yaml --children c.csv --auditors a.csv --inspection 7
              ilacs-admin audits round create --name "December 2026" --tool tool.yaml --children children.csv \\
                  --auditors auditors.csv --moderate 0.25 --seed 8127364519 --snapshot 4
            """)

    @Option(help: "The round's name, unique (\"November 2026\").")
    var name: String

    @Option(help: ArgumentHelp("The audit tool's YAML file.", valueName: "file"))
    var tool: String

    @Option(help: ArgumentHelp("CSV of the children to audit: Child Unique ID, optional Stratum.", valueName: "file"))
    var children: String?

    @Option(help: ArgumentHelp("A sample's id: audit the children drawn in it (instead of --children).", valueName: "id"))
    var sample: Int?

    @Option(help: ArgumentHelp("CSV of auditors: id, name, email, team, role.", valueName: "file"))
    var auditors: String?

    @Flag(help: "Take the auditors from the workforce register (instead of --auditors).")
    var auditorsFromRegister = false

    @Option(help: "The share of audits to moderate, 0 to 1.")
    var moderate = 0.2

    @Option(help: "The moderation draw's seed (default: 24 random digits, printed).")
    var seed: String?

    @Option(help: "The Annex A snapshot to read teams from (default: the sample's with --sample, else the latest).")
    var snapshot: Int?

    @Option(help: ArgumentHelp("The inspection the round belongs to (default: the sample's; none for --children).", valueName: "id"))
    var inspection: Int?

    @Option(help: "text or json.")
    var format: OutputFormat = .text

    func validate() throws {
        guard (children == nil) != (sample == nil) else { throw ValidationError("give the children with either --children FILE or --sample ID") }
        guard (auditors == nil) == auditorsFromRegister else {
            throw ValidationError("give the auditors with either --auditors FILE or --auditors-from-register")
        }
    }

    func run() async throws {
        let parsedTool = try AuditCommands.readTool(tool)
        let round = try await AuditCommands.run { runtime in
            let source: RoundChildren
            if let sample {
                let readers = try runtime.host.implementations(of: SampledCase.point, context: runtime.context(for: CaseAuditsPlugin.pluginName))
                source = try await runtime.pool.withConnection { try await RoundChildren.sample(sample, readers: readers, on: $0) }
            } else {
                source = .file(children ?? "")
            }
            let directory: any AuditorDirectory =
                if let auditors { AuditorFile(path: auditors) } else { RegisterAuditors(register: WorkforceRegister(pool: runtime.pool)) }
            return try await RoundStore(pool: runtime.pool).create(
                .init(
                    name: name, tool: parsedTool, children: source, auditors: directory, snapshotID: snapshot, inspectionID: inspection,
                    moderationShare: moderate, seed: seed ?? ModerationDraw.newSeed(), actor: runtime.actor))
        }
        if format == .json { return print(try JSONOutput.encode(round)) }
        print(
            "Round \(round.id) '\(round.name)': \(round.cases) cases from snapshot \(round.snapshotID), \(round.moderated) to moderate "
                + "(seed \(round.moderationSeed)); tool '\(round.toolName)' frozen as \(round.toolSHA256)")
    }
}
