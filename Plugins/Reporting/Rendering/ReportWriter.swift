import CommandLineSupport
import Foundation
import PluginKit
import Postgres
import PrivateFiles

/// Builds a readiness report from the enabled sections, audit-logs a request for child-level
/// rows, and writes the file in the chosen format. `ilacs-admin report readiness` and the
/// benchmarks use it.
public struct ReportWriter: Sendable {
    let pool: PostgresPool
    let sections: [any ReportSection]

    /// A writer reading through `pool`, with `sections` (from ``ReportSections/point``).
    public init(pool: PostgresPool, sections: [any ReportSection]) {
        self.pool = pool
        self.sections = sections
    }

    /// Writes the report of `snapshotID` (the latest when nil) to `path`.
    /// - Returns: the report written.
    /// - Throws: `ReportingError` (one line) when there is no such snapshot or the file cannot be written.
    @discardableResult
    public func write(snapshotID: Int?, to path: String, format: ReportFormat, withChildRows: Bool, actor: String, reason: String?) async throws
        -> ReadinessReport
    {
        if withChildRows, reason?.trimmingCharacters(in: .whitespaces).isEmpty != false {
            throw ReportingError("child-level tables need a reason for the audit log: add --reason \"...\"")
        }
        let report = try await pool.withConnection { connection in
            try await ReadinessReport.build(snapshotID: snapshotID, includeChildRows: withChildRows, sections: sections, on: connection)
        }
        let text =
            switch format {
            case .html: HTMLRenderer.render(report)
            case .json: try JSONOutput.encode(report)
            case .csv: CSVRenderer.render(report)
            }
        if withChildRows {
            // Recorded before the file exists, so no child-level file is ever written unlogged.
            try await AuditLog.record(
                AuditEvent(
                    actor: actor, action: "report.readiness.child_rows", recordType: "annex_a_snapshot", recordID: String(report.snapshotID),
                    reason: reason, details: ["format": format.rawValue, "file": (path as NSString).lastPathComponent]), pool: pool)
        }
        do {
            try PrivateFile.write(Data(text.utf8), toPath: path)
        } catch {
            throw ReportingError("cannot write \(path): \(error.localizedDescription); check the folder exists and is writable")
        }
        return report
    }
}
