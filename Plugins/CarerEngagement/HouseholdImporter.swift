import Domain
import Foundation
import Mail
import PluginKit
import Postgres
import Tabular

/// Reads the fostering households CSV, checks every row, and replaces the register in one
/// transaction: any error and nothing is imported.
public struct HouseholdImporter: Sendable {
    /// The columns, as the generator and the fostering service's export name them.
    static let headings = ["Household ID", "Carer Names", "Email", "Phone", "Approval Status", "Type", "Support Group", "Consent to Email"]

    /// One problem in the file: where it is and what is wrong, never the cell's value.
    public struct Problem: Sendable, Equatable, CustomStringConvertible {
        /// The file's name.
        public let file: String
        /// The row as a spreadsheet shows it (the header is row 1).
        public let row: Int
        /// The column heading, when the problem is in one cell.
        public let column: String?
        /// What is wrong and what is allowed.
        public let message: String

        public var description: String {
            "\(file), row \(row)" + (column.map { ", column \"\($0)\"" } ?? "") + ": \(message)"
        }
    }

    /// The file had errors; nothing was imported.
    public struct Rejected: Error, Sendable, CustomStringConvertible {
        /// Every problem found, in file order.
        public let problems: [Problem]

        public var description: String {
            let shown = problems.prefix(20).map(\.description).joined(separator: "\n")
            let more = problems.count > 20 ? "\n... and \(problems.count - 20) more" : ""
            return "the households file has \(problems.count) error(s); nothing was imported:\n\(shown)\(more)"
        }
    }

    let pool: PostgresPool

    /// An importer on `pool`.
    public init(pool: PostgresPool) {
        self.pool = pool
    }

    /// Reads and checks `path`.
    /// - Throws: `Rejected` listing every row and column error; `TabularError` when the file
    ///   cannot be read or a column is missing.
    public static func read(path: String) throws -> [FosteringHousehold] {
        let file = URL(fileURLWithPath: path).lastPathComponent
        let reader = try CSVReader(path: path)
        guard let header = try reader.nextRecord() else { throw TabularError(file: path, "the file is empty") }
        let normalised = header.map(Self.key)
        var columns: [Int] = []
        for heading in headings {
            guard let index = normalised.firstIndex(of: Self.key(heading)) else {
                throw TabularError(file: path, record: 1, "no \"\(heading)\" column in the header; the columns are: \(headings.joined(separator: ", "))")
            }
            columns.append(index)
        }
        var households: [FosteringHousehold] = []
        var problems: [Problem] = []
        var firstRow: [String: Int] = [:]
        while let record = try reader.nextRecord() {
            let row = reader.recordNumber
            let cells = columns.map { $0 < record.count ? record[$0].trimmingCharacters(in: .whitespaces) : "" }
            func problem(_ column: Int?, _ message: String) {
                problems.append(Problem(file: file, row: row, column: column.map { headings[$0] }, message: message))
            }
            let id = cells[0]
            let names = cells[1]
            let email = cells[2]
            if id.isEmpty { problem(0, "is blank") }
            if let earlier = firstRow[id], !id.isEmpty {
                problem(0, "the same household id is already on row \(earlier)")
            } else if !id.isEmpty {
                firstRow[id] = row
            }
            if names.isEmpty { problem(1, "is blank") }
            if !email.isEmpty && !MailAddress.isValid(email) { problem(2, "is not an email address") }
            let status = Self.approvalStatus(cells[4])
            if status == nil { problem(4, "is not a known approval status; use approved, suspended, under review or deregistered") }
            let type = FosteringHousehold.HouseholdType(rawValue: cells[5].lowercased())
            if type == nil { problem(5, "must be mainstream or kinship") }
            let consent = Self.yesNo(cells[7])
            if consent == nil { problem(7, "must be yes or no") }
            guard let status, let type, let consent, !id.isEmpty, !names.isEmpty else { continue }
            households.append(
                FosteringHousehold(
                    id: id, carerNames: [names], email: email.isEmpty ? nil : email, phone: cells[3].isEmpty ? nil : cells[3],
                    approvalStatus: status, type: type, supportGroup: cells[6].isEmpty ? nil : cells[6], consentToEmail: consent))
        }
        guard problems.isEmpty else { throw Rejected(problems: problems) }
        return households
    }

    /// Replaces the register with `households`; households missing from it leave the register
    /// but keep their history. Returns how many households the register now holds.
    public func store(_ households: [FosteringHousehold], source: String, actor: String) async throws -> Int {
        try await pool.transaction { connection in
            try await connection.execute("CREATE TEMP TABLE carer_households_load (LIKE carer_households INCLUDING DEFAULTS) ON COMMIT DROP")
            try await connection.copy(
                into: "carer_households_load",
                columns: [
                    "id", "carer_names", "email", "phone", "approval_status", "type", "support_group", "consent_to_email"
                ]
            ) { writer in
                for household in households {
                    writer.field(household.id)
                    writer.field(household.carerNames.joined(separator: " and "))
                    writer.field(household.email)
                    writer.field(household.phone)
                    writer.field(household.approvalStatus.rawValue)
                    writer.field(household.type.rawValue)
                    writer.field(household.supportGroup)
                    writer.field(household.consentToEmail ? "t" : "f")
                    try await writer.endRow()
                }
            }
            try await connection.execute("UPDATE carer_households SET in_register = false")
            try await connection.execute(
                """
                INSERT INTO carer_households (id, carer_names, email, phone, approval_status, type, support_group, consent_to_email)
                SELECT id, carer_names, email, phone, approval_status, type, support_group, consent_to_email FROM carer_households_load
                ON CONFLICT (id) DO UPDATE SET carer_names = excluded.carer_names, email = excluded.email, phone = excluded.phone,
                    approval_status = excluded.approval_status, type = excluded.type, support_group = excluded.support_group,
                    consent_to_email = excluded.consent_to_email, in_register = true, imported_at = now()
                """)
            try await AuditLog.record(
                AuditEvent(
                    actor: actor, action: "carers.import", recordType: "carer_households",
                    details: ["households": String(households.count), "source": source]), on: connection)
        }
        return households.count
    }

    private static func key(_ heading: String) -> String {
        heading.lowercased().filter { $0.isLetter }
    }

    private static func approvalStatus(_ text: String) -> FosteringHousehold.ApprovalStatus? {
        FosteringHousehold.ApprovalStatus(rawValue: text.lowercased().replacingOccurrences(of: " ", with: "_"))
    }

    private static func yesNo(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "yes", "y", "true": true
        case "no", "n", "false": false
        default: nil
        }
    }
}
