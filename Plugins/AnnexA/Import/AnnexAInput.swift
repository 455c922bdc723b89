import Domain
import Foundation
import Tabular

/// Finds the Annex A lists in what a coordinator points the import at: a folder of CSV files
/// (one per list) or an `.xlsx` workbook laid out like Ofsted's template.
enum AnnexAInput {
    /// The lists found, in list order, and warnings about anything ignored or missing.
    /// - Throws: `ImportFailure` when nothing recognisable is found, a list appears twice, or
    ///   the path cannot be read.
    static func open(_ path: String) throws -> (sources: [ListSource], warnings: [ImportProblem]) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw failure(path, "no such file or folder; give a folder of List_N.csv files or an .xlsx workbook")
        }
        let found: [(AnnexAList, String, () throws -> any RowSource)]
        var warnings: [ImportProblem] = []
        let name = (path as NSString).lastPathComponent
        if isDirectory.boolValue {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: path))?.sorted() ?? []
            var lists: [(AnnexAList, String, () throws -> any RowSource)] = []
            for file in files where file.lowercased().hasSuffix(".csv") {
                guard let list = ListName.list(in: file) else {
                    warnings.append(
                        ImportProblem(severity: .warning, source: file, reason: "not named like an Annex A list (List_1.csv … List_11.csv); ignored"))
                    continue
                }
                let filePath = (path as NSString).appendingPathComponent(file)
                lists.append((list, file, { try CSVRowSource(path: filePath) }))
            }
            guard !lists.isEmpty else {
                throw failure(name, "no Annex A list files found; name them List_1.csv … List_11.csv (or like 'List 8 - Children in care.csv')")
            }
            found = lists
        } else if path.lowercased().hasSuffix(".xlsx") {
            let workbook = try XLSXWorkbookSource.open(path)
            let lists = workbook.sheetNames.compactMap { sheet in
                ListName.list(in: sheet).map { list in (list, sheet, { try workbook.rows(ofSheet: sheet) as any RowSource }) }
            }
            guard !lists.isEmpty else {
                throw failure(name, "the workbook has no recognisable list sheet; name the sheets List_1 … List_11 as in Ofsted's template")
            }
            found = lists
        } else if path.lowercased().hasSuffix(".csv"), let list = ListName.list(in: name) {
            found = [(list, name, { try CSVRowSource(path: path) })]
        } else {
            throw failure(name, "not a folder, an .xlsx workbook or a List_N.csv file")
        }

        var sources: [ListSource] = []
        for list in AnnexAList.allCases {
            let matches = found.filter { $0.0 == list }
            if matches.count > 1 {
                throw failure(name, "List \(list.number) appears twice (\(matches.map(\.1).joined(separator: " and "))); keep one")
            }
            guard let match = matches.first else {
                warnings.append(
                    ImportProblem(severity: .warning, list: list.number, source: name, reason: "List \(list.number) (\(list.title)) is not in the input"))
                continue
            }
            do {
                sources.append(ListSource(list: list, name: match.1, rows: try match.2()))
            } catch {
                throw ImportFailure(problems: [ImportProblem.unreadable(error, list: list, source: match.1)])
            }
        }
        return (sources, warnings)
    }

    private static func failure(_ source: String, _ reason: String) -> ImportFailure {
        ImportFailure(problems: [ImportProblem(severity: .error, source: source, reason: reason)])
    }
}
