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
    /// The exit code of an import that created a snapshot with rows left out or values kept as given.
    static let importedWithProblems: Int32 = 2

    static let configuration = CommandConfiguration(
        commandName: "annex-a",
        abstract: "Import the Annex A lists (a folder of CSV files or an .xlsx workbook) as a new snapshot.",
        discussion: """
            PATH is a folder holding one CSV file per list (List_1.csv … List_11.csv, list8.csv or \
            'List 8 - Children in care.csv' are all recognised) or an .xlsx workbook laid out like \
            Ofsted's template (sheets List_1 … List_11, or 'List 1' …; guidance sheets are ignored). \
            Both the 2019 template and the 2024 List 9 layout are accepted.

            By default every row that names its child (and, on lists with one, the date that places \
            it) is kept: a blank where a value is expected, a code outside the list, a Yes/No that is \
            neither or a number that is not one is kept as given, its value unknown, and recorded as a \
            data-quality finding; a fractional age is stored as its whole years and an age more than a \
            year away from the date of birth as the age worked out from it, both kept as given too. A \
            row without its identifier or placing date is left out and kept with its reasons. The \
            problems are printed grouped by list, column and kind, with counts.

            With --strict any such problem means nothing is imported. --lenient is the default now \
            and kept for old scripts (deprecated). Importing content identical to an existing snapshot \
            says so and creates nothing. Problems name the list, the row as seen in the file, and the \
            column; values are never repeated back.

            Exit codes: 0 imported with nothing to look at (or identical content); 2 imported, with \
            rows left out or values kept as given; 1 nothing imported. With --format json the \
            summary's "status" says the same: imported, imported-with-problems, identical or refused.

            Examples:
              ilacs-admin import annex-a ./annex-a-2026-11
              ilacs-admin import annex-a AnnexA.xlsx --as-of 2026-11-25 --report problems.csv
              ilacs-admin import annex-a ./lists --strict --format json
            """
    )

    @Argument(help: "A folder of List_N.csv files, or an .xlsx workbook.")
    var path: String

    @Option(help: "The date the lists were taken (DD/MM/YYYY or YYYY-MM-DD); default today.")
    var asOf: CalendarDate?

    @Flag(help: "Refuse the whole import on any problem in a cell, as imports did before value problems were kept.")
    var strict = false

    @Flag(help: "Deprecated: keeping every row that can be identified is now the default.")
    var lenient = false

    @Option(help: "Write every problem to this file (.csv or .json).")
    var report: String?

    @Option(help: "How to print the summary: text or json.")
    var format: OutputFormat = .text

    func validate() throws {
        if let report, !(report.lowercased().hasSuffix(".csv") || report.lowercased().hasSuffix(".json")) {
            throw ValidationError("--report must name a .csv or .json file")
        }
        if strict && lenient {
            throw ValidationError("--strict and --lenient contradict each other; give one")
        }
    }

    /// The `--format json` answer.
    private struct JSONSummary: Encodable {
        var status: String
        var snapshot: ImportSummary?
        var identicalToSnapshot: Int?
        var errors: Int?
        var problemGroups: [ProblemGroup]?
    }

    func run() async throws {
        if lenient {
            FileHandle.standardError.write(
                Data("--lenient is deprecated: keeping every row that can be identified is now the default; use --strict to refuse any problem\n".utf8))
        }
        try await AdminRuntime.run(for: AnnexAPlugin.pluginName) { runtime in
            let asOfDate = asOf ?? CalendarDate.today
            let display = ProgressDisplay()
            let importer = AnnexAImporter(pool: runtime.pool)
            let options = AnnexAImporter.Options(path: path, asOf: asOfDate, strict: strict, actor: runtime.actor)
            do {
                let (outcome, problems) = try await importer.run(options) { progress in
                    let task = "List \(progress.list) (\(progress.source))"
                    if progress.finished { display.finish(task, "\(progress.rows) rows read") } else { display.update(task, done: progress.rows) }
                }
                try writeReport(problems)
                switch outcome {
                case .imported(let summary):
                    let status = summary.hasProblems ? "imported-with-problems" : "imported"
                    print(
                        format == .json
                            ? try JSONOutput.encode(JSONSummary(status: status, snapshot: summary))
                            : ImportReport.text(summary, problems: problems))
                    if summary.hasProblems { throw ExitCode(Self.importedWithProblems) }
                case .identical(let snapshotID):
                    print(
                        format == .json
                            ? try JSONOutput.encode(JSONSummary(status: "identical", identicalToSnapshot: snapshotID))
                            : "The content is identical to snapshot \(snapshotID); nothing was created.")
                }
            } catch let failure as ImportFailure {
                try writeReport(failure.problems)
                if format == .json {
                    print(try JSONOutput.encode(JSONSummary(status: "refused", errors: failure.errors.count, problemGroups: failure.groups)))
                }
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
