import Foundation
import Tabular

/// Reads a local list file: a CSV of Child Unique IDs, one child a row.
///
/// The rules (the stricter of the two readers this replaced, sampling's and reporting's):
/// - the ids are in the column whose heading is `Child Unique ID` in any case, spacing or
///   punctuation (`child_unique_id`, `CHILD UNIQUE ID`), or in the only column when there is one;
/// - every row needs an id: a blank one stops the import, naming the row and the column, so a
///   half-exported file is never taken for a short list;
/// - ids are kept as given apart from surrounding spaces, to match List 6; a child listed twice
///   counts once; no other column is read.
///
/// Errors are `TabularError`s naming the file, the row (the header is row 1) and the column,
/// never a cell's content: a cell may be a child's id.
public enum LocalListParser {
    /// The heading of the column read.
    public static let heading = "Child Unique ID"

    /// The distinct Child Unique IDs in the file at `path`, sorted.
    /// - Throws: `TabularError` for an unreadable or empty file, a header with no
    ///   `Child Unique ID` column, or a row whose id is blank.
    public static func read(path: String) throws -> [String] {
        let reader = try CSVReader(path: path)
        guard let header = try reader.nextRecord() else {
            throw TabularError(file: path, "the file is empty; it needs a `\(heading)` column")
        }
        let named = header.firstIndex { $0.lowercased().filter(\.isLetter) == "childuniqueid" }
        guard let column = named ?? (header.count == 1 ? 0 : nil) else {
            throw TabularError(file: path, record: 1, "no `\(heading)` column in the header; name the column of ids `\(heading)`")
        }
        var ids = Set<String>()
        while let record = try reader.nextRecord() {
            let id = column < record.count ? record[column].trimmingCharacters(in: .whitespaces) : ""
            guard !id.isEmpty else {
                throw TabularError(file: path, record: reader.recordNumber, "column `\(heading)` is blank; every row needs a child's id")
            }
            ids.insert(id)
        }
        return ids.sorted()
    }
}
