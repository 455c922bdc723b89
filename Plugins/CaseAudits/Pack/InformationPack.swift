import Foundation
import Hashing
import Mustache
import PluginKit
import Postgres
import WebPages
import Workbook

/// The audit information pack for the inspectors: the round's summary tables and, per case,
/// the case key, its grades and the moderated grade, as an XLSX workbook (sheets `Summary` and
/// `Cases`) or one self-contained HTML page. Every pack written is recorded (for the checklist
/// item "Audits shared") and audit-logged with its SHA-256.
public struct InformationPack: Sendable {
    /// The pack's file format, from the output's extension.
    public enum Format: String, Sendable {
        case xlsx, html
    }

    let pool: PostgresPool

    /// A pack writer on `pool`.
    public init(pool: PostgresPool) {
        self.pool = pool
    }

    /// Writes round `roundID`'s pack to `path` (`.xlsx` or `.html`), shared with inspection
    /// `inspectionID` when given, and returns the file's SHA-256.
    /// - Throws: `CaseAuditError` for another extension, an unknown round or inspection.
    public func write(round roundID: Int, to path: String, inspectionID: Int?, actor: String) async throws -> String {
        guard let format = Format(rawValue: URL(fileURLWithPath: path).pathExtension.lowercased()) else {
            throw CaseAuditError("--out must end in .xlsx or .html")
        }
        let (summary, tool, cases) = try await pool.withConnection { connection in
            let tool = try await AuditToolStore.tool(ofRound: roundID, on: connection)
            return (try await SummaryReader.summary(round: roundID, on: connection), tool, try await PackCase.all(round: roundID, tool: tool, on: connection))
        }
        let caseTable = ReportTable(
            caption: "Cases: grades and the moderated grade", columns: PackCase.headings(tool), rows: cases.map(\.cells), childLevel: true)
        switch format {
        case .xlsx: try Self.writeWorkbook(summary, cases: caseTable, to: path)
        case .html: try Data(Self.page(summary, cases: caseTable).utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        }
        let sha256 = HexDigest.sha256(try Data(contentsOf: URL(fileURLWithPath: path)))
        try await pool.transaction { connection in
            if let inspectionID, try await connection.query("SELECT 1 FROM inspections WHERE id = $1", [inspectionID]).single == nil {
                throw CaseAuditError("--inspection \(inspectionID) does not exist; `ilacs-admin inspection list` shows them")
            }
            try await connection.execute(
                "INSERT INTO case_audit_packs (round_id, inspection_id, format, sha256, written_by) VALUES ($1, $2, $3, $4, $5)",
                [roundID, inspectionID, format.rawValue, sha256, actor])
            try await AuditLog.record(
                AuditEvent(
                    actor: actor, action: "audits.pack_export", recordType: "case_audit_round", recordID: String(roundID),
                    details: ["format": format.rawValue, "sha256": sha256, "cases": String(cases.count), "inspection": inspectionID.map(String.init) ?? ""]),
                on: connection)
        }
        return sha256
    }

    private static func writeWorkbook(_ summary: RoundSummary, cases: ReportTable, to path: String) throws {
        let writer = try XLSXWriter(path: path)
        try writer.addSheet(named: "Summary") { sheet in
            try sheet.appendRow(["Case audits: \(summary.name)"], bold: true)
            for table in SummaryTables.tables(summary) {
                try sheet.appendRow([])
                try sheet.appendRow([table.caption], bold: true)
                try sheet.appendRow(table.columns, bold: true)
                for row in table.rows { try sheet.appendRow(row) }
            }
            try sheet.appendRow([])
            for line in SummaryTables.findings(summary) { try sheet.appendRow([line]) }
        }
        try writer.addSheet(named: "Cases") { sheet in
            try sheet.appendRow(cases.columns, bold: true)
            for row in cases.rows { try sheet.appendRow(row) }
        }
        try writer.finish()
    }

    /// The pack as one HTML page: no script, no external request, tables with captions.
    static func page(_ summary: RoundSummary, cases: ReportTable) -> String {
        let tables = (SummaryTables.tables(summary) + [cases]).map { table in
            ["caption": table.caption, "columns": table.columns, "rows": table.rows.map { ["cells": $0] }] as [String: Any]
        }
        let context: [String: Any] = ["name": summary.name, "tables": tables, "findings": SummaryTables.findings(summary)]
        return library.render(context, withTemplate: "pack") ?? ""
    }

    private static let library = PageTemplates.library([
        "pack": PageTemplates.documentStart + """
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
            <title>Case audits: {{name}}</title>
            <style>
            body { font-family: system-ui, sans-serif; margin: 2rem; color: #1b1b1b; }
            table { border-collapse: collapse; margin: 1rem 0 2rem; }
            caption { text-align: left; font-weight: bold; padding: 0.3rem 0; }
            th, td { border: 1px solid #888; padding: 0.25rem 0.5rem; text-align: left; }
            th { background: #eee; }
            </style>
            </head>
            <body>
            <h1>Case audits: {{name}}</h1>
            {{#findings}}<p>{{.}}</p>
            {{/findings}}
            {{#tables}}
            <table>
            <caption>{{caption}}</caption>
            <thead><tr>{{#columns}}<th scope="col">{{.}}</th>{{/columns}}</tr></thead>
            <tbody>
            {{#rows}}<tr>{{#cells}}<td>{{.}}</td>{{/cells}}</tr>
            {{/rows}}
            </tbody>
            </table>
            {{/tables}}
            </body>
            </html>

            """
    ])
}
