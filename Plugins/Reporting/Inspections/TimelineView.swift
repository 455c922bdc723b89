import CommandLineSupport
import Domain
import PluginKit
import Postgres

/// The timeline after a notification call and its checklist, as `inspection timeline` and the
/// report show them.
struct TimelineView: Codable, Equatable {
    var inspectionID: Int
    var type: String
    var callAt: String
    var onSiteStart: CalendarDate
    var onSiteEnd: CalendarDate
    var freshnessLimit: CalendarDate
    var checklist: Checklist

    /// The view of the latest live call (with `rehearsal`, the running rehearsal's) with `items`'
    /// checklist, or nil when no call is recorded.
    static func latest(checklist items: [any ChecklistItem], rehearsal: Bool = false, on connection: PostgresConnection) async throws -> TimelineView? {
        guard let call = try await InspectionStore.latestCall(rehearsal: rehearsal, on: connection) else { return nil }
        let timeline = call.timeline
        return TimelineView(
            inspectionID: call.inspectionID, type: timeline.type.rawValue, callAt: timeline.call.description,
            onSiteStart: timeline.onSiteStart, onSiteEnd: timeline.onSiteEnd, freshnessLimit: timeline.freshnessLimit,
            checklist: try await Checklist.build(for: call, items: items, on: connection))
    }

    /// The timeline rows: what happens when.
    var milestones: [(when: String, what: String)] {
        [
            (
                "\(LocalDateTime.parse(callAt).map { $0.date.weekdayName + " " } ?? "")\(callAt)",
                "Notification call (inspection \(inspectionID), \(InspectionType(rawValue: type)?.displayName.lowercased() ?? type))"
            ),
            ("\(freshnessLimit.weekdayName) \(freshnessLimit.iso)", "Earliest as-of date accepted for the Annex A lists"),
            ("\(onSiteStart.weekdayName) \(onSiteStart.iso)", "Inspectors on site"),
            ("\(onSiteEnd.weekdayName) \(onSiteEnd.iso)", "Last day on site")
        ]
    }

    /// The view as plain text.
    var text: String {
        var lines = ["Timeline"]
        lines += milestones.map { "  \($0.when.padded(20)) \($0.what)" }
        lines.append("")
        lines.append("Checklist")
        for item in checklist.items {
            lines.append(
                "  [\(item.status.rawValue)]".padded(18) + item.title.padded(46) + "due \(item.due)"
                    + (item.doneAt.map { ", done \($0)" + ($0 > item.due ? " (late)" : "") } ?? ""))
            lines.append("".padded(20) + item.detail)
        }
        return lines.joined(separator: "\n")
    }
}
