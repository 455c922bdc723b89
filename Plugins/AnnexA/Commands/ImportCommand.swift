import ArgumentParser
import CommandLineSupport
import Domain
import Foundation
import PluginKit

/// `ilacs-admin import`: brings data in. Its one subcommand today is `annex-a`.
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import data: the Annex A child-level lists.",
        subcommands: [AnnexAImportCommand.self]
    )
}

/// `ilacs-admin import annex-a PATH`: imports an Annex A return as a new snapshot.
struct AnnexAImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annex-a",
        abstract: "Import the Annex A lists (a folder of CSV files or an .xlsx workbook) as a new snapshot.",
        discussion: """
            PATH is a folder holding one CSV file per list (List_1.csv … List_11.csv, list8.csv or \
            'List 8 - Children in care.csv' are all recognised) or an .xlsx workbook laid out like \
            Ofsted's template (sheets List_1 … List_11; guidance sheets are ignored). Both the 2019 \
            template and the 2024 List 9 layout are accepted.

            Strict by default: any error means nothing is imported and the exit code is 1. With \
            --lenient, valid rows are imported and rejected rows are kept with their reasons. \
            Importing content identical to an existing snapshot says so and creates nothing. \
            Problems name the list, the row as seen in the file, and the column; identifiers, \
            dates and free text are never repeated back.

            Examples:
              ilacs-admin import annex-a ./annex-a-2026-11
              ilacs-admin import annex-a AnnexA.xlsx --as-of 2026-11-25 --report problems.csv
              ilacs-admin import annex-a ./lists --lenient --format json
            """
    )

    @Argument(help: "A folder of List_N.csv files, or an .xlsx workbook.")
    var path: String

    @Option(help: "The date the lists were taken (DD/MM/YYYY or YYYY-MM-DD); default today.")
    var asOf: CalendarDate?

    @Flag(help: "Import the valid rows and keep the rejected ones with their reasons.")
    var lenient = false

    @Option(help: "Write every problem to this file (.csv or .json).")
    var report: String?

    @Option(help: "How to print the summary: text or json.")
    var format: OutputFormat = .text

    func validate() throws {
        if let report, !(report.lowercased().hasSuffix(".csv") || report.lowercased().hasSuffix(".json")) {
            throw ValidationError("--report must name a .csv or .json file")
        }
    }

    func run() async throws {
        try await AdminRuntime.run(for: AnnexAPlugin.pluginName) { runtime in
            let asOfDate = asOf ?? CalendarDate.today
            let display = ProgressDisplay()
            let importer = AnnexAImporter(pool: runtime.pool)
            let options = AnnexAImporter.Options(path: path, asOf: asOfDate, lenient: lenient, actor: runtime.actor)
            do {
                let (outcome, problems) = try await importer.run(options) { progress in
                    let task = "List \(progress.list) (\(progress.source))"
                    if progress.finished { display.finish(task, "\(progress.rows) rows read") } else { display.update(task, done: progress.rows) }
                }
                try writeReport(problems)
                switch outcome {
                case .imported(let summary):
                    print(format == .json ? try JSONOutput.encode(summary) : ImportReport.text(summary, problems: problems))
                case .identical(let snapshotID):
                    print(
                        format == .json
                            ? try JSONOutput.encode(["identicalToSnapshot": snapshotID])
                            : "The content is identical to snapshot \(snapshotID); nothing was created.")
                }
            } catch let failure as ImportFailure {
                try writeReport(failure.problems)
                FileHandle.standardError.write(Data((ImportReport.failureText(failure, reportPath: report) + "\n").utf8))
                throw ExitCode.failure
            }
        }
    }

    private func writeReport(_ problems: [ImportProblem]) throws {
        guard let report else { return }
        try ProblemReport.write(problems, to: report)
    }
}
