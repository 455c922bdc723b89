import Domain
import Foundation
import PluginKit
import Postgres

/// The signed-in inspector's week pages: their bookings by day, a conversation's briefing and
/// the .ics download. Each view is audit-logged; anything not theirs is the same 404, logged
/// with the id asked for (a number, or "not a number") and nothing else.
struct WeekPages {
    let context: PluginContext

    private var week: InspectorWeek {
        get throws { InspectorWeek(pool: context.pool, caseReaders: try context.host.implementations(of: SampledCase.point, context: context)) }
    }

    /// `/week`: the inspector's bookings, one table per day.
    func week(_ inspector: Person, session: String) async throws -> HTTPRouteResponse {
        let bookings = try await week.bookings(of: inspector)
        let days: [[String: Any]] = Dictionary(grouping: bookings, by: \.slot.day).keys.sorted().map { day in
            let rows: [[String: Any]] = bookings.filter { $0.slot.day == day }.map { booked in
                [
                    "id": booked.conversationID, "title": booked.title, "time": Self.time(booked.slot), "where": booked.slot.place,
                    "children": booked.children
                ]
            }
            return ["iso": day.iso, "label": Self.dayLabel(day), "rows": rows]
        }
        try await audit(inspector, "week.view", recordType: "inspection", id: String(inspector.inspectionID))
        return HTTPRouteResponse.html(200, WeekTemplates.render("week", ["inspector": layout(inspector, session), "days": days, "hasDays": !days.isEmpty]))
    }

    /// `/week/conversations/:id`: the briefing of one of the inspector's conversations.
    func briefing(_ id: String?, _ inspector: Person, session: String) async throws -> HTTPRouteResponse {
        guard let briefing = try await week.briefing(id, of: inspector, at: .today), let slot = briefing.slot else { return try await refused(id, inspector) }
        var values: [String: Any] = [
            "inspector": layout(inspector, session), "title": briefing.title, "day": Self.dayLabel(slot.day), "time": Self.time(slot),
            "where": slot.place, "childCount": briefing.children.count, "hasChildren": !briefing.children.isEmpty,
            "children": briefing.children.map { child -> [String: Any] in
                ["key": child.caseKey, "stratum": child.stratum.isEmpty ? "not in the sample" : child.stratum, "rows": BriefingText.rows(child)]
            }
        ]
        if let practitioner = briefing.practitioner {
            values["practitioner"] = [
                "date": Self.dayLabel(briefing.date), "role": practitioner.staff.role.label, "team": practitioner.staff.team, "caseload": practitioner.caseload,
                "lastSupervision": practitioner.context.lastSupervision.map(Self.dayLabel) ?? "none recorded",
                "groupReflective": practitioner.context.groupReflectiveLastQuarter, "training": practitioner.context.trainingLastYear
            ]
        }
        if let wishes = briefing.wishes {
            values["wishes"] = ["way": WeekBriefing.wayText(wishes.way), "accessNeeds": wishes.accessNeeds ?? "none recorded"]
        }
        try await audit(inspector, "week.briefing_view", recordType: "week_conversation", id: String(briefing.conversationID))
        return HTTPRouteResponse.html(200, WeekTemplates.render("briefing", values))
    }

    /// `/week.ics`: the inspector's bookings as a published calendar.
    func calendar(_ inspector: Person) async throws -> HTTPRouteResponse {
        let bookings = try await week.bookings(of: inspector)
        let email = try await context.pool.query("SELECT email FROM people WHERE id = $1", [inspector.id]).single?.decode(String.self, "email") ?? ""
        let feed = WeekCalendar.feed(bookings, organizer: email, base: try SignInLink(context.configuration).base, now: Date())
        try await audit(inspector, "week.calendar_download", recordType: "inspection", id: String(inspector.inspectionID))
        return HTTPRouteResponse(
            status: 200,
            headers: ["Content-Type": "text/calendar; charset=utf-8; method=PUBLISH", "Content-Disposition": "attachment; filename=\"week.ics\""],
            body: Array(feed.rendered().utf8))
    }

    /// The 404 for anything that is not the inspector's, audit-logged by the id asked for.
    private func refused(_ id: String?, _ inspector: Person) async throws -> HTTPRouteResponse {
        let asked = id.flatMap(Int.init).map(String.init) ?? "not a number"
        try await audit(inspector, "week.access_refused", recordType: "week_conversation", id: asked)
        return WeekWeb.message(404, "Not found", "There is no such conversation among your bookings.")
    }

    /// `Tuesday 8 December 2026`.
    static func dayLabel(_ day: CalendarDate) -> String {
        let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        return "\(weekdays[day.weekday - 1]) \(day.day) \(months[day.month - 1]) \(day.year)"
    }

    /// `09:00 to 10:00`.
    static func time(_ slot: WeekBriefing.Slot) -> String {
        "\(BriefingText.time(slot.starts)) to \(BriefingText.time(slot.ends))"
    }

    private func layout(_ inspector: Person, _ session: String) -> [String: Any] {
        ["name": inspector.name, "csrf": PersonAccess.csrfToken(session: session)]
    }

    private func audit(_ inspector: Person, _ action: String, recordType: String, id: String) async throws {
        try await AuditLog.record(AuditEvent(actor: inspector.actor, action: action, recordType: recordType, recordID: id), pool: context.pool)
    }
}
