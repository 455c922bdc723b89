import Crypto
import Foundation
import Postgres
import Testing

@testable import EvidenceSampling

@Suite("Manifest, draw, verify and extend against PostgreSQL", .serialized)
struct ManifestAndDrawTests {
    @Test("a frozen manifest's SHA-256 is the hash of its exported text, and every case has a stratum")
    func manifestHash() async throws {
        try await SamplingFixture.with { fixture in
            let (record, manifest) = try await fixture.freeze()
            let digest = SHA256.hash(data: Array(manifest.canonicalText.utf8)).map { String(format: "%02x", $0) }.joined()
            #expect(record.sha256 == digest)
            #expect(record.cases == manifest.cases.count && record.cases > 100)
            #expect(Set(manifest.cases.map(\.stratum)) == ["child protection", "children in care", "children in need"])
            #expect(manifest.cases.allSatisfy { $0.key.hasPrefix("L\($0.list.number):\($0.childID)") })
            #expect(manifest.cases.filter { $0.list == .childrenInNeed }.allSatisfy { $0.key.split(separator: ":").count == 3 })
            let (_, reloaded) = try await ManifestStore(pool: fixture.pool).load(record.id)
            #expect(reloaded.sha256 == record.sha256)
            #expect(try await fixture.auditActions().contains("manifest.freeze"))
        }
    }

    @Test("a draw meets the sizes, the caps and the quotas, and verifies")
    func drawAndVerify() async throws {
        try await SamplingFixture.with { fixture in
            let sample = try await fixture.drawn()
            let (_, manifest) = try await ManifestStore(pool: fixture.pool).load(sample.manifestID)
            #expect(sample.picks.count == 12)
            let cases = Dictionary(uniqueKeysWithValues: manifest.cases.map { ($0.key, $0) })
            let picked = sample.picks.map { cases[$0.key]! }
            #expect(Dictionary(grouping: picked, by: \.worker).values.allSatisfy { $0.count <= 2 })
            #expect(picked.contains { $0.themes.contains("disability") })
            #expect(picked.contains { $0.themes.contains("uasc") })
            #expect(picked.contains { $0.themes.contains("local:children-not-in-school") })
            for (stratum, size) in manifest.rules.sizes {
                #expect(picked.filter { $0.stratum == stratum }.count == size)
            }
            let outcome = try await SampleVerifier(pool: fixture.pool).verify(sampleID: sample.id)
            #expect(outcome.differences.isEmpty)
            #expect(try await fixture.auditActions().contains("sample.draw"))
        }
    }

