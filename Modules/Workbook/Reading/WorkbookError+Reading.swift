import Foundation

extension WorkbookError {
    /// Excel 97–2003 files and password-protected .xlsx files are both OLE compound files.
    private static let compoundFileSignature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    /// The error for a file that could not be opened as a ZIP archive, telling an empty file,
    /// an old .xls or a protected workbook from a damaged one by the file's first bytes.
    static func notAZip(file: String, detail: String) -> WorkbookError {
        let size = (try? FileManager.default.attributesOfItem(atPath: file))?[.size] as? Int
        let head = FileHandle(forReadingAtPath: file).flatMap { handle in
            defer { try? handle.close() }
            return try? handle.read(upToCount: compoundFileSignature.count)
        }
        let message =
            if size == 0 {
                "the file is empty; save the workbook again from Excel"
            } else if head.map(Array.init) == compoundFileSignature {
                "the file is an old-style .xls workbook or is password-protected; "
                    + "open it in Excel and save it as .xlsx without a password"
            } else {
                "the file is not a valid .xlsx workbook (it may be truncated or corrupt); save it again from Excel"
            }
        return WorkbookError(.notAWorkbook, file: file, message, detail: detail)
    }

    /// The error for a failure while parsing `part`, located at `sheet` and `row` when known.
    /// Errors that are not the reader's own (thrown by the caller's row handler) come back
    /// unchanged.
    static func reading(_ error: any Error, file: String, part: String, sheet: String?, row: Int?) -> any Error {
        let subject = sheet == nil ? "the workbook's part \(part)" : "the sheet"
        switch error {
        case let problem as PartProblem:
            return WorkbookError(
                problem.code, file: file, sheet: sheet, row: problem.row,
                column: problem.column.map(CellReference.letters(ofColumn:)), problem.message)
        case let malformed as MalformedXML:
            return WorkbookError(
                .damagedWorkbook, file: file, sheet: sheet, row: row,
                "\(subject) is damaged (its XML is not well-formed); open the file in Excel and save it again",
                detail: "\(part): \(malformed)")
        case PackageFailure.missingPart(let missing):
            return WorkbookError(
                .damagedWorkbook, file: file, sheet: sheet,
                "the workbook refers to \(missing), which is not in the file; open the file in Excel and save it again")
        case PackageFailure.damagedData(let damaged, let detail):
            return WorkbookError(
                .damagedWorkbook, file: file, sheet: sheet,
                "\(subject) cannot be unzipped (the file may be truncated or corrupt); save it again from Excel",
                detail: "\(damaged): \(detail)")
        case PackageFailure.temporaryStorage(let detail):
            return WorkbookError(
                .writeFailed, file: file, sheet: sheet,
                "the sheet could not be unzipped to the temporary folder; check it has free space",
                detail: detail)
        default:
            return error
        }
    }
}
