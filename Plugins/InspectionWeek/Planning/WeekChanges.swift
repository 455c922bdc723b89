import PluginKit
import Postgres
import WeekScheduling
import WorkforceRegister

/// The week's changes by hand, each in the caller's transaction and audit-logged with ids only:
/// `week move`, `week cancel` and `week add`. Each raises the conversation's sequence, so its
/// invitation is sent again.
enum WeekChanges {
    /// Moves a planned conversation to the booking `move` asks for, once every hard rule holds
    /// (``MoveCheck``), with the settings of the inspection's last plan.
    /// - Returns: the booking stored.
    static func move(_ move: MoveCheck, register: WorkforceRegister, actor: String, on connection: PostgresConnection) async throws -> Booking {
        let inspectionID = try await plannedInspection(of: move.conversationID, on: connection)
        guard let settings = try await WeekSettings.load(inspectionID, on: connection) else {
            throw WeekRefusal(
                "CONVERSATION: inspection \(inspectionID)'s week is not planned yet; run `ilacs-admin week plan --inspection \(inspectionID)` first")
        }
        let inputs = try await WeekInputs.read(inspectionID, settings: settings, register: register, on: connection)
        let booking = try move.booking(in: inputs)
        try await WeekBookings.store(booking, on: connection)
        try await raiseSequence(move.conversationID, on: connection)
        try await AuditLog.record(
            AuditEvent(
                actor: actor, action: "week.move", recordType: "week_conversation", recordID: String(move.conversationID),
                details: ["inspection": String(inspectionID), "day": booking.day.iso, "slot": booking.slot.label, "inspector": booking.inspectorID]),
            on: connection)
        return booking
    }

    /// Cancels planned conversation `id`: its booking removed, its sequence raised.
    static func cancel(_ id: Int, actor: String, on connection: PostgresConnection) async throws {
        let inspectionID = try await plannedInspection(of: id, on: connection)
        try await connection.execute("DELETE FROM week_bookings WHERE conversation_id = $1", [id])
        try await connection.execute("UPDATE week_conversations SET status = 'cancelled', sequence = sequence + 1 WHERE id = $1", [id])
        try await AuditLog.record(
            AuditEvent(
                actor: actor, action: "week.cancel", recordType: "week_conversation", recordID: String(id), details: ["inspection": String(inspectionID)]),
            on: connection)
    }

    /// Adds a conversation with practitioner `staffID` about `caseKeys` (none is fine), marked as
    /// added so rebuilding the conversations from the sample leaves it; the next `week plan`
    /// places it. A practitioner whose conversation was cancelled gets it back, with these cases.
    /// - Returns: the conversation's id.
    static func add(
        inspectionID: Int, staffID: String, caseKeys: [String], register: WorkforceRegister, actor: String, on connection: PostgresConnection
    ) async throws -> Int {
        guard try await connection.query("SELECT 1 FROM inspections WHERE id = $1", [inspectionID]).single != nil else {
            throw WeekRefusal("--inspection: no inspection \(inspectionID); `ilacs-admin inspection list` lists them")
        }
        guard try await register.staff(id: staffID) != nil else {
            throw WeekRefusal("--practitioner: no member of staff with that id in the workforce register")
        }
        let existing = try await connection.query(
            "SELECT id, status FROM week_conversations WHERE inspection_id = $1 AND kind = 'practitioner' AND subject = $2", [inspectionID, staffID]
        ).single
        let id: Int
        if let existing {
            id = try existing.decode(Int.self, "id")
            guard try existing.decode(String.self, "status") == "cancelled" else {
                throw WeekRefusal("--practitioner: they already have conversation \(id); `ilacs-admin week move` changes it")
            }
            try await connection.execute("DELETE FROM week_conversation_cases WHERE conversation_id = $1", [id])
            try await connection.execute("UPDATE week_conversations SET status = 'planned', added = true, sequence = sequence + 1 WHERE id = $1", [id])
        } else {
            id = try await connection.query(
                "INSERT INTO week_conversations (inspection_id, kind, subject, added) VALUES ($1, 'practitioner', $2, true) RETURNING id",
                [inspectionID, staffID])[0].decode(Int.self, at: 0)
        }
        for key in Set(caseKeys).sorted() {
            try await connection.execute("INSERT INTO week_conversation_cases (conversation_id, case_key) VALUES ($1, $2)", [id, key])
        }
        try await AuditLog.record(
            AuditEvent(
                actor: actor, action: "week.add", recordType: "week_conversation", recordID: String(id),
                details: ["inspection": String(inspectionID), "cases": String(Set(caseKeys).count)]), on: connection)
        return id
    }

    /// The inspection of planned conversation `id`.
    /// - Throws: ``WeekRefusal`` when there is no such conversation or it is cancelled.
    private static func plannedInspection(of id: Int, on connection: PostgresConnection) async throws -> Int {
        guard let row = try await connection.query("SELECT inspection_id, status FROM week_conversations WHERE id = $1", [id]).single else {
            throw WeekRefusal("CONVERSATION: no conversation \(id); `ilacs-admin week show` lists them")
        }
        guard try row.decode(String.self, "status") == "planned" else { throw WeekRefusal("CONVERSATION: conversation \(id) is cancelled") }
        return try row.decode(Int.self, "inspection_id")
    }

    private static func raiseSequence(_ id: Int, on connection: PostgresConnection) async throws {
        try await connection.execute("UPDATE week_conversations SET sequence = sequence + 1 WHERE id = $1", [id])
    }
}
