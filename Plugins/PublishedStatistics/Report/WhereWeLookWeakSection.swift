import Configuration
import PluginKit
import Postgres
import WorkforceRegister

/// The report's opening summary: the indicators on which the authority looks weak, ordered by
/// how far (the published ones worse than the neighbours, England or the year before, beside
/// every enabled plugin's ``SummaryFindings`` such as the Annex A indicators that miss the
/// authority's own target or got worse since the previous snapshot), and those to celebrate.
/// A negative order puts it first.
struct WhereWeLookWeakSection: ReportSection {
    let configuration: ConfigReader
    /// The workforce register, for the workforce rates' own current figures.
    let register: WorkforceRegister
    /// Every enabled plugin's summary findings.
    var sources: [any SummaryFindingSource] = []
    let title = "Where we look weak, and what to celebrate"
    let anchor = "where-we-look-weak"
    let order = -10

    func content(for request: ReportRequest, on connection: PostgresConnection) async throws -> ReportSectionContent {
        var snapshot: [SummaryFinding] = []
        for source in sources {
            snapshot += try await source.weaknesses(for: request, on: connection)
        }
        let loaded = try await ComparisonsLoader.load(configuration: configuration, request: request, register: register, on: connection)
        var name = "This authority"
        var comparisons: [Comparison] = []
        var summary = ""
        switch loaded {
        case .unavailable(let reason):
            guard !snapshot.isEmpty else { return ReportSectionContent(summary: reason) }
            summary = "Published comparisons: \(reason) "
        case .compared(let authority, let compared):
            name = authority.name
            comparisons = compared
        }
        let published = ComparisonSummary.findings(comparisons)
        let weak = (published.weak + snapshot).sorted { $0.distance > $1.distance }
        let strong = published.strong.sorted { $0.distance > $1.distance }
        func table(_ findings: [SummaryFinding], caption: String) -> ReportTable {
            ReportTable(
                caption: caption, columns: ["Rank", "Indicator", name, "Why", "From"],
                rows: findings.enumerated().map { offset, finding in
                    [String(offset + 1), finding.title, finding.value, finding.reasons.joined(separator: "; "), finding.source]
                })
        }
        summary +=
            "\(weak.count) indicator(s) where \(name) looks weak, ordered by how far it sits from the comparator: the DfE's published figures "
            + "(latest year of each) against the neighbours, England and the year before; the workforce register's current agency rate and "
            + "caseload against the same and the authority's published figure; and this snapshot's Annex A indicators against the "
            + "authority's own targets and the previous snapshot; and \(strong.count) to celebrate. The published benchmarks follow at the end."
        return ReportSectionContent(
            summary: summary,
            parts: [
                ReportPart(
                    heading: "Where we look weak",
                    tables: [
                        table(
                            weak,
                            caption:
                                "Indicators worse than the statistical neighbours' median or England, or worse than the year before, missing the authority's own target, or worse than the previous snapshot, furthest first"
                        )
                    ]),
                ReportPart(
                    heading: "What to celebrate",
                    tables: [table(strong, caption: "Indicators in the best quarter of authorities or better than every neighbour")])
            ])
    }
}
