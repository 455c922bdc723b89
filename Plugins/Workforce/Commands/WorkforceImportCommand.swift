import ArgumentParser
import Foundation
import PluginKit

/// `ilacs-admin workforce import DIR|FILE.xlsx`: replaces the register with a directory's four
/// files or a workbook's four sheets.
struct WorkforceImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import staff.csv, leave.csv, supervision.csv and training.csv as a new version of the register.",
        discussion: """
            DIR holds four CSV files with these columns (headers in any case, spaces for \
            underscores allowed); or give an .xlsx workbook with four sheets named staff, leave, \
            supervision and training, with the same columns:
              staff.csv        id, name, email, team, role, manager_id, fte, agency, start_date, working_days
              leave.csv        staff_id, from, to
              supervision.csv  staff_id, supervisor_id, date, type
              training.csv     staff_id, course, date
            Roles: Social worker, Senior practitioner, Advanced practitioner, Practice supervisor, \
            Team manager, Service manager, IRO, Personal adviser, Family support worker, Student \
            social worker. Working days: weekday names (Mon Tue Thu). Agency: yes or no. Dates: \
            YYYY-MM-DD or DD/MM/YYYY. Type: individual or group reflective. email and manager_id \
            may be blank.

            The import is strict: every problem is listed as `file, row R, column C: problem` \
            (never the value) and nothing is imported unless every row is right. Leave periods of \
            one person must not overlap. A new import replaces the whole register as a new \
            version, audit-logged; importing the same files again changes nothing.

            Examples:
              ilacs-admin workforce import ./register
              ilacs-admin workforce import register.xlsx
              ILACS_ACTOR=coordinator ilacs-admin workforce import /data/hr-export-2026-06
            """)

    @Argument(help: "The directory holding staff.csv, leave.csv, supervision.csv and training.csv, or an .xlsx workbook.")
    var path: String

    func validate() throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ValidationError("\(path): no such directory or file")
        }
        guard isDirectory.boolValue || path.lowercased().hasSuffix(".xlsx") else {
            throw ValidationError(
                "\(path) is not a directory or an .xlsx workbook; give the directory holding staff.csv, leave.csv, supervision.csv and training.csv")
        }
    }

    func run() async throws {
        try await AdminRuntime.run(for: WorkforcePlugin.pluginName) { runtime in
            let outcome: RegisterImporter.Outcome
            do {
                outcome = try await RegisterImporter.run(path: path, actor: runtime.actor, pool: runtime.pool)
            } catch let failure as RegisterImportFailure {
                for problem in failure.problems {
                    FileHandle.standardError.write(Data("\(problem)\n".utf8))
                }
                throw failure
            }
            let counts = outcome.version.counts
            let figures =
                "\(counts["staff"] ?? 0) staff, \(counts["leave"] ?? 0) leave, \(counts["supervision"] ?? 0) supervision, \(counts["training"] ?? 0) training rows"
            if outcome.changed {
                print("Imported register version \(outcome.version.id): \(figures).")
            } else {
                print("Unchanged: these files are register version \(outcome.version.id) (\(figures)); nothing imported.")
            }
        }
    }
}
