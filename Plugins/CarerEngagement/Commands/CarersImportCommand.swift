import ArgumentParser
import Foundation

/// `ilacs-admin carers import FILE.csv`.
struct CarersImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Replace the households register with a CSV export; any error and nothing is imported.",
        discussion: """
            Columns: Household ID, Carer Names, Email, Phone, Approval Status (approved, suspended, \
            under review, deregistered), Type (mainstream or kinship), Support Group, Consent to \
            Email (yes or no). Errors name the row and column, never the value. Households missing \
            from the file leave the register; their history stays.

            Examples:
              ilacs-admin carers import fostering_households.csv
            """)

    @Argument(help: "The CSV file.")
    var file: String

    func run() async throws {
        let households = try HouseholdImporter.read(path: file)
        let count = try await CarerCommands.run { runtime, _ in
            try await HouseholdImporter(pool: runtime.pool).store(households, source: URL(fileURLWithPath: file).lastPathComponent, actor: runtime.actor)
        }
        print("Imported \(count) households into the register.")
    }
}
