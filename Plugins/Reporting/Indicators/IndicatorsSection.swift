import AnnexAStore
import Domain
import PluginKit
import Postgres
import PracticeStandards

/// The readiness indicators, grouped under the year's key lines of enquiry and then by service
/// area, each with its definition, a breakdown by team and the change since the previous
/// snapshot. Reporting's own contribution to ``ReportSections/point``.
struct IndicatorsSection: ReportSection {
    var indicators = IndicatorCatalogue.all
    let title = "Readiness indicators"
    let anchor = "indicators"
    let order = 10

    func content(for request: ReportRequest, on connection: PostgresConnection) async throws -> ReportSectionContent {
        let standards = try await PracticeStandardsStore.current(on: connection)
        let indicators = IndicatorCatalogue.applying(standards, to: indicators)
        let results = try await IndicatorResultsMemo.results(indicators, for: request, on: connection)
        let lines = try await LineOfEnquiry.applying(to: request.asOf.year, on: connection)
        var parts: [ReportPart] = []
        var placed = Set<String>()
        for line in lines {
            let members = zip(indicators, results).filter { $0.0.theme == line.theme }.map(\.1)
            placed.formUnion(members.map(\.id))
            parts.append(
                members.isEmpty
                    ? ReportPart(
                        heading: "Key line of enquiry \(line.year): \(line.title)",
                        paragraphs: [
                            "No indicator is computed from Annex A for this line of enquiry: gather the evidence from practice, audits and management information."
                        ])
                    : IndicatorPart.make(heading: "Key line of enquiry \(line.year): \(line.title)", members))
        }
        for area in Indicator.Area.allCases {
            let members = zip(indicators, results).filter { $0.0.area == area && !placed.contains($0.1.id) }.map(\.1)
            if !members.isEmpty { parts.append(IndicatorPart.make(heading: area.title, members)) }
        }
        if !standards.isEmpty {
            parts.append(StandardsPart.make(standards: standards, results: results))
        }
        if request.includeChildRows {
            parts.append(
                ReportPart(heading: "Children not meeting each standard", tables: try await childRows(of: indicators, for: request, on: connection)))
        }
        let year = lines.first.map { $0.year == request.asOf.year ? "" : " (the latest stored list, from \($0.year))" } ?? ""
        let localList = try await IndicatorCalculator.localList(snapshotID: request.snapshotID, on: connection)
        return ReportSectionContent(
            summary: "Computed in the database from snapshot \(request.snapshotID) (as of \(request.asOf.iso))"
                + (request.previousSnapshotID.map { ", compared with snapshot \($0)" } ?? "; there is no earlier snapshot to compare with")
                + ". Grouped under the key lines of enquiry\(year), then by service area. Children not attending school: "
                + (localList.map { "counted against \($0.citation)." } ?? "no local list serves this snapshot."),
            parts: parts)
    }

    /// Each indicator's result for the request's snapshot and the previous one.
    static func results(_ indicators: [Indicator], for request: ReportRequest, on connection: PostgresConnection) async throws -> [IndicatorResult] {
        let calculator = IndicatorCalculator(indicators: indicators)
        let current = try await calculator.figures(snapshotID: request.snapshotID, asOf: request.asOf, on: connection)
        var previous: [String: IndicatorFigures] = [:]
        if let id = request.previousSnapshotID, let snapshot = try await AnnexASnapshot.find(id, on: connection) {
            previous = try await calculator.figures(snapshotID: id, asOf: snapshot.asOf, on: connection)
        }
        return indicators.map { indicator in
            IndicatorResult(
                id: indicator.id, title: indicator.title, numerator: indicator.numerator, denominator: indicator.denominator,
                percentage: indicator.isPercentage, current: current[indicator.id], previous: previous[indicator.id]?.total,
                note: note(current[indicator.id], snapshotID: request.snapshotID))
        }
    }

    /// Why an indicator is not available, or how many of its denominator carry values kept as given.
    private static func note(_ figures: IndicatorFigures?, snapshotID: Int) -> String? {
        guard let figures else {
            return "not available: no local list '\(LocalListStore.childrenNotInSchool)' is imported for snapshot \(snapshotID) "
                + "(ilacs-admin local-list import --name \(LocalListStore.childrenNotInSchool) FILE --snapshot \(snapshotID))"
        }
        let total = figures.total
        guard total.unknowns > 0 else { return nil }
        return "\(total.unknowns) of the \(total.denominator) in the denominator have values kept as given at import (unknown or repaired), "
            + "which count as not met; the data-quality section lists them"
    }

    /// One child-level table per percentage indicator: the rows counted below the line but not above it.
    private func childRows(of indicators: [Indicator], for request: ReportRequest, on connection: PostgresConnection) async throws -> [ReportTable] {
        var tables: [ReportTable] = []
        for indicator in indicators {
            guard case .share(let population, let condition) = indicator.measure else { continue }
            if indicator.needsLocalList, try await IndicatorCalculator.localList(snapshotID: request.snapshotID, on: connection) == nil { continue }
            let identifier = indicator.list.hasChildID ? "t.child_id" : "t.adopter_id"
            let team = indicator.list.columns.contains { $0.key == "allocated_team" } ? "t.allocated_team" : "''"
            let rows = try await connection.query(
                """
                SELECT \(identifier) AS id, \(team) AS team, t.row_number
                FROM \(AnnexATables.table(indicator.list)) t
                WHERE t.snapshot_id = $1 AND $2::date IS NOT NULL AND (\(population)) AND NOT coalesce((\(condition)), false)
                ORDER BY 2, 1, 3
                """, [request.snapshotID, request.asOf]
            ).map { row in
                [try row.decode(String.self, "id"), try row.decode(String?.self, "team") ?? "", String(try row.decode(Int.self, "row_number"))]
            }
            tables.append(
                ReportTable(
                    caption: "\(indicator.title): children in the denominator but not the numerator (List \(indicator.list.number))",
                    columns: [indicator.list.hasChildID ? "Child Unique ID" : "Adopter identifier", "Allocated Team", "Row in list"],
                    rows: rows, childLevel: true))
        }
        return tables
    }
}
