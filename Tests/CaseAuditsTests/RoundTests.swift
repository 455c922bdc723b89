import Foundation
import Testing

@testable import CaseAudits

@Suite("Rounds: assignment and the moderation draw", .serialized)
struct RoundTests {
    @Test("every child gets an auditor outside its team, the load is spread, and the share is drawn for moderation")
    func assignment() async throws {
        try await AuditFixture.with { fixture in
            let round = try await fixture.round()
            #expect(round.cases == fixture.children.count)
            #expect(round.moderated == ModerationDraw.size(of: fixture.children.count, share: 0.2))
            let teams = ["A1": fixture.teams[0], "A2": fixture.teams[1], "Q1": "Quality Assurance", "Q2": "Quality Assurance", "M1": "Principal Social Worker"]
            let cases = try await fixture.cases(round.id)
            for item in cases {
                #expect(teams[item.auditor] != item.team)
                #expect(item.auditor != "TM1" && item.auditor != "M1")
                if let moderator = item.moderator {
                    #expect(teams[moderator] != item.team && moderator != item.auditor)
                }
            }
            // The two QA auditors can take any case: their loads are within one of each other.
            let loads = Dictionary(grouping: cases, by: \.auditor).mapValues(\.count)
            #expect(abs(loads["Q1", default: 0] - loads["Q2", default: 0]) <= 1)
            // The tool is frozen once, under its hash.
            #expect(try await fixture.count("case_audit_tools") == 1)
            #expect(try await fixture.pool.query("SELECT action FROM audit_events WHERE action = 'audits.round_create'").count == 1)
        }
    }

    @Test("the same seed draws the same audits for moderation; another seed draws others")
    func reproducibleDraw() {
        let ids = (1...200).map { "891-\($0)" }
        let first = ModerationDraw.draw(ids, share: 0.2, seed: "2468")
        #expect(first.count == 40)
        #expect(ModerationDraw.draw(ids.reversed(), share: 0.2, seed: "2468") == first)
        #expect(ModerationDraw.draw(ids, share: 0.2, seed: "2469") != first)
        #expect(ModerationDraw.size(of: 3, share: 0.2) == 1)
        #expect(ModerationDraw.size(of: 3, share: 0) == 0)
    }

    @Test("a child not in the snapshot is refused naming the file, row and column, and nothing is made")
    func unknownChild() async throws {
        try await AuditFixture.with { fixture in
            let children = try fixture.file("children.csv", "Child Unique ID\n\(fixture.children[0].id)\nNOT-A-CHILD\n")
            await #expect(
                throws: CaseAuditError.cell(
                    file: "children.csv", row: 3, column: "Child Unique ID", "the child is on none of Lists 3 to 9 of snapshot 1 with an allocated team")
            ) {
                _ = try await RoundStore(pool: fixture.pool).create(
                    .init(
                        name: "R", tool: try AuditTool.parse(AuditToolExample.text, file: "t.yaml"), children: .file(children),
                        auditors: AuditorFile(path: try fixture.auditorsFile()), snapshotID: nil, moderationShare: 0.2, seed: "1", actor: "c"))
            }
            #expect(try await fixture.count("case_audit_rounds") == 0)
            #expect(try await fixture.count("case_audit_tools") == 0)
        }
    }

    @Test("a child whose only auditor is on its own team is refused, naming the row")
    func ownTeamOnly() async throws {
        try await AuditFixture.with { fixture in
            let child = fixture.children.first { $0.team == fixture.teams[0] }!
            let children = try fixture.file("one.csv", "Child Unique ID\n\(child.id)\n")
            let auditors = try fixture.file("same-team.csv", "id,name,email,team,role\nA1,A One,a1@example.org,\(child.team),auditor\n")
            await #expect(
                throws: CaseAuditError.cell(
                    file: "one.csv", row: 2, column: "Child Unique ID", "every auditor is on the child's own team; add an auditor from another team")
            ) {
                _ = try await RoundStore(pool: fixture.pool).create(
                    .init(
                        name: "R", tool: try AuditTool.parse(AuditToolExample.text, file: "t.yaml"), children: .file(children),
                        auditors: AuditorFile(path: auditors), snapshotID: nil, moderationShare: 0, seed: "1", actor: "c"))
            }
            #expect(try await fixture.count("case_audit_rounds") == 0)
        }
    }

    @Test("an auditors file with an unknown role is refused naming the row and column")
    func badAuditorRole() async throws {
        let path = TemporaryFile.write("id,name,email,team,role\nA1,A,a@example.org,T,auditor\nA2,B,b@example.org,T,boss\n")
        await #expect(
            throws: CaseAuditError.cell(file: (path as NSString).lastPathComponent, row: 3, column: "role", "must be one of auditor, moderator, both, manager")
        ) {
            _ = try await AuditorFile(path: path).auditors()
        }
    }
}
