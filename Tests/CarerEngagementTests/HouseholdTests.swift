import Foundation
import Testing

@testable import CarerEngagement

@Suite("Households register and suppression list")
struct HouseholdTests {
    static let header = "Household ID,Carer Names,Email,Phone,Approval Status,Type,Support Group,Consent to Email\n"

    @Test("the generated households import; a bad file names rows and columns and imports nothing")
    func importIsValidatedAndAtomic() async throws {
        try await CarerFixture.with { fixture in
            let before = try await HouseholdStore(pool: fixture.pool).list().count
            #expect(before > 20)
            let bad = try fixture.file(
                "bad.csv",
                Self.header + """
                    H1,Ann Carer,ann@example.org,,approved,mainstream,,yes
                    H2,Bob Carer,not-an-email,,approved,mainstream,,yes
                    H1,Cat Carer,cat@example.org,,approved,kinship,,no
                    H3,Dan Carer,dan@example.org,,pending,mainstream,,yes
                    """)
            let error = try #require(throws: HouseholdImporter.Rejected.self) { try HouseholdImporter.read(path: bad) }
            #expect(
                error.problems.map(\.description) == [
                    "bad.csv, row 3, column \"Email\": is not an email address",
                    "bad.csv, row 4, column \"Household ID\": the same household id is already on row 2",
                    "bad.csv, row 5, column \"Approval Status\": is not a known approval status; use approved, suspended, under review or deregistered"
                ])
            #expect(!error.description.contains("not-an-email") && !error.description.contains("Bob"))
            #expect(try await HouseholdStore(pool: fixture.pool).list().count == before)
        }
    }

    @Test("suppress with a reason withdraws queued messages; manual needs a note; unsuppress is audit-logged")
    func suppression() async throws {
        try await CarerFixture.with { fixture in
            let store = HouseholdStore(pool: fixture.pool)
            let id = try #require(try await store.list().first { $0.approvalStatus == "approved" && $0.consentToEmail }?.id)
            await #expect(throws: CarerError.self) { try await store.suppress(id, reason: .manual, note: nil, actor: "c") }
            try await store.suppress(id, reason: .manual, note: "asked by phone", actor: "c")
            #expect(try await store.show(id).suppression == .manual)
            #expect(try await store.list(suppressedOnly: true).map(\.id) == [id])
            #expect(try await store.unsuppress(id, note: "asked again", actor: "c"))
            #expect(try await store.show(id).suppression == nil)
            let actions = try await fixture.auditActions()
            #expect(actions.contains("carers.suppress") && actions.contains("carers.unsuppress"))
        }
    }
}
