import Domain
import Foundation
import Hashing
import Workbook
import WorkforceRegister

/// Reads a register import (a directory of four CSV files, or a workbook of four sheets) strictly: every cell checked, every reference between the
/// files resolved, every problem collected (file, row, column, never the value). Nothing is
/// returned unless the whole directory is right.
///
/// The checks, by file:
/// 1. headers: the file's columns (``RegisterFile/columns``), none unknown, missing or repeated;
/// 2. staff: id given and unique, name and team given, email blank or an address, role known
///    (``StaffRole``), FTE above 0 and at most 1, agency yes or no, start date a date, working
///    days weekday names; then every manager id is a staff id;
/// 3. leave: a known staff id, dates, `to` not before `from`, and no two periods of one person
///    overlapping (the later row is named);
/// 4. supervision: known staff and supervisor ids, a date, `individual` or `group reflective`;
/// 5. training: a known staff id, a course, a date.
struct RegisterReader {
    /// The register read, and the SHA-256 of each file and of all four together.
    struct Result {
        var content: RegisterContent
        var fileSHA256: [String: String]
        var contentSHA256: String
    }

    private var problems: [RegisterProblem] = []
    /// How problems name each file: `staff.csv`, or `register.xlsx sheet staff`.
    private var sources: [RegisterFile: String] = [:]

    /// Reads a directory's four CSV files, or a workbook's four sheets (`staff`, `leave`,
    /// `supervision`, `training`) when `path` is an .xlsx file.
    /// - Throws: ``RegisterImportFailure`` listing every problem; `TabularError` or
    ///   `WorkbookError` for a file that is not CSV or .xlsx at all.
    static func read(path: String) throws -> Result {
        var reader = RegisterReader()
        var isDirectory: ObjCBool = false
        _ = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        return isDirectory.boolValue ? try reader.read(directory: path) : try reader.read(workbook: path)
    }

    private mutating func read(directory: String) throws -> Result {
        var tables: [RegisterFile: RegisterTable] = [:]
        var hashes: [String: String] = [:]
        for file in RegisterFile.allCases {
            sources[file] = file.fileName
            let path = directory + "/" + file.fileName
            guard let bytes = FileManager.default.contents(atPath: path) else {
                problems.append(
                    RegisterProblem(
                        file: file.fileName, problem: "missing or unreadable; the directory needs staff.csv, leave.csv, supervision.csv and training.csv"))
                continue
            }
            hashes[file.fileName] = HexDigest.sha256(bytes)
            tables[file] = try RegisterTable.csv(file, path: path, problems: &problems)
        }
        return try finish(tables, hashes: hashes)
    }

    private mutating func read(workbook path: String) throws -> Result {
        let name = URL(fileURLWithPath: path).lastPathComponent
        let workbook = try XLSXReader(path: path)
        var tables: [RegisterFile: RegisterTable] = [:]
        for file in RegisterFile.allCases {
            sources[file] = "\(name) sheet \(file.rawValue)"
            guard workbook.sheetNames.contains(where: { $0.lowercased() == file.rawValue }) else {
                problems.append(
                    RegisterProblem(file: name, problem: "no sheet '\(file.rawValue)'; the workbook needs the sheets staff, leave, supervision and training"))
                continue
            }
            tables[file] = try RegisterTable.sheet(file, of: workbook, source: source(file), problems: &problems)
        }
        let bytes = FileManager.default.contents(atPath: path) ?? Data()
        return try finish(tables, hashes: [name: HexDigest.sha256(bytes)])
    }

    /// Reads the tables' rows and resolves references between them; the result when nothing is wrong.
    private mutating func finish(_ tables: [RegisterFile: RegisterTable], hashes: [String: String]) throws -> Result {
        let staffRows = tables[.staff]?.rows ?? []
        // Ids given on rows with other problems still count as known, so one bad staff row is
        // reported once, not again in every file that refers to it; when staff.csv itself could
        // not be read, references are not checked at all (nil) for the same reason.
        let known = tables[.staff]?.isReadable == true ? Set(staffRows.map { $0["id"] }.filter { !$0.isEmpty }) : nil
        let staff = readStaff(staffRows, known: known)
        let content = RegisterContent(
            staff: staff, leave: readLeave(tables[.leave]?.rows ?? [], known: known),
            supervision: readSupervision(tables[.supervision]?.rows ?? [], known: known),
            training: readTraining(tables[.training]?.rows ?? [], known: known))
        guard problems.isEmpty else { throw RegisterImportFailure(problems: problems) }
        let combined = hashes.keys.sorted().map { "\($0) \(hashes[$0] ?? "")" }.joined(separator: "\n")
        return Result(content: content, fileSHA256: hashes, contentSHA256: HexDigest.sha256(combined))
    }

    /// How problems name `file`.
    private func source(_ file: RegisterFile) -> String {
        sources[file] ?? file.fileName
    }

    // MARK: - Files

