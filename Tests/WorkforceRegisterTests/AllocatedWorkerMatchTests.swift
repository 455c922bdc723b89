import Foundation
import Testing
import WorkforceRegister

@testable import Workforce

@Suite("Allocated workers matched to the register")
struct AllocatedWorkerMatchTests {
    @Test("the generated lists' allocated workers match the register but for one renamed and one shared name, named only on request")
    func generatedFindings() async throws {
        try await RegisterFixture.with { fixture in
            let snapshot = try await fixture.importSnapshot()
            let version = try await fixture.importRegister().version
            let outcome = try await fixture.pool.transaction { connection in
                try await AllocatedWorkerMatcher.match(snapshotID: snapshot, registerImportID: version.id, on: connection)
            }
            #expect(outcome.findings.map(\.candidates).sorted() == [0, 2])
            #expect(outcome.matched == outcome.names - 2 && outcome.names > 10)
            for (index, finding) in outcome.findings.enumerated() {
                #expect(finding.rows > 0 && finding.occurrences.allSatisfy { $0.column == "Allocated Worker" && $0.firstRow >= 2 })
                let hidden = WorkforceMatchCommand.line(number: index + 1, finding, showName: false)
                #expect(hidden.hasPrefix("Finding \(index + 1): matches ") && !hidden.contains(finding.name))
                #expect(WorkforceMatchCommand.line(number: index + 1, finding, showName: true).contains("\"\(finding.name)\""))
            }
            #expect(try await fixture.count("workforce_allocated_workers WHERE staff_id IS NULL") == 2)
            // Every matched allocated worker is a member of staff of the team the list allocates to.
            let elsewhere = try await fixture.count(
                """
                annex_a_list_6 l JOIN workforce_allocated_workers a ON a.snapshot_id = l.snapshot_id AND a.name_key = lower(l.allocated_worker)
                JOIN workforce_staff s ON s.id = a.staff_id WHERE s.team <> l.allocated_team
                """)
            #expect(elsewhere == 0)

            // Read back through the module: a matched name, written loosely, gives its staff id.
            let row = try await fixture.pool.query(
                "SELECT s.id, s.name FROM workforce_allocated_workers a JOIN workforce_staff s ON s.id = a.staff_id ORDER BY s.id LIMIT 1")[0]
            let (id, name) = (try row.decode(String.self, "id"), try row.decode(String.self, "name"))
            let register = WorkforceRegister(pool: fixture.pool)
            #expect(
                try await register.staffID(ofAllocatedWorker: "  " + name.uppercased().replacingOccurrences(of: " ", with: "   ") + " ", snapshot: snapshot)
                    == id)
            #expect(try await register.staffID(ofAllocatedWorker: outcome.findings[0].name, snapshot: snapshot) == nil)
            #expect(try await register.caseloads(allocatedWorkerNames: [name, name.lowercased(), outcome.findings[0].name]) == [id: 2])

            // A new register version makes the stored match stale until `workforce match` runs again.
            let changed = try fixture.folder(editing: "training.csv") { $0.removeLast() }
            defer { try? FileManager.default.removeItem(atPath: changed) }
            try await fixture.importRegister(changed)
            #expect(try await register.staffID(ofAllocatedWorker: name, snapshot: snapshot) == nil)
        }
    }
}
