import Domain
import PluginKit
import Postgres
import TestSupport
import Testing
import WorkforceRegister

@Suite("Workforce register read API")
struct RegisterReadTests {
    static func day(_ text: String) -> CalendarDate { CalendarDate.parse(text)! }

    /// A manager and a part-time practitioner (Monday to Wednesday) with leave, supervision and training.
    static let content = RegisterContent(
        staff: [
            StaffMember(
                id: "M1", name: "Manager One", email: "m1@example.org", team: "Team A", role: .teamManager, managerID: nil, fte: 1, isAgency: false,
                startDate: day("2020-01-06"), workingDays: .fullWeek),
            StaffMember(
                id: "P1", name: "Practitioner One", email: nil, team: "Team A", role: .socialWorker, managerID: "M1", fte: 0.6, isAgency: true,
                startDate: day("2024-05-01"), workingDays: [.monday, .tuesday, .wednesday])
        ],
        leave: [LeavePeriod(staffID: "P1", from: day("2026-03-02"), to: day("2026-03-04"))],
        supervision: [
            SupervisionRecord(staffID: "P1", supervisorID: "M1", date: day("2025-11-01"), kind: .groupReflective),
            SupervisionRecord(staffID: "P1", supervisorID: "M1", date: day("2026-01-10"), kind: .individual),
            SupervisionRecord(staffID: "P1", supervisorID: "M1", date: day("2026-02-20"), kind: .groupReflective),
            SupervisionRecord(staffID: "P1", supervisorID: "M1", date: day("2026-04-01"), kind: .individual)
        ],
        training: [
            TrainingRecord(staffID: "P1", course: "Court skills", date: day("2025-03-09")),
            TrainingRecord(staffID: "P1", course: "Life story work", date: day("2025-03-10")),
            TrainingRecord(staffID: "P1", course: "Signs of Safety", date: day("2026-03-09"))
        ])

    func withRegister(isolation: isolated (any Actor)? = #isolation, _ body: (WorkforceRegister) async throws -> Void) async throws {
        try await PluginTestDatabase.with(plugins: []) { database in
            _ = try await database.pool.transaction { connection in
                try await WorkforceRegisterStore.replace(
                    with: Self.content, source: "hand-made", fileSHA256: [:], contentSHA256: "h", actor: "tester", on: connection)
            }
            try await body(WorkforceRegister(pool: database.pool))
        }
    }

    @Test("a practitioner is unavailable on leave and on days they do not work, and available otherwise")
    func availability() async throws {
        try await withRegister { register in
            let expected: [(staff: String, day: String, available: Bool, why: String)] = [
                ("P1", "2026-03-03", false, "a Tuesday on leave"), ("P1", "2026-03-05", false, "a Thursday, not a working day"),
                ("P1", "2026-03-09", true, "a Monday"), ("P1", "2024-04-29", false, "before starting"), ("M1", "2026-03-07", false, "a Saturday"),
                ("NOBODY", "2026-03-09", false, "not in the register")
            ]
            for (staff, day, available, why) in expected {
                let found = try await register.isAvailable(staff, on: Self.day(day))
                #expect(found == available, "\(staff) on \(why)")
            }
            let overlapping = try await register.leave(overlapping: Self.day("2026-03-04")...Self.day("2026-03-10"))
            #expect(overlapping == Self.content.leave)
            let after = try await register.leave(overlapping: Self.day("2026-03-05")...Self.day("2026-03-10"))
            #expect(after.isEmpty)
            let managers = try await register.leave(overlapping: Self.day("2026-03-01")...Self.day("2026-03-31"), staffID: "M1")
            #expect(managers.isEmpty)
        }
    }

    @Test("a practitioner's context counts supervision and training in the windows up to the date")
    func context() async throws {
        try await withRegister { register in
            let context = try await register.context(of: "P1", at: Self.day("2026-03-09"))
            #expect(context.lastSupervision == Self.day("2026-02-20"))
            #expect(context.groupReflectiveLastQuarter == 1)
            #expect(context.trainingLastYear == 2)
            let none = try await register.context(of: "M1", at: Self.day("2026-03-09"))
            #expect(none.lastSupervision == nil && none.groupReflectiveLastQuarter == 0 && none.trainingLastYear == 0)
        }
    }

    @Test("staff read back by id and by team as stored")
    func staffRead() async throws {
        try await withRegister { register in
            let practitioner = try await register.staff(id: "P1")
            #expect(practitioner == Self.content.staff[1])
            let teamA = try await register.staff(team: "Team A")
            #expect(teamA == Self.content.staff)
            let teamB = try await register.staff(team: "Team B")
            #expect(teamB.isEmpty)
        }
    }
}
