import Domain
import Foundation
import PluginKit
import Postgres
import Testing

@testable import EvidenceSampling

@Suite("Live lists leave out a rehearsal's manifests, samples and people")
struct RehearsalListsTests {
    @Test("manifests list, samples and inspectors list show a rehearsal's rows only with --rehearsal, and then only those")
    func listsHideRehearsals() async throws {
        try await SamplingFixture.with { fixture in
            var inspections: [Bool: Int] = [:]
            for rehearsal in [false, true] {
                inspections[rehearsal] = try await fixture.pool.query(
                    "INSERT INTO inspections (type, started_on, created_by, rehearsal) VALUES ('short', '2026-12-07', 'tester', $1) RETURNING id", [rehearsal]
                )[0].decode(Int.self, "id")
            }
            var manifests: [Bool: Int] = [:]
            var samples: [Bool: Int] = [:]
            var people: [Bool: Int] = [:]
            for (rehearsal, inspection) in inspections {
                let (record, _) = try await ManifestStore(pool: fixture.pool).freeze(
                    plan: try SamplingPlan.parse(SamplingFixture.plan, file: "plan.yaml"), file: "plan.yaml",
                    snapshotID: fixture.snapshotID, inspectionID: inspection, actor: "coordinator")
                manifests[rehearsal] = record.id
                samples[rehearsal] = try await SampleStore(pool: fixture.pool).draw(
                    manifestID: record.id, seed: "31415926535897932384626433", allowShortSeed: false, actor: "inspector"
                ).id
                people[rehearsal] = try await PersonAccess(pool: fixture.pool).add(
                    name: "Inspector", email: "i\(inspection)@ofsted.example", role: .inspector, inspectionID: inspection,
                    from: .today, until: CalendarDate.today.adding(days: 7), today: .today, actor: "coordinator"
                ).0
            }
            // A manifest for no inspection is live.
            let (unattached, _) = try await fixture.freeze()

            let store = ManifestStore(pool: fixture.pool)
            #expect(try await store.all().map(\.id) == [unattached.id, manifests[false]!])
            #expect(try await store.all(rehearsal: true).map(\.id) == [manifests[true]!])
            #expect(try await SampleStore(pool: fixture.pool).all().map { $0.id } == [samples[false]!])
            #expect(try await SampleStore(pool: fixture.pool).all(rehearsal: true).map { $0.id } == [samples[true]!])
            #expect(try await PersonAccess(pool: fixture.pool).all().map(\.id) == [people[false]!])
            #expect(try await PersonAccess(pool: fixture.pool).all(rehearsal: true).map(\.id) == [people[true]!])
        }
    }
}
