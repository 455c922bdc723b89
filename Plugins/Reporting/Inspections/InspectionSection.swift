import Domain
import PluginKit
import Postgres

/// The report's first section: the last inspections and their grades, the next window, and
/// after a notification call its timeline and checklist. Reporting's own contribution to
/// ``ReportSections/point``.
struct InspectionSection: ReportSection {
    let title = "Inspection timeline"
    let anchor = "inspection"
    let order = 0
    /// Every enabled plugin's checklist items.
    let checklistItems: [any ChecklistItem]

    func content(for request: ReportRequest, on connection: PostgresConnection) async throws -> ReportSectionContent {
        let history = try await InspectionStore.all(on: connection)
        let forecast = InspectionWindow.forecast(history: history, today: request.asOf)
        var window = ReportPart(heading: "The next window", paragraphs: forecast.notes)
        if let next = forecast.window {
            window.paragraphs.insert(
                "From \(next.opens.iso) to \(next.closes.iso): six months either side of \(next.anniversary.iso), three years after the last graded inspection started. Seen from the snapshot's as-of date.",
                at: 0)
        }
        window.paragraphs.append(
            "Framework applied: \(forecast.framework.name), in force on \(request.asOf.iso); \(forecast.framework.change).")
        var parts = [window]
        if !history.isEmpty {
            parts.append(
                ReportPart(
                    heading: "Inspections recorded",
                    tables: [
                        ReportTable(
                            caption: "Inspections and visits recorded, with their grades",
                            columns: ["Type", "On site", "Grades"],
                            rows: history.reversed().map { inspection in
                                let grades = JudgementArea.defaults.compactMap { area in
                                    inspection.judgements[area].map { "\(area.displayName): \($0.displayName)" }
                                }
                                return [
                                    inspection.type.displayName, "\(inspection.startDate.iso) to \(inspection.endDate?.iso ?? "?")",
                                    grades.joined(separator: "; ")
                                ]
                            })
                    ]))
        }
        if let view = try await TimelineView.latest(checklist: checklistItems, on: connection) {
            parts.append(
                ReportPart(
                    heading: "After the call",
                    tables: [
                        ReportTable(
                            caption: "Timeline after the notification call", columns: ["When", "What"],
                            rows: view.milestones.map { [$0.when, $0.what] }),
                        ReportTable(
                            caption: "Checklist, with each item's status read from the database", columns: ["Item", "Due", "Status", "Done", "Detail"],
                            rows: view.checklist.items.map { [$0.title, $0.due, $0.status.rawValue, $0.doneAt ?? "", $0.detail] })
                    ]))
        }
        return ReportSectionContent(parts: parts)
    }
}
