import Domain
import Postgres
import TestSupport
import WeekScheduling
import WorkforceRegister

@testable import InspectionWeek

/// Planning the fixture's week as `week plan`, `move`, `cancel` and `add` do, and reading it back.
extension WeekFixture {
    /// The fixture inspection's days on site: five working days from its start (Monday 7 December).
    static let days = (0..<5).map { CalendarDate(year: 2026, month: 12, day: 7 + $0)! }

    /// Settings with two rooms and the default day (09:00-17:00, 60-minute slots, lunch 12:30-13:30).
    static let settings = WeekSettings(rooms: ["Room 1", "Room 2"])

    var register: WorkforceRegister { WorkforceRegister(pool: pool) }

    /// Gives `count` inspectors access to `inspection`; their people ids.
    func addInspectors(_ count: Int, to inspection: Int? = nil) async throws -> [Int] {
        var ids: [Int] = []
        for number in 1...count {
            ids.append(
                try await pool.query(
                    """
                    INSERT INTO people (name, email, role, inspection_id, access_from, access_until, created_by)
                    VALUES ($1, $2, 'inspector', $3, '2026-12-01', '2026-12-31', 'tester') RETURNING id
                    """, ["Inspector \(number)", "inspector\(number)@ofsted.example", inspection ?? inspectionID])[0].decode(Int.self, at: 0))
        }
        return ids
    }

    /// Builds the sampled inspection's conversations and gives `inspectors` inspectors access; their ids.
    @discardableResult
    func prepare(inspectors: Int) async throws -> [Int] {
        _ = try await conversations(inspectionID)
        return try await addInspectors(inspectors)
    }

    /// Plans `inspection`'s week (default: the sampled one) as `week plan` does.
    func plan(_ settings: WeekSettings = WeekFixture.settings, inspection: Int? = nil) async throws -> WeekPlanning.Outcome {
        try await pool.transaction { connection in
            try await WeekPlanning.run(inspection ?? inspectionID, settings: settings, register: register, actor: "tester", on: connection)
        }
    }

    /// The stored bookings of the sampled inspection's planned conversations, in time order.
    func bookings() async throws -> [Booking] {
        try await pool.withConnection { try await WeekBookings.read(inspectionID, on: $0) }
    }

    /// The planned conversations, by id.
    func planned() async throws -> [StoredConversation] {
        try await pool.withConnection { try await StoredConversation.planned(inspectionID, on: $0) }
    }

    /// Who tracks each child: case key to inspector id.
    func tracking() async throws -> [String: String] {
        var tracking: [String: String] = [:]
        for row in try await pool.query("SELECT case_key, inspector_id FROM week_tracking WHERE inspection_id = $1", [inspectionID]) {
            tracking[try row.decode(String.self, "case_key")] = String(try row.decode(Int.self, "inspector_id"))
        }
        return tracking
    }

    /// Whether the register has member of staff `staffID` available on every day on site.
    func availableAllWeek(_ staffID: String) async throws -> Bool {
        for day in Self.days where try await !register.isAvailable(staffID, on: day) { return false }
        return true
    }

    /// The planned practitioners' conversations whose practitioner is available all week.
    func availablePractitioners() async throws -> [StoredConversation] {
        var available: [StoredConversation] = []
        for conversation in try await planned() where conversation.kind == "practitioner" {
            if try await availableAllWeek(conversation.subject) { available.append(conversation) }
        }
        return available
    }

    /// Conversation `id`'s sequence.
    func sequence(_ id: Int) async throws -> Int {
        try await pool.query("SELECT sequence FROM week_conversations WHERE id = $1", [id])[0].decode(Int.self, at: 0)
    }

    /// How many rows `table` holds.
    func count(_ table: String) async throws -> Int {
        try await pool.query("SELECT count(*) FROM \(table)")[0].decode(Int.self, at: 0)
    }

    /// Moves a conversation as `week move` does.
    func move(_ check: MoveCheck) async throws -> Booking {
        try await pool.transaction { try await WeekChanges.move(check, register: register, actor: "tester", on: $0) }
    }
}
