import Domain
import Postgres
import WeekScheduling
import WorkforceRegister

/// Everything an inspection's week is planned (or a move checked) from: the settings, the days on
/// site, the inspectors, the planned conversations, who tracks each child, the participants'
/// availability from the register, and the bookings already made; gathered into a
/// ``WeekProblem``. Reading writes nothing; the new tracking choices are for the caller to save.
struct WeekInputs: Sendable {
    let inspectionID: Int
    let settings: WeekSettings
    /// The planned conversations, by id.
    let conversations: [StoredConversation]
    /// Who tracks each child (case key to the inspector's people id), saved ones and new ones.
    let tracking: [String: String]
    /// The tracking choices made now, not yet saved.
    let newTracking: [String: String]
    /// The register's staff by id.
    let staff: [String: StaffMember]
    /// The problem for the scheduler: conversation and inspector ids are the ids as text. Carers'
    /// sessions fixed by their campaign are not in it (``FixedTimePlacement`` books them).
    let problem: WeekProblem
    /// The planned conversations' bookings as stored, in time order.
    let bookings: [Booking]

    /// Reads inspection `inspectionID`'s week planned with `settings`.
    /// - Throws: ``WeekRefusal`` naming the option: no such inspection, no first day, no inspectors,
    ///   no conversations.
    static func read(_ inspectionID: Int, settings: WeekSettings, register: WorkforceRegister, on connection: PostgresConnection) async throws
        -> WeekInputs
    {
        guard let inspection = try await connection.query("SELECT started_on FROM inspections WHERE id = $1", [inspectionID]).single else {
            throw WeekRefusal("--inspection: no inspection \(inspectionID); `ilacs-admin inspection list` lists them")
        }
        guard let first = try settings.firstDay ?? inspection.decode(CalendarDate?.self, "started_on") else {
            throw WeekRefusal("--from: inspection \(inspectionID) has no start date; give the first day on site with --from DATE")
        }
        let days = settings.workingDays(from: first)
        let inspectors = try await connection.query(
            "SELECT id, name FROM people WHERE inspection_id = $1 AND role = 'inspector' AND revoked_at IS NULL ORDER BY id", [inspectionID]
        ).map { Inspector(id: String(try $0.decode(Int.self, "id")), displayName: try $0.decode(String.self, "name"), capacityPerDay: settings.capacity) }
        guard !inspectors.isEmpty else {
            throw WeekRefusal("--inspection: inspection \(inspectionID) has no inspectors; give them access with `ilacs-admin inspectors add`")
        }
        let conversations = try await StoredConversation.planned(inspectionID, on: connection)
        guard !conversations.isEmpty else {
            throw WeekRefusal(
                "--inspection: inspection \(inspectionID) has no conversations; draw a sample, then run `ilacs-admin week conversations --inspection \(inspectionID)`"
            )
        }
        var tracking: [String: String] = [:]
        for row in try await connection.query("SELECT case_key, inspector_id FROM week_tracking WHERE inspection_id = $1", [inspectionID]) {
            tracking[try row.decode(String.self, "case_key")] = String(try row.decode(Int.self, "inspector_id"))
        }
        let newTracking = TrackingAssignment.assign(groups: Self.groups(conversations), existing: tracking, inspectors: inspectors.map(\.id))
        tracking.merge(newTracking) { old, _ in old }
        let staff = Dictionary(uniqueKeysWithValues: try await register.allStaff().map { ($0.id, $0) })
        let leave = try await register.leave(overlapping: days[0]...days[days.count - 1])
        let problemConversations = conversations.filter { $0.fixedStart == nil }.map { stored in
            Conversation(
                id: String(stored.id), kind: stored.schedulingKind, practitionerID: stored.practitioner,
                managerID: settings.withManagers && stored.kind == "practitioner" ? stored.practitioner.flatMap { staff[$0]?.managerID } : nil,
                mode: settings.onlineOnly ? .online : Self.mode(stored.mode),
                requiredInspectorID: stored.kind == "carers" ? nil : stored.caseKeys.lazy.compactMap { tracking[$0] }.first)
        }
        var availability: [String: Availability] = [:]
        for id in Set(problemConversations.flatMap(\.participantIDs)) {
            availability[id] = Self.availability(staff[id], leave: leave.filter { $0.staffID == id }, firstDay: days[0])
        }
        let problem = WeekProblem(
            days: days, dayShape: settings.dayShape, inspectors: inspectors, rooms: settings.onlineOnly ? [] : settings.rooms,
            conversations: problemConversations, availability: availability)
        return WeekInputs(
            inspectionID: inspectionID, settings: settings, conversations: conversations, tracking: tracking, newTracking: newTracking, staff: staff,
            problem: problem, bookings: try await WeekBookings.read(inspectionID, on: connection))
    }

    /// The stored bookings the scheduler may keep: those of the conversations it places.
    var keepable: [Booking] {
        let fixed = Set(conversations.filter { $0.fixedStart != nil }.map { String($0.id) })
        return bookings.filter { !fixed.contains($0.conversationID) }
    }

    /// The scheduler's conversation for stored conversation `id`.
    func conversation(_ id: Int) -> Conversation? {
        problem.conversations.first { $0.id == String(id) }
    }

    /// The children to track, grouped by practitioner (staff id order), then each child met on
    /// their own whom no practitioner's conversation covers (case key order).
    static func groups(_ conversations: [StoredConversation]) -> [[String]] {
        let practitioners = conversations.filter { $0.kind == "practitioner" && !$0.caseKeys.isEmpty }.sorted { ($0.subject, $0.id) < ($1.subject, $1.id) }
        let covered = Set(practitioners.flatMap(\.caseKeys))
        let children = Set(conversations.filter { $0.kind == "child" }.flatMap(\.caseKeys)).subtracting(covered).sorted()
        return practitioners.map(\.caseKeys) + children.map { [$0] }
    }

    /// The scheduler's mode for a stored one.
    static func mode(_ stored: String) -> Conversation.Mode {
        switch stored {
        case "online": .online
        case "either": .either
        default: .inPerson
        }
    }

    /// When a member of staff can be met: their working days and leave (periods may overlap), and
    /// not before they start in post; someone not in the register never.
    static func availability(_ member: StaffMember?, leave: [LeavePeriod], firstDay: CalendarDate) -> Availability {
        guard let member else { return Availability(workingWeekdays: []) }
        var away = leave.map { $0.from...$0.to }
        if member.startDate > firstDay { away.append(firstDay...member.startDate.adding(days: -1)) }
        return Availability(workingWeekdays: Set(member.workingDays.weekdays), leave: away)
    }
}
