import CommandLineSupport
import Foundation
import PluginKit
import PrivateFiles
import Tabular

/// Writes import problems to a file a coordinator can open: CSV for a spreadsheet, or JSON.
enum ProblemReport {
    static let header = ["severity", "list", "file or sheet", "row", "column", "value", "reason"]

    /// Writes `problems` to `path`, as CSV or JSON by its extension.
    static func write(_ problems: [ImportProblem], to path: String) throws {
        if path.lowercased().hasSuffix(".json") {
            do {
                try PrivateFile.write(Data(JSONOutput.encode(problems).utf8), toPath: path)
            } catch {
                throw TabularError(file: path, "cannot write the report: \(error.localizedDescription)")
            }
            return
        }
        let writer = try CSVWriter(path: path)
        try writer.write(header)
        for problem in problems {
            try writer.write(
                [
                    problem.severity.rawValue, problem.list.map(String.init) ?? "", problem.source,
                    problem.row.map(String.init) ?? "", problem.column ?? "", problem.value ?? "", problem.reason
                ].map(FormulaGuard.neutralised))
        }
        try writer.close()
    }
}
