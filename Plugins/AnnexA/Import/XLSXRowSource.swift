import Foundation
import Tabular
import Workbook

/// The sheets of an .xlsx workbook as row sources.
///
/// The workbook reader pushes rows to a callback while it parses, but the import pulls rows
/// while it streams them into the database; so each sheet is first copied, row numbers kept,
/// into a private temporary CSV file, which is then read like any CSV list. Memory stays
/// bounded by one row either way.
struct XLSXWorkbookSource {
    let reader: XLSXReader

    /// Opens the workbook.
    /// - Throws: `ImportFailure` naming the file when it is not a readable .xlsx workbook.
    static func open(_ path: String) throws -> XLSXWorkbookSource {
        do {
            return XLSXWorkbookSource(reader: try XLSXReader(path: path))
        } catch {
            let name = (path as NSString).lastPathComponent
            throw ImportFailure(problems: [ImportProblem(severity: .error, source: name, reason: Self.reason(error))])
        }
    }

    var sheetNames: [String] { reader.sheetNames }

    /// The rows of sheet `name`.
    func rows(ofSheet name: String) throws -> any RowSource {
        let spool = FileManager.default.temporaryDirectory.appendingPathComponent("ilacs-sheet-\(UUID().uuidString).csv").path
        do {
            let writer = try CSVWriter(path: spool)
            var rows = 0
            try reader.rows(ofSheet: name) { number, cells in
                try writer.write([String(number)] + cells)
                rows += 1
            }
            try writer.close()
            guard rows > 0 else {
                try? FileManager.default.removeItem(atPath: spool)
                return EmptyRowSource()
            }
            return try SpooledRowSource(path: spool)
        } catch {
            try? FileManager.default.removeItem(atPath: spool)
            throw ImportFailure(problems: [ImportProblem(severity: .error, source: name, reason: Self.reason(error))])
        }
    }

    private static func reason(_ error: any Error) -> String {
        if let error = error as? WorkbookError {
            return (error.row.map { "row \($0): " } ?? "") + error.message
        }
        return (error as? TabularError)?.message ?? "\(error)"
    }
}

/// A sheet with no rows at all.
final class EmptyRowSource: RowSource {
    func nextRow(into cells: inout CSVRecord) throws -> Int? { nil }
}

/// Rows spooled from a sheet: each record's first field is the row number Excel showed.
final class SpooledRowSource: RowSource {
    private let reader: CSVReader
    private let path: String

    init(path: String) throws {
        self.path = path
        reader = try CSVReader(path: path)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func nextRow(into cells: inout CSVRecord) throws -> Int? {
        guard try reader.nextRecord(into: &cells), let number = Int(cells.removeFirstField()) else { return nil }
        return number
    }
}
