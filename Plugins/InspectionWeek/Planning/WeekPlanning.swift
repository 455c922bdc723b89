import Domain
import PluginKit
import Postgres
import WeekScheduling
import WorkforceRegister

/// `week plan`'s work, in the caller's transaction: children's conversations follow their requests,
/// the week is read and planned keeping the still-valid bookings, and everything is stored at once
/// (the bookings replaced, a changed conversation's sequence raised, new tracking choices, the
/// managers invited, the settings). A malformed week throws before anything is kept.
enum WeekPlanning {
    /// What a plan did.
    struct Outcome: Sendable, Equatable {
        /// The scheduler's answer.
        var plan: WeekPlan
        /// How many conversations there were to place.
        var conversations: Int
        /// Conversations whose booking changed (their sequence raised).
        var changed: [Int]
        /// Conversations whose practitioner has no email in the register (scheduled, not invited).
        var notInvited: [Int]
        /// The carers' sessions booked at their campaign's time.
        var fixed: FixedTimePlacement.Outcome

        /// Every booking made, the scheduler's and the fixed sessions'.
        var bookings: [Booking] { (plan.bookings + fixed.bookings).sorted() }
    }

    /// Plans inspection `inspectionID`'s week with `settings` on `connection` (in a transaction).
    /// - Throws: ``WeekRefusal`` naming the option at fault.
    static func run(_ inspectionID: Int, settings: WeekSettings, register: WorkforceRegister, actor: String, on connection: PostgresConnection)
        async throws -> Outcome
    {
        try await StoredConversation.followChildRequests(inspectionID, on: connection)
        let inputs = try await WeekInputs.read(inspectionID, settings: settings, register: register, on: connection)
        let plan: WeekPlan
        do {
            plan = try WeekScheduler.plan(inputs.problem, keeping: inputs.keepable)
        } catch let error as WeekSchedulingError {
            throw WeekRefusal("\(option(error, settings)): \(error.description)")
        }
        let fixed = FixedTimePlacement.place(
            inputs.conversations.filter { $0.fixedStart != nil }, days: inputs.problem.days, inspectors: inputs.problem.inspectors.map(\.id),
            minutes: settings.slotMinutes, around: plan.bookings, previous: inputs.bookings)
        let bookings = plan.bookings + fixed.bookings
        let before = Dictionary(uniqueKeysWithValues: inputs.bookings.map { ($0.conversationID, $0) })
        try await connection.execute(
            "DELETE FROM week_bookings WHERE conversation_id IN (SELECT id FROM week_conversations WHERE inspection_id = $1)", [inspectionID])
        for booking in bookings { try await WeekBookings.store(booking, on: connection) }
        let after = Dictionary(uniqueKeysWithValues: bookings.map { ($0.conversationID, $0) })
        var changed: [Int] = []
        for stored in inputs.conversations {
            let manager = inputs.conversation(stored.id)?.managerID
            guard before[String(stored.id)] != after[String(stored.id)] || manager != stored.manager else { continue }
            try await connection.execute("UPDATE week_conversations SET manager = $2, sequence = sequence + 1 WHERE id = $1", [stored.id, manager])
            changed.append(stored.id)
        }
        for (key, inspector) in inputs.newTracking.sorted(by: { $0.key < $1.key }) {
            try await connection.execute(
                "INSERT INTO week_tracking (inspection_id, case_key, inspector_id) VALUES ($1, $2, $3)", [inspectionID, key, Int(inspector) ?? 0])
        }
        try await settings.save(inspectionID, on: connection)
        let notInvited = inputs.conversations.filter { stored in stored.practitioner.map { inputs.staff[$0]?.email == nil } ?? false }.map(\.id)
        try await AuditLog.record(
            AuditEvent(
                actor: actor, action: "week.plan", recordType: "inspection", recordID: String(inspectionID),
                details: [
                    "conversations": String(inputs.conversations.count), "placed": String(bookings.count), "kept": String(plan.keptCount),
                    "unplaced": String(plan.unplaced.count + fixed.unplaced.count), "changed": String(changed.count), "not_invited": String(notInvited.count)
                ]), on: connection)
        return Outcome(plan: plan, conversations: inputs.conversations.count, changed: changed, notInvited: notInvited, fixed: fixed)
    }

    /// The option a malformed week is the fault of.
    static func option(_ error: WeekSchedulingError, _ settings: WeekSettings) -> String {
        let options: [(WeekSchedulingError.Code, String)] = [
            (.days, "--from/--days"), (.rooms, "--rooms"), (.inspectors, "--capacity"), (.conversations, "tracking inspector")
        ]
        if let option = options.first(where: { $0.0 == error.code })?.1 { return option }
        if settings.end <= settings.start { return "--end" }
        if settings.slotMinutes <= 0 { return "--slot" }
        return error.description.hasPrefix("break") ? "--break" : "--start/--end/--slot/--break"
    }
}
