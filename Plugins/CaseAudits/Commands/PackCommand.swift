import ArgumentParser

/// `ilacs-admin audits pack ROUND --out FILE.xlsx|FILE.html [--inspection ID]`.
struct PackCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pack",
        abstract: "Write the audit information pack for the inspectors (XLSX or HTML); audit-logged.",
        discussion: """
            The round's summary (grades by team, service area, stratum and section, the change \
            since the previous round, agreement) and, per case, the case key (Child Unique ID), \
            the auditor's, the moderator's and the agreed grade, the grade that stands and the \
            auditor's lowest grade per section. With --inspection the pack counts as shared for \
            that inspection (the checklist item "Audits shared").

            Examples:
              ilacs-admin audits pack 2 --out audit-pack.xlsx --inspection 3
              ilacs-admin audits pack 2 --out audit-pack.html
            """)

    @Argument(help: "The round's id.")
    var round: Int

    @Option(help: ArgumentHelp("The file to write: .xlsx or .html.", valueName: "file"))
    var out: String

    @Option(help: "The inspection the pack is shared with.")
    var inspection: Int?

    func run() async throws {
        let sha256 = try await AuditCommands.run { runtime in
            try await InformationPack(pool: runtime.pool).write(round: round, to: out, inspectionID: inspection, actor: runtime.actor)
        }
        print("Wrote the audit pack of round \(round) to \(out) (SHA-256 \(sha256))")
    }
}
