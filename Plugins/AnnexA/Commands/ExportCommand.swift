import ArgumentParser
import CommandLineSupport
import PluginKit

/// `ilacs-admin export`: writes data out. Its one subcommand today is `annex-a`.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export data: the Annex A data pack.",
        subcommands: [AnnexAExportCommand.self]
    )
}

/// `ilacs-admin export annex-a --snapshot ID --out FILE.xlsx|DIR`.
struct AnnexAExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annex-a",
        abstract: "Export a snapshot in Ofsted's Annex A layout, as an .xlsx workbook or a folder of CSV files.",
        discussion: """
            Headings are Ofsted's, exactly and in order; codes are written as `a) CODE: label` and \
            dates as DD/MM/YYYY. Free-text cells beginning with =, +, - or @ are neutralised so no \
            formula runs when the file is opened. The export is recorded in the audit log.

            Examples:
              ilacs-admin export annex-a --snapshot 4 --out data-pack.xlsx
              ilacs-admin export annex-a --snapshot 4 --out ./data-pack
            """
    )

    @Option(help: "The snapshot's id (see `ilacs-admin snapshots`).")
    var snapshot: Int

    @Option(help: "An .xlsx file to write, or a folder for List_N.csv files.")
    var out: String

    func run() async throws {
        try await AdminRuntime.run(for: AnnexAPlugin.pluginName) { runtime in
            let counts = try await AnnexAExporter(pool: runtime.pool)
                .export(snapshot: snapshot, to: out, actor: runtime.actor, progress: ProgressDisplay())
            print("Exported snapshot \(snapshot) to \(out): \(counts.values.reduce(0, +)) rows in \(counts.count) lists.")
        }
    }
}
