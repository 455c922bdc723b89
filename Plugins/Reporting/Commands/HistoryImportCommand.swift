import ArgumentParser
import CommandLineSupport
import Foundation
import PluginKit

/// `ilacs-admin inspection history import FILE`: keeps the national record and adds the
/// authority's own inspections from it.
struct HistoryImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import the national record of ILACS reports; the authority's rows become its inspection history.",
        discussion: """
            The file has the columns of the public ofsted-ilacs-scrape-tool: urn, local_authority, \
            inspection_link, pdf_filename, publication_date (DD/MM/YY), inspection_framework, \
            inspector_name, inspection_start_date and inspection_end_date (DD/MM/YYYY), the five \
            grades and parser_version. Every row is kept as given. Blank cells and the placeholders \
            inspection_pre_dates_judgement, not_reported_post_reform and data_unreadable are kept \
            and read as unknown, never guessed; so is any other text that is not a grade (the \
            command names its row and column).

            The authority's own rows (--authority, a name as the record writes it or an Ofsted \
            URN; else the authority ILACS_AUTHORITY names by its old LA code; the deprecated \
            REPORTING_AUTHORITY_NAME is still read, with a warning) become inspections, with the grades known. An \
            inspection already recorded with the same type and start date (by hand, say) is \
            linked, not duplicated. A name that matches no authority is reported; one that is \
            part of two authorities' names is refused, naming them.

            Everything happens in one transaction: an error leaves nothing changed. Importing the \
            same file again changes nothing.

            Examples:
              ilacs-admin inspection history import ../shared/reference/ofsted/ilacs_inspection_history.csv --authority Nottinghamshire
              ilacs-admin inspection history import history.csv --authority 80534 --format json
              ILACS_AUTHORITY=894 ilacs-admin inspection history import history.csv
            """
    )

    @Argument(help: "The national record, a CSV file.")
    var file: String

    @Option(help: "The authority, as the record names it (case, '&' and 'Council' do not matter) or its Ofsted URN.")
    var authority: String?

    @Option(help: "text or json.")
    var format: OutputFormat = .text

    func run() async throws {
        guard format == .text else {
            let record = try NationalRecordFile(path: file)
            return try await AdminRuntime.run(for: ReportingPlugin.pluginName) { runtime in
                print(
                    try JSONOutput.encode(
                        try await NationalRecordStore(pool: runtime.pool).importFile(
                            record, sourceName: sourceName, authority: try AuthorityName.resolve(authority, configuration: runtime.host.configuration),
                            actor: runtime.actor)))
            }
        }
        try await AdminRuntime.run(for: ReportingPlugin.pluginName) { runtime in
            print(
                try await NationalRecordRun.importFile(
                    path: file, sourceName: sourceName, authority: try AuthorityName.resolve(authority, configuration: runtime.host.configuration),
                    actor: runtime.actor, pool: runtime.pool))
        }
    }

    private var sourceName: String { URL(fileURLWithPath: file).lastPathComponent }

    /// The result as the command prints it.
    static func text(_ result: NationalRecordStore.ImportResult) -> String {
        var lines = [
            result.unchanged
                ? "The national record is unchanged: the same file (\(result.rows) rows) was already imported."
                : "Kept the national record: \(result.rows) rows."
        ]
        if !result.unreadableGrades.isEmpty {
            lines.append("Kept as unknown, not a grade or a placeholder: \(result.unreadableGrades.joined(separator: "; ")).")
        }
        if let authority = result.authority {
            lines.append(
                "\(authority): \(result.added) inspection(s) added to the history, \(result.alreadyRecorded) already recorded (linked, not duplicated), "
                    + "\(result.withoutDates) report(s) without a type or start date kept in the national record only.")
        }
        if let note = result.note { lines.append("Note: " + note + ".") }
        return lines.joined(separator: "\n")
    }
}
