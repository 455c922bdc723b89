import Configuration
import PluginKit
import Postgres

/// The report's opening summary: the published indicators on which the authority looks weak,
/// ordered by how far, and those to celebrate. A negative order puts it first.
struct WhereWeLookWeakSection: ReportSection {
    let configuration: ConfigReader
    let title = "Where we look weak, and what to celebrate"
    let anchor = "where-we-look-weak"
    let order = -10

    func content(for request: ReportRequest, on connection: PostgresConnection) async throws -> ReportSectionContent {
        switch try await ComparisonsLoader.load(configuration: configuration, on: connection) {
        case .unavailable(let reason):
            return ReportSectionContent(summary: reason)
        case .compared(let authority, let comparisons):
            let weak = comparisons.compactMap(ComparisonSummary.weakness).sorted { $0.distance > $1.distance }
            let strong = comparisons.compactMap(ComparisonSummary.strength).sorted { $0.distance > $1.distance }
            func table(_ findings: [ComparisonSummary.Finding], caption: String, why: String) -> ReportTable {
                ReportTable(
                    caption: caption, columns: ["Rank", "Indicator", authority.name, why],
                    rows: findings.enumerated().map { [String($0.offset + 1), $0.element.title, $0.element.value, $0.element.reasons.joined(separator: "; ")] })
            }
            return ReportSectionContent(
                summary: "From the DfE's published figures (latest year of each): \(weak.count) indicator(s) where \(authority.name) looks weak, "
                    + "ordered by how far it sits from the comparator, and \(strong.count) to celebrate. The authority's own practice-standard "
                    + "targets are judged against this snapshot in the readiness indicators; the published benchmarks follow at the end.",
                parts: [
                    ReportPart(
                        heading: "Where we look weak",
                        tables: [
                            table(
                                weak,
                                caption: "Indicators worse than the statistical neighbours' median or England, or worse than the year before, furthest first",
                                why: "Why")
                        ]),
                    ReportPart(
                        heading: "What to celebrate",
                        tables: [
                            table(strong, caption: "Indicators in the best quarter of authorities or better than every neighbour", why: "Why")
                        ])
                ])
        }
    }
}
