import Foundation
import PluginKit

/// A ``RoundSummary`` as captioned tables: what the summary command prints, the report
/// section shows and the information pack holds, so all three say the same.
enum SummaryTables {
    /// The overall line, then the tables by team, service area, stratum and section.
    static func tables(_ summary: RoundSummary) -> [ReportTable] {
        var overall = [["This round (\(summary.name))"] + row(summary.overall, previous: nil)]
        if let previous = summary.previous {
            overall.append(["Previous round (\(previous.name))"] + row(previous.overall, previous: nil))
        }
        return [ReportTable(caption: "Case grades, this round and the previous one", columns: columns("round", summary), rows: overall)]
            + [
                ("Case grades by team", "team", summary.byTeam), ("Case grades by service area", "service area", summary.byServiceArea),
                ("Case grades by stratum", "stratum", summary.byStratum), ("Auditors' answers by section", "section", summary.sections)
            ].map { caption, title, groups in
                ReportTable(
                    caption: caption, columns: columns(title, summary), rows: groups.map { [$0.name] + row($0.figures, previous: $0.previousMeanScore) })
            }
    }

    /// The closing sentences: the weakest sections and the agreement.
    static func findings(_ summary: RoundSummary) -> [String] {
        [
            "Weakest sections: \(summary.weakestSections.isEmpty ? "none graded yet" : summary.weakestSections.joined(separator: "; ")).",
            agreementLine(summary.agreement)
        ]
    }

    /// The agreement in one sentence.
    static func agreementLine(_ agreement: Agreement) -> String {
        guard agreement.pairs > 0 else { return "No moderated case has both its audit and its moderation yet." }
        return "Agreement over \(agreement.pairs) moderated cases: \(percent(agreement.exact)) graded the same, "
            + "\(percent(agreement.withinOne)) within one grade, weighted kappa \(agreement.kappa.map { String(format: "%.3f", $0) } ?? "n/a (one grade only)")."
    }

    private static func columns(_ title: String, _ summary: RoundSummary) -> [String] {
        [title] + summary.grades + [summary.upperLabel, "mean score", "previous mean", "change"]
    }

    private static func row(_ counts: RoundSummary.Counts, previous: Double?) -> [String] {
        let change = counts.meanScore.flatMap { now in previous.map { String(format: "%+.2f", now - $0) } }
        return counts.counts.map(String.init) + [percent(counts.upperShare), score(counts.meanScore), score(previous), change ?? ""]
    }

    static func percent(_ value: Double?) -> String { value.map { String(format: "%.0f%%", $0 * 100) } ?? "" }
    static func score(_ value: Double?) -> String { value.map { String(format: "%.2f", $0) } ?? "" }
}
