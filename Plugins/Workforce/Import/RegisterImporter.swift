import Foundation
import PluginKit
import Postgres
import WorkforceRegister

/// Imports a register directory or workbook: reads it strictly (``RegisterReader``), then, in one
/// transaction, replaces the register as a new version and records the `workforce.import` audit
/// event. Identical files change nothing and record nothing.
enum RegisterImporter {
    /// What an import did.
    struct Outcome: Sendable {
        /// The register's version after the import.
        var version: RegisterImport
        /// False when the files were those of the latest version: nothing changed.
        var changed: Bool
    }

    /// Reads `path` (a directory of CSV files or an .xlsx workbook) before touching the
    /// database, then stores it.
    /// - Throws: ``RegisterImportFailure``, `TabularError` or `WorkbookError` for bad files;
    ///   nothing is stored then.
    static func run(path: String, actor: String, pool: PostgresPool) async throws -> Outcome {
        let read = try RegisterReader.read(path: path)
        let source = URL(fileURLWithPath: path).lastPathComponent
        return try await pool.transaction { connection in
            let (version, changed) = try await WorkforceRegisterStore.replace(
                with: read.content, source: source, fileSHA256: read.fileSHA256, contentSHA256: read.contentSHA256, actor: actor,
                on: connection)
            if changed {
                var details = read.content.counts.mapValues(String.init)
                details["sha256"] = read.contentSHA256
                try await AuditLog.record(
                    AuditEvent(actor: actor, action: "workforce.import", recordType: "workforce_import", recordID: String(version.id), details: details),
                    on: connection)
            }
            return Outcome(version: version, changed: changed)
        }
    }
}
