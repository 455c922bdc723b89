import ArgumentParser
import CommandLineSupport
import Domain
import Foundation
import PluginKit
import Postgres
import TextTable
import WeekScheduling
import WorkforceRegister

/// `ilacs-admin week show --inspection N [--inspector ID|--practitioner STAFF_ID|--day DATE]`: the
/// planned week, one line per booking.
struct WeekShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show the planned week: day, time, inspector, room or online, conversation, practitioner and case keys.",
        discussion: """
            One line per booked conversation, in time order. Children appear by case key only, \
            never by name or date of birth. Practitioners appear by staff id; --show-names adds \
            their names from the register (staff's personal data: recorded in the audit log).

            Examples:
              ilacs-admin week show --inspection 3
              ilacs-admin week show --inspection 3 --inspector 2 --day 2026-12-07
              ilacs-admin week show --inspection 3 --practitioner S0012 --format json
              ilacs-admin week show --inspection 3 --show-names
            """)

    /// How the week is printed.
    enum Format: String, ExpressibleByArgument, CaseIterable, Sendable {
        case table, json
    }

    /// One booked conversation as shown.
    struct Line: Sendable, Equatable, Codable {
        var day: String
        var time: String
        var inspector: String
        var place: String
        var conversation: Int
        var kind: String
        var practitioner: String?
        var caseKeys: [String]
        var practitionerName: String?
    }

    @Option(help: "The inspection's id (`ilacs-admin inspection list`).")
    var inspection: Int

    @Option(help: "Only this inspector's conversations (their id in `ilacs-admin inspectors list`).")
    var inspector: Int?

    @Option(help: "Only this practitioner's conversations (their staff id).")
    var practitioner: String?

    @Option(help: "Only this day's conversations.")
    var day: CalendarDate?

    @Option(help: "table or json.")
    var format: Format = .table

    @Flag(help: "Show the practitioners' names too (audit-logged).")
    var showNames = false

    func run() async throws {
        let lines = try await AdminRuntime.run(for: InspectionWeekPlugin.pluginName) { runtime in
            let register = WorkforceRegister(pool: runtime.pool)
            return try await runtime.pool.transaction { connection in
                let lines = try await Self.lines(inspection, on: connection).filter(matches)
                guard showNames else { return lines }
                let names = Dictionary(uniqueKeysWithValues: try await register.allStaff().map { ($0.id, $0.name) })
                try await AuditLog.record(
                    AuditEvent(
                        actor: runtime.actor, action: "week.show_names_shown", recordType: "inspection", recordID: String(inspection),
                        details: ["lines": String(lines.count)]), on: connection)
                return lines.map { line in
                    var named = line
                    named.practitionerName = line.practitioner.flatMap { names[$0] }
                    return named
                }
            }
        }
        if format == .json { return print(try JSONOutput.encode(lines)) }
        guard !lines.isEmpty else {
            let filtered = inspector != nil || practitioner != nil || day != nil
            return print(
                filtered ? "No booked conversation matches." : "No conversations booked. Plan the week with: ilacs-admin week plan --inspection \(inspection)")
        }
        print(Self.table(lines, names: showNames))
    }

    /// Whether `line` passes the filters given.
    func matches(_ line: Line) -> Bool {
        (inspector.map { String($0) == line.inspector } ?? true) && (practitioner.map { $0 == line.practitioner } ?? true)
            && (day.map { $0.iso == line.day } ?? true)
    }

    /// The inspection's booked, planned conversations in time order.
    static func lines(_ inspectionID: Int, on connection: PostgresConnection) async throws -> [Line] {
        let conversations = Dictionary(uniqueKeysWithValues: try await StoredConversation.planned(inspectionID, on: connection).map { ($0.id, $0) })
        return try await WeekBookings.read(inspectionID, on: connection).compactMap { booking in
            guard let id = Int(booking.conversationID), let stored = conversations[id] else { return nil }
            var place = "online"
            if case .room(let name) = booking.place { place = name }
            return Line(
                day: booking.day.iso, time: booking.slot.label, inspector: booking.inspectorID, place: place, conversation: id, kind: stored.kind,
                practitioner: stored.practitioner, caseKeys: stored.caseKeys)
        }
    }

    /// `lines` as an aligned plain-text table.
    static func table(_ lines: [Line], names: Bool) -> String {
        var headings = ["day", "time", "inspector", "room", "conversation", "kind", "practitioner", "case keys"]
        if names { headings.append("name") }
        let rows = lines.map { line in
            [
                line.day, line.time, line.inspector, line.place, String(line.conversation), line.kind, line.practitioner ?? "",
                line.caseKeys.joined(separator: " ")
            ]
                + (names ? [line.practitionerName ?? ""] : [])
        }
        let text = TextTable<[String]> { row in headings.indices.map { Column(title: headings[$0], value: row[$0]) } }.string(for: rows, style: Style.simple)
        return (text ?? "").trimmingCharacters(in: .newlines)
    }
}
