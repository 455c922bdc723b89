import ArgumentParser
import CommandLineSupport
import Domain
import Foundation
import PluginKit
import WeekScheduling
import WorkforceRegister

/// `ilacs-admin week plan --inspection N [...]`: places the inspection's conversations in the days
/// on site, keeping every booking that is still valid.
struct WeekPlanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Place the inspection's conversations in days, slots, inspectors and rooms, keeping the bookings that still hold.",
        discussion: """
            The days on site are --days working days from --from (default: the inspection's start \
            date). The inspectors are the people given access to the inspection as inspectors \
            (`ilacs-admin inspectors add`), each holding at most --capacity conversations a day. \
            Every sampled child gets a tracking inspector, who holds all of that child's \
            conversations: a practitioner's children share one, and they are spread evenly. \
            Children's conversations are planned only for children who agreed; carers' sessions \
            may go to any inspector. Practitioners (and, with --with-managers, their team \
            managers) are booked only on days they work and are not on leave.

            The options are saved for the inspection: a later plan or `week move` uses them, and \
            options given replace them (the defaults below are for the first plan). Bookings still valid are kept; a conversation whose booking \
            changes has its sequence raised, so its invitation is sent again. Conversations that \
            cannot be placed are listed with the rule that blocked them, and conversations whose \
            practitioner has no email in the register are listed as not invited.

            Examples:
              ilacs-admin week plan --inspection 3 --rooms "Room 1,Room 2"
              ilacs-admin week plan --inspection 3 --from 2026-12-07 --days 10 --capacity 5
              ilacs-admin week plan --inspection 3 --start 09:30 --end 16:30 --slot 45
              ilacs-admin week plan --inspection 3 --break 12:30-13:30 --break 15:00-15:15
              ilacs-admin week plan --inspection 3 --online-only --with-managers
            """)

    @Option(help: "The inspection's id (`ilacs-admin inspection list`).")
    var inspection: Int

    @Option(help: "The first day on site (default: the inspection's start date).")
    var from: CalendarDate?

    @Option(help: "How many working days on site (default 5).")
    var days: Int?

    @Option(help: "When the first slot may start, HH:MM (default 09:00).")
    var start: String?

    @Option(help: "When the last slot must end, HH:MM (default 17:00).")
    var end: String?

    @Option(help: "Minutes per conversation (default 60).")
    var slot: Int?

    @Option(name: .customLong("break"), help: "A break, HH:MM-HH:MM; repeat for more (default 12:30-13:30).")
    var breaks: [String] = []

    @Option(help: "The rooms for conversations in person, separated by commas.")
    var rooms: String?

    @Flag(inversion: .prefixedNo, help: "Every conversation online: no rooms.")
    var onlineOnly: Bool?

    @Option(help: "The most conversations an inspector holds in a day (default 6).")
    var capacity: Int?

    @Flag(inversion: .prefixedNo, help: "Invite each practitioner's team manager (from the register) too.")
    var withManagers: Bool?

    func validate() throws {
        if let days, days < 1 { throw ValidationError("--days: give at least 1 day") }
        if let capacity, capacity < 0 { throw ValidationError("--capacity: give 0 or more conversations a day") }
        if let start, WeekSettings.minutes(start) == nil { throw ValidationError("--start: give a time as HH:MM") }
        if let end, WeekSettings.minutes(end) == nil { throw ValidationError("--end: give a time as HH:MM") }
        if let index = breaks.firstIndex(where: { WeekSettings.range($0) == nil }) {
            throw ValidationError("--break \(index + 1): give a break as HH:MM-HH:MM")
        }
    }

    /// `saved` with the options given applied.
    func settings(over saved: WeekSettings) -> WeekSettings {
        var settings = saved
        if let from { settings.firstDay = from }
        if let days { settings.days = days }
        if let start = start.flatMap(WeekSettings.minutes) { settings.start = start }
        if let end = end.flatMap(WeekSettings.minutes) { settings.end = end }
        if let slot { settings.slotMinutes = slot }
        if !breaks.isEmpty { settings.breaks = breaks.compactMap(WeekSettings.range) }
        if let rooms {
            settings.rooms = rooms.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        if let onlineOnly { settings.onlineOnly = onlineOnly }
        if let capacity { settings.capacity = capacity }
        if let withManagers { settings.withManagers = withManagers }
        return settings
    }

    func run() async throws {
        try await AdminRuntime.run(for: InspectionWeekPlugin.pluginName) { runtime in
            let register = WorkforceRegister(pool: runtime.pool)
            let outcome = try await runtime.pool.transaction { connection in
                let saved = try await WeekSettings.load(inspection, on: connection) ?? WeekSettings()
                return try await WeekPlanning.run(inspection, settings: settings(over: saved), register: register, actor: runtime.actor, on: connection)
            }
            print(Self.report(outcome, inspection: inspection).joined(separator: "\n"))
        }
    }

    /// The lines printed: the counts, each unplaced conversation with its rule, and those not invited.
    static func report(_ outcome: WeekPlanning.Outcome, inspection: Int) -> [String] {
        let plan = outcome.plan
        let unplaced: [(id: Int, reason: String)] =
            plan.unplaced.map { (Int($0.conversationID) ?? 0, $0.rule.rawValue) } + outcome.fixed.unplaced.map { ($0.conversationID, $0.reason) }
        var lines = [
            "Inspection \(inspection): \(outcome.bookings.count) of \(outcome.conversations) conversations placed (\(plan.keptCount) kept, "
                + "\(outcome.changed.count) changed), \(unplaced.count) unplaced; "
                + (plan.provenOptimal ? "proven optimal." : "not proven optimal (the exact search stopped at its limit).")
        ]
        lines += unplaced.sorted { $0.id < $1.id }.map { "Unplaced: conversation \($0.id): \($0.reason)" }
        if !outcome.fixed.bookings.isEmpty {
            lines.append(
                "Carers' sessions at their campaign's time: conversations "
                    + outcome.fixed.bookings.map(\.conversationID).sorted { (Int($0) ?? 0) < (Int($1) ?? 0) }.joined(separator: ", "))
        }
        if !outcome.notInvited.isEmpty {
            lines.append("Not invited (no email): conversations " + outcome.notInvited.map(String.init).joined(separator: ", "))
        }
        return lines
    }
}
