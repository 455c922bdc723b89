import AnnexAStore
import CommandLineSupport
import Domain
import Foundation
import PluginKit
import Postgres
import Tabular
import Workbook

/// Writes a snapshot back out in Ofsted's layout: exact headings in order, codes as
/// `a) CODE: label`, dates as DD/MM/YYYY, and cells with value problems as they came in; as an .xlsx workbook (sheets List_1 … List_11, each
/// with the template's title row above the headings) or a folder of List_N.csv files.
///
/// No formula can run when the files are opened: the workbook stores every cell as an inline
/// string, which Excel never evaluates, and in CSV files free-text cells that begin with `=`,
/// `+`, `-` or `@` are prefixed with an apostrophe. Every export is audit-logged.
struct AnnexAExporter {
    let pool: PostgresPool
    private static let batch = 5_000
    /// The audit action of an export, which the data-pack checklist item counts.
    static let auditAction = "annex_a.export"

    /// Exports `snapshot` to `path` (a `.xlsx` file, or a folder created if missing).
    /// - Returns: rows written per list number.
    func export(snapshot: Int, to path: String, actor: String, progress: ProgressDisplay? = nil) async throws -> [Int: Int] {
        try await pool.withConnection { connection in
            try await SnapshotStore(pool: pool).requireExists(snapshot, on: connection)
        }
        var counts: [Int: Int] = [:]
        if path.lowercased().hasSuffix(".xlsx") {
            let workbook = try XLSXWriter(path: path)
            for list in AnnexAList.allCases {
                // The workbook writer takes rows synchronously; spool each list to a private CSV first.
                let spool = FileManager.default.temporaryDirectory.appendingPathComponent("ilacs-export-\(UUID().uuidString).csv").path
                defer { try? FileManager.default.removeItem(atPath: spool) }
                counts[list.number] = try await writeCSV(list, snapshot: snapshot, to: spool, neutralise: false, progress: progress)
                let reader = try CSVReader(path: spool)
                try workbook.addSheet(named: list.sheetName) { sheet in
                    try sheet.appendRow(["List \(list.number): \(list.title)"], bold: true)
                    var first = true
                    while let record = try reader.nextRecord() {
                        try sheet.appendRow(record, bold: first)
                        first = false
                    }
                }
            }
            try workbook.finish()
        } else {
            do {
                try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            } catch {
                throw TabularError(file: path, "cannot create the folder: \(error.localizedDescription)")
            }
            for list in AnnexAList.allCases {
                let file = (path as NSString).appendingPathComponent("\(list.sheetName).csv")
                counts[list.number] = try await writeCSV(list, snapshot: snapshot, to: file, neutralise: true, progress: progress)
            }
        }
        try await AuditLog.record(
            AuditEvent(
                actor: actor, action: Self.auditAction, recordType: "annex_a_snapshot", recordID: String(snapshot),
                details: ["destination": (path as NSString).lastPathComponent, "rows": String(counts.values.reduce(0, +))]),
            pool: pool)
        return counts
    }

    /// Writes one list of the snapshot as CSV in Ofsted's layout, reading it in batches.
    private func writeCSV(
        _ list: AnnexAList, snapshot: Int, to path: String, neutralise: Bool, progress: ProgressDisplay?
    ) async throws -> Int {
        let writer = try CSVWriter(path: path)
        try writer.write(list.columns.map(\.heading))
        let columns = list.columns.map(\.key).joined(separator: ", ")
        var after = 0
        var written = 0
        while true {
            let rows = try await pool.query(
                """
                SELECT row_number, \(columns), \(AnnexATables.rawValues)::text FROM \(AnnexATables.table(list))
                WHERE snapshot_id = $1 AND row_number > $2 ORDER BY row_number LIMIT \(Self.batch)
                """, [snapshot, after])
            for row in rows {
                after = try row.decode(Int.self, at: 0)
                var cells: [String] = []
                cells.reserveCapacity(list.columns.count)
                // Cells kept as given go back out as they came in, so the export imports as the same snapshot.
                let given = AnnexATables.givenValues(try row.decode(String?.self, at: list.columns.count + 1))
                for (index, column) in list.columns.enumerated() {
                    let cell = column.shownText(try row.decode(String?.self, at: index + 1), given: given)
                    cells.append(neutralise && (column.kind == .text || given[column.key] != nil) ? FormulaGuard.neutralised(cell) : cell)
                }
                try writer.write(cells)
            }
            written += rows.count
            progress?.update("Export List \(list.number)", done: written)
            if rows.count < Self.batch { break }
        }
        try writer.close()
        progress?.finish("Export List \(list.number)", "\(written) rows")
        return written
    }
}
