import Foundation
import PluginKit
import Tabular

/// Renders every table of a readiness report as one CSV file in long form:
/// `section,part,table,row,column,value`, so any section's tables share one layout. Cells
/// starting with `=`, `+`, `-` or `@` get an apostrophe so no formula runs when it is opened.
enum CSVRenderer {
    static func render(_ report: ReadinessReport) -> String {
        var lines = ["section,part,table,row,column,value"]
        for section in report.sections {
            for part in section.content.parts {
                for table in part.tables {
                    for (number, row) in table.rows.enumerated() {
                        for (column, value) in zip(table.columns, row) {
                            lines.append(
                                [section.title, part.heading ?? "", table.caption, String(number + 1), column, value].map(field).joined(separator: ","))
                        }
                    }
                }
            }
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// One field, neutralised (Tabular's one formula guard) and quoted when needed.
    static func field(_ text: String) -> String {
        CSVWriter.quoted(FormulaGuard.neutralised(text))
    }
}