    @Test("extending keeps every earlier pick and continues the ticket order; verify redoes it")
    func extend() async throws {
        try await SamplingFixture.with { fixture in
            let sample = try await fixture.drawn()
            let store = SampleStore(pool: fixture.pool)
            let extended = try await store.extend(sampleID: sample.id, more: 3, stratum: "children in care", actor: "inspector")
            #expect(Array(extended.picks.prefix(sample.picks.count)) == sample.picks)
            let added = extended.picks.dropFirst(sample.picks.count)
            #expect(added.count == 3 && added.allSatisfy { $0.stratum == "children in care" && $0.rule == "extension 1" })
            let inCare = extended.picks.filter { $0.stratum == "children in care" }
            #expect(added.map(\.ticket) == added.map(\.ticket).sorted())
            #expect(added.first!.rank > inCare.filter { $0.extensionNumber == 0 && $0.rule == "stratum size" }.map(\.rank).max()!)
            let again = try await store.extend(sampleID: sample.id, more: 2, stratum: nil, actor: "inspector")
            #expect(again.picks.count == 17)
            #expect(try await SampleVerifier(pool: fixture.pool).verify(sampleID: sample.id).differences.isEmpty)
            await #expect(throws: SelectionError.self) {
                try await store.extend(sampleID: sample.id, more: 1, stratum: "no such stratum", actor: "inspector")
            }
        }
    }

    @Test("a changed pick or a changed snapshot row makes verify fail with a difference list")
    func verifyFindsTampering() async throws {
        try await SamplingFixture.with { fixture in
            let sample = try await fixture.drawn()
            try await fixture.pool.query("UPDATE sampling_picks SET rank = rank + 1 WHERE sample_id = $1 AND position = 3", [sample.id])
            let outcome = try await SampleVerifier(pool: fixture.pool).verify(sampleID: sample.id)
            #expect(outcome.differences.count == 1)
            #expect(outcome.differences.first?.hasPrefix("pick 3: recorded List ") == true)
            try await fixture.pool.query(
                "UPDATE annex_a_list_8 SET allocated_team = 'Another team' WHERE snapshot_id = $1 AND row_number = (SELECT min(row_number) FROM annex_a_list_8 WHERE date_ceased_looked_after IS NULL)",
                [fixture.snapshotID])
            let tampered = try await SampleVerifier(pool: fixture.pool).verify(sampleID: sample.id)
            #expect(tampered.differences.contains { $0.hasPrefix("manifest: case List 8 row") && $0.hasSuffix("is recorded but not recomputed") })
            #expect(tampered.differences.contains { $0.hasPrefix("the recomputed manifest hashes to") })
            #expect(!tampered.differences.joined().contains("891-"))
        }
    }

    @Test("a manifest is drawn once; short seeds and missing manifests are refused before anything is drawn")
    func refusals() async throws {
        try await SamplingFixture.with { fixture in
            let (record, _) = try await fixture.freeze()
            let store = SampleStore(pool: fixture.pool)
            await #expect { try await store.draw(manifestID: record.id, seed: "12345", allowShortSeed: false, actor: "i") } throws: { error in
                "\(error)".hasPrefix("the seed has 5 characters; use at least 20")
            }
            await #expect { try await store.draw(manifestID: 999, seed: String(repeating: "6", count: 20), allowShortSeed: false, actor: "i") } throws: {
                error in
                "\(error)".hasPrefix("manifest 999 does not exist")
            }
            let short = try await store.draw(manifestID: record.id, seed: "4242", allowShortSeed: true, actor: "i")
            #expect(short.seed == "4242")
            await #expect { try await store.draw(manifestID: record.id, seed: String(repeating: "1", count: 20), allowShortSeed: false, actor: "i") } throws: {
                error in
                "\(error)".hasPrefix("manifest \(record.id) was drawn already, as sample \(short.id)")
            }
            #expect(try await fixture.pool.query("SELECT count(*) FROM sampling_samples")[0].decode(Int.self, at: 0) == 1)
        }
    }

    @Test(
        "plans that cannot be met are refused when the manifest is frozen, naming the rule",
        arguments: [
            (
                "  total: 12\n  minimum per stratum: 2\n", "quotas:\n  - theme: placements 3+\n    minimum: 500\n",
                "quota 'placements 3+' asks for 500 cases but only"
            ),
            (
                "  sizes:\n    children in care: 50\n", "caps:\n  per worker: 1\n",
                "stratum 'children in care' asks for 50 cases but the cap of 1 per worker allows at most"
            ),
            ("  total: 5000\n", "", "sample: a total of 5000 is more than the")
        ])
    func infeasible(sample: String, rules: String, message: String) async throws {
        try await SamplingFixture.with { fixture in
            let plan = "population:\n  - cohort: children in care\n    list: 8\n  - cohort: child protection\n    list: 7\nsample:\n\(sample)\(rules)"
            await #expect { try await fixture.freeze(plan) } throws: { error in "\(error)".hasPrefix(message) }
            let manifests = try await fixture.pool.query("SELECT count(*) FROM sampling_manifests")[0].decode(Int.self, at: 0)
            #expect(manifests == 0)
        }
    }

    @Test("an empty population, an unknown local list and an unmatched exclusion are refused")
    func otherRefusals() async throws {
        try await SamplingFixture.with { fixture in
            let empty = "population:\n  - cohort: x\n    list: 8\n    where:\n      placements_in_last_12_months: 99\nsample:\n  total: 1\n"
            await #expect { try await fixture.freeze(empty) } throws: { error in
                "\(error)" == "the population is empty: no row of the snapshot matches the plan"
            }
            let local = "population:\n  - cohort: x\n    list: 8\nsample:\n  total: 1\nquotas:\n  - local list: nope\n    minimum: 1\n"
            await #expect { try await fixture.freeze(local) } throws: { error in
                "\(error)".hasPrefix("plan.yaml line 7: local list 'nope' has not been imported")
            }
            let exclusion = "population:\n  - cohort: x\n    list: 8\nsample:\n  total: 1\nexclusions:\n  - child: nobody\n    reason: restricted\n"
            await #expect { try await fixture.freeze(exclusion) } throws: { error in
                "\(error)".hasPrefix("plan.yaml line 7: the excluded child is not in the population")
            }
        }
    }
}
