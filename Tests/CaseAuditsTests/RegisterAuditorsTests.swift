import Testing
import WorkforceRegister

@testable import CaseAudits
@testable import Workforce

@Suite("Rounds: auditors from the workforce register", .serialized)
struct RegisterAuditorsTests {
    /// A round of every fixture child whose auditors come from the register.
    func registerRound(_ fixture: AuditFixture) async throws -> RoundStore.Round {
        try await RoundStore(pool: fixture.pool).create(
            .init(
                name: "From the register", tool: try AuditTool.parse(AuditToolExample.text, file: "tool.yaml"), children: .file(try fixture.childrenFile()),
                auditors: RegisterAuditors(register: WorkforceRegister(pool: fixture.pool)), snapshotID: nil, moderationShare: 0.2, seed: "97531",
                actor: "coordinator"))
    }

    @Test("practice supervisors and advanced practitioners audit, service managers moderate, and nobody gets a child of their own team")
    func rolesFromRegister() async throws {
        try await AuditFixture.with { fixture in
            _ = try await RegisterImporter.run(path: fixture.folder, actor: "tester", pool: fixture.pool)
            let staff = Dictionary(uniqueKeysWithValues: try await WorkforceRegister(pool: fixture.pool).allStaff().map { ($0.id, $0) })
            let round = try await registerRound(fixture)
            let cases = try await fixture.cases(round.id)
            #expect(cases.count == fixture.children.count)
            #expect(cases.contains { $0.moderator != nil })
            for item in cases {
                let auditor = try #require(staff[item.auditor])
                #expect([.practiceSupervisor, .advancedPractitioner].contains(auditor.role))
                #expect(auditor.team != item.team && auditor.email != nil)
                if let id = item.moderator {
                    let moderator = try #require(staff[id])
                    #expect(moderator.role == .serviceManager && moderator.team != item.team)
                }
            }
        }
    }

    @Test("without a register, the round is refused with what to do, and nothing is made")
    func noRegister() async throws {
        try await AuditFixture.with { fixture in
            await #expect(
                throws: CaseAuditError("there is no workforce register yet: run 'ilacs-admin workforce import DIR' first, or give --auditors FILE")
            ) {
                _ = try await registerRound(fixture)
            }
            let rounds = try await fixture.count("case_audit_rounds")
            #expect(rounds == 0)
        }
    }
}
