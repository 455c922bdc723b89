import Domain
import Foundation
import PluginKit
import Testing

@testable import CaseAudits

@Suite("Recording audits, moderation and escalation", .serialized)
struct RecordingTests {
    @Test("imported audits and moderations are recorded; the agreed grade replaces the auditor's and every grade is kept")
    func importAndModerate() async throws {
        try await AuditFixture.with { fixture in
            let round = try await fixture.round()
            let cases = try await fixture.cases(round.id)
            let moderated = try #require(cases.first { $0.moderator != nil })
            var text = AuditFixture.importHeader
            for item in cases {
                let overall = item.child == moderated.child ? "good" : "requires improvement"
                text += AuditFixture.auditRows(child: item.child, role: "auditor", reviewer: item.auditor, grade: "good", overall: overall)
            }
            text += AuditFixture.auditRows(child: moderated.child, role: "moderator", reviewer: moderated.moderator!, grade: "good", overall: "inadequate")
            text += "\(moderated.child),agreed,\(moderated.moderator!),overall,inadequate,missed risk at home\n"
            let recording = AuditRecording(pool: fixture.pool, childKey: AuditFixture.childKey)
            let outcome = try await recording.importFile(
                try fixture.file("completed.csv", text), round: round.id, actor: "coordinator", today: AuditFixture.asOf)
            #expect(outcome == .init(audits: cases.count, moderations: 1, agreed: 1, actionsOpened: 1))
            let history = try await fixture.pool.query(
                "SELECT kind, grade, given_by FROM case_audit_grades WHERE round_id = $1 AND child_id = $2 ORDER BY id", [round.id, moderated.child]
            ).map { "\(try $0.decode(String.self, "kind")) \(try $0.decode(Int.self, "grade")) \(try $0.decode(String.self, "given_by"))" }
            #expect(history == ["auditor 1 \(moderated.auditor)", "moderator 3 \(moderated.moderator!)", "agreed 3 \(moderated.moderator!)"])
            // The inadequate case opened one action, due five working days on, for its team's manager when listed.
            let actions = try await ActionStore(pool: fixture.pool).list(overdueOnly: false, today: AuditFixture.asOf)
            #expect(actions.count == 1)
            #expect(actions[0].team == moderated.team)
            #expect(actions[0].dueOn == CalendarDate(year: 2026, month: 11, day: 27)!)
            #expect(actions[0].managerID == (moderated.team == fixture.teams[0] ? "TM1" : nil))
            #expect(try await ActionStore(pool: fixture.pool).list(overdueOnly: true, today: AuditFixture.asOf).isEmpty)
            #expect(try await ActionStore(pool: fixture.pool).list(overdueOnly: true, today: CalendarDate(year: 2026, month: 12, day: 1)!).count == 1)
            // The audit log names the child by its keyed HMAC, never its id.
            let details = try await fixture.pool.query("SELECT details::text AS d FROM audit_events WHERE action LIKE 'audits.%'").map {
                try $0.decode(String?.self, "d") ?? ""
            }
            #expect(!details.contains { $0.contains(moderated.child) })
            #expect(details.contains { $0.contains(AuditLog.childReference(moderated.child, key: AuditFixture.childKey)) })
            // A finished audit is final: importing it again is refused.
            let again = try fixture.file(
                "again.csv",
                AuditFixture.importHeader
                    + AuditFixture.auditRows(child: moderated.child, role: "auditor", reviewer: moderated.auditor, grade: "good", overall: "good"))
            await #expect(
                throws: CaseAuditError.cell(
                    file: "again.csv", row: 2, column: "Role", "the auditor's audit of this child was submitted before; a finished audit is final")
            ) {
                _ = try await recording.importFile(again, round: round.id, actor: "c")
            }
            let agreement = try await fixture.pool.withConnection { connection in
                try await AgreementReader.agreement(round: round.id, tool: try await AuditToolStore.tool(ofRound: round.id, on: connection), on: connection)
            }
            #expect(agreement.pairs == 1 && agreement.exact == 0 && agreement.withinOne == 0)
        }
    }

    @Test("bad rows are refused in one line naming the file, row and column, and nothing is half-imported")
    func refused() async throws {
        try await AuditFixture.with { fixture in
            let round = try await fixture.round()
            let cases = try await fixture.cases(round.id)
            let first = cases[0]
            let good = AuditFixture.auditRows(child: first.child, role: "auditor", reviewer: first.auditor, grade: "good", overall: "good")
            let ownTeam = ["A1", "A2"].first { id in (id == "A1" ? fixture.teams[0] : fixture.teams[1]) == first.team }
            var bad: [(String, CaseAuditError)] = [
                (
                    good.replacingOccurrences(of: ",overall,good", with: ",overall,excellent"),
                    .cell(file: "c.csv", row: 11, column: "Grade", "is not on the tool's scale; use one of outstanding, good, requires improvement, inadequate")
                ),
                (
                    good.replacingOccurrences(of: first.child + ",", with: "NOBODY,"),
                    .cell(file: "c.csv", row: 2, column: "Child Unique ID", "the child is not in round \(round.id)")
                ),
                (
                    good.components(separatedBy: "\n").dropLast(2).joined(separator: "\n") + "\n",
                    .cell(file: "c.csv", row: 2, column: "Question", "the auditor's audit of this child lacks overall; an audit is imported whole")
                ),
                (
                    good.replacingOccurrences(of: ",good,\n", with: ",inadequate,\n"),
                    .cell(file: "c.csv", row: 2, column: "Comment", "is blank; a grade of inadequate needs a comment")
                )
            ]
            if let ownTeam {
                bad.append(
                    (
                        good.replacingOccurrences(of: ",auditor,\(first.auditor),", with: ",auditor,\(ownTeam),"),
                        .cell(file: "c.csv", row: 2, column: "Reviewer", "is on the child's own team; nobody audits their own team's cases")
                    ))
            }
            let recording = AuditRecording(pool: fixture.pool, childKey: AuditFixture.childKey)
            for (body, error) in bad {
                // A valid audit of another case first: it must not be kept either.
                let other = AuditFixture.auditRows(child: cases[1].child, role: "auditor", reviewer: cases[1].auditor, grade: "good", overall: "good")
                let path = try fixture.file("c.csv", AuditFixture.importHeader + body + other)
                await #expect(throws: error) { _ = try await recording.importFile(path, round: round.id, actor: "c") }
            }
            #expect(try await fixture.count("case_audit_submissions") == 0)
            #expect(try await fixture.count("case_audit_grades") == 0)
        }
    }
}