    private mutating func readStaff(_ rows: [RegisterTable.Row], known: Set<String>?) -> [StaffMember] {
        var staff: [StaffMember] = []
        var firstRowOfID: [String: Int] = [:]
        var managers: [(row: Int, id: String)] = []
        for row in rows {
            let file = source(.staff)
            let id = required(row, "id", file)
            var duplicate = false
            if let id, let first = firstRowOfID[id] {
                duplicate = true
                problems.append(
                    RegisterProblem(file: file, row: row.number, column: "id", problem: "the same staff id as row \(first); staff ids must be unique"))
            } else if let id {
                firstRowOfID[id] = row.number
            }
            let name = required(row, "name", file)
            let team = required(row, "team", file)
            let email = row["email"].isEmpty ? nil : row["email"]
            if let email, !Self.looksLikeEmail(email) {
                problems.append(RegisterProblem(file: file, row: row.number, column: "email", problem: "not an email address; leave it blank if there is none"))
            }
            let role = parsed(
                row, "role", file, StaffRole.init(text:), "not a known role; use one of: \(StaffRole.allCases.map(\.label).joined(separator: ", "))")
            let fte = parsed(
                row, "fte", file, { Double($0).flatMap { $0 > 0 && $0 <= 1 ? $0 : nil } }, "not an FTE; write a number above 0 and at most 1, e.g. 0.8")
            let agency = parsed(row, "agency", file, Self.yesNo, "not yes or no")
            let start = parsed(row, "start_date", file, CalendarDate.parse, "not a date; write YYYY-MM-DD or DD/MM/YYYY")
            let days = parsed(row, "working_days", file, WorkingDays.init(text:), "not working days; write weekday names such as Mon Tue Wed")
            let manager = row["manager_id"].isEmpty ? nil : row["manager_id"]
            if let manager { managers.append((row.number, manager)) }
            guard let id, let name, let team, let role, let fte, let agency, let start, let days, !duplicate else { continue }
            staff.append(
                StaffMember(
                    id: id, name: name, email: email, team: team, role: role, managerID: manager, fte: fte, isAgency: agency, startDate: start,
                    workingDays: days))
        }
        for (row, manager) in managers where known?.contains(manager) == false {
            problems.append(RegisterProblem(file: source(.staff), row: row, column: "manager_id", problem: "no one in \(source(.staff)) has this id"))
        }
        return staff
    }

    private mutating func readLeave(_ rows: [RegisterTable.Row], known: Set<String>?) -> [LeavePeriod] {
        let file = source(.leave)
        var periods: [(row: Int, period: LeavePeriod)] = []
        for row in rows {
            let staff = staffID(row, "staff_id", file, known: known)
            let from = parsed(row, "from", file, CalendarDate.parse, "not a date; write YYYY-MM-DD or DD/MM/YYYY")
            let to = parsed(row, "to", file, CalendarDate.parse, "not a date; write YYYY-MM-DD or DD/MM/YYYY")
            guard let staff, let from, let to else { continue }
            guard to >= from else {
                problems.append(
                    RegisterProblem(file: file, row: row.number, column: "to", problem: "before 'from'; the last day of leave cannot come before the first"))
                continue
            }
            let period = LeavePeriod(staffID: staff, from: from, to: to)
            if let earlier = periods.first(where: { $0.period.staffID == staff && $0.period.from <= to && from <= $0.period.to }) {
                problems.append(
                    RegisterProblem(
                        file: file, row: row.number, column: "from", problem: "overlaps the same person's leave on row \(earlier.row); merge the two periods"))
                continue
            }
            periods.append((row.number, period))
        }
        return periods.map(\.period)
    }

    private mutating func readSupervision(_ rows: [RegisterTable.Row], known: Set<String>?) -> [SupervisionRecord] {
        let file = source(.supervision)
        return rows.compactMap { row in
            let staff = staffID(row, "staff_id", file, known: known)
            let supervisor = staffID(row, "supervisor_id", file, known: known)
            let date = parsed(row, "date", file, CalendarDate.parse, "not a date; write YYYY-MM-DD or DD/MM/YYYY")
            let kind = parsed(row, "type", file, SupervisionKind.init(text:), "not a kind of supervision; write individual or group reflective")
            guard let staff, let supervisor, let date, let kind else { return nil }
            return SupervisionRecord(staffID: staff, supervisorID: supervisor, date: date, kind: kind)
        }
    }

    private mutating func readTraining(_ rows: [RegisterTable.Row], known: Set<String>?) -> [TrainingRecord] {
        let file = source(.training)
        return rows.compactMap { row in
            let staff = staffID(row, "staff_id", file, known: known)
            let course = required(row, "course", file)
            let date = parsed(row, "date", file, CalendarDate.parse, "not a date; write YYYY-MM-DD or DD/MM/YYYY")
            guard let staff, let course, let date else { return nil }
            return TrainingRecord(staffID: staff, course: course, date: date)
        }
    }

    // MARK: - Cells

    /// The cell, or nil with a problem when it is blank.
    private mutating func required(_ row: RegisterTable.Row, _ column: String, _ file: String) -> String? {
        guard row[column].isEmpty else { return row[column] }
        problems.append(RegisterProblem(file: file, row: row.number, column: column, problem: "blank; a value is required"))
        return nil
    }

    /// The cell read by `parse`, or nil with a problem (`blank`, or `invalid`) when it cannot be.
    private mutating func parsed<Value>(
        _ row: RegisterTable.Row, _ column: String, _ file: String, _ parse: (String) -> Value?, _ invalid: String
    ) -> Value? {
        guard let text = required(row, column, file) else { return nil }
        guard let value = parse(text) else {
            problems.append(RegisterProblem(file: file, row: row.number, column: column, problem: invalid))
            return nil
        }
        return value
    }

    /// A staff id that staff.csv holds (any id when staff.csv could not be read: `known` nil),
    /// or nil with a problem.
    private mutating func staffID(_ row: RegisterTable.Row, _ column: String, _ file: String, known: Set<String>?) -> String? {
        guard let id = required(row, column, file) else { return nil }
        guard known?.contains(id) != false else {
            problems.append(RegisterProblem(file: file, row: row.number, column: column, problem: "no one in \(source(.staff)) has this id"))
            return nil
        }
        return id
    }

    private static func yesNo(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "yes", "y", "true": true
        case "no", "n", "false": false
        default: nil
        }
    }

    private static func looksLikeEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".") && !text.contains(" ")
    }
}
