import Foundation
import Hashing
import PluginKit
import Postgres
import Tabular
import Testing
import Workbook

@testable import EvidenceSampling

@Suite("Why, balance and export", .serialized)
struct ExplainAndExportTests {
    @Test("why: picked, excluded with its reason, ranked too low, outside the population")
    func why() async throws {
        try await SamplingFixture.with { fixture in
            let firstInCare = try await fixture.pool.query(
                "SELECT child_id FROM annex_a_list_8 WHERE date_ceased_looked_after IS NULL ORDER BY row_number LIMIT 1")[0].decode(String.self, "child_id")
            let plan = SamplingFixture.plan + "\nexclusions:\n  - child: \(firstInCare)\n    reason: restricted record\n"
            let (record, manifest) = try await fixture.freeze(plan)
            let sample = try await SampleStore(pool: fixture.pool).draw(
                manifestID: record.id, seed: "31415926535897932384626433", allowShortSeed: false, actor: "i")
            let childKey = try AuditChildKey(String(repeating: "a", count: 32))
            let explainer = SampleExplainer(pool: fixture.pool, childKey: childKey)
            let picked = manifest.cases.first { $0.key == sample.picks[0].key }!
            let pickedLines = try await explainer.explain(sampleID: sample.id, childID: picked.childID, actor: "i")
            #expect(pickedLines.contains { $0.contains("picked: position 1, rank \(sample.picks[0].rank) of") })
            #expect(
                try await explainer.explain(sampleID: sample.id, childID: firstInCare, actor: "i").contains {
                    $0.hasSuffix("excluded by the plan: restricted record")
                })
            let unpicked = manifest.cases.filter { item in item.stratum == "child protection" && !sample.picks.contains { $0.key == item.key } }
            let lines = try await explainer.explain(sampleID: sample.id, childID: unpicked.last!.childID, actor: "i")
            #expect(lines.contains { $0.contains("not picked:") && $0.contains("in stratum 'child protection'") })
            #expect(
                try await explainer.explain(sampleID: sample.id, childID: "nobody", actor: "i") == [
                    "outside the population: the child is on none of Lists 3 to 9 of snapshot \(fixture.snapshotID)"
                ])
            // The child is named by a keyed HMAC (64 hex digits), never by the id or its plain SHA-256.
            let audit = try await fixture.pool.query(
                "SELECT details->>'child_hmac' AS h, details::text AS d FROM audit_events WHERE action = 'sample.why' ORDER BY id")
            #expect(audit.count == 4)
            #expect(try audit.allSatisfy { try $0.decode(String.self, "h").count == 64 })
            #expect(try audit[0].decode(String.self, "h") == AuditLog.childReference(picked.childID, key: childKey))
            #expect(try audit[0].decode(String.self, "h") != HexDigest.sha256(picked.childID))
            #expect(try audit.allSatisfy { try !$0.decode(String.self, "d").contains(picked.childID) && !$0.decode(String.self, "d").contains("child_sha256") })
        }
    }

    @Test("the balance table counts every case of the population and every pick, per characteristic")
    func balance() async throws {
        try await SamplingFixture.with { fixture in
            let sample = try await fixture.drawn()
            let (_, manifest) = try await ManifestStore(pool: fixture.pool).load(sample.manifestID)
            let table = BalanceTable(manifest: manifest, picks: sample.picks)
            for dimension in BalanceTable.dimensions.map(\.name) {
                let rows = table.rows.filter { $0.dimension == dimension }
                #expect(rows.map(\.population).reduce(0, +) == manifest.cases.count)
                #expect(rows.map(\.sample).reduce(0, +) == sample.picks.count)
            }
            #expect(table.text().contains("placement type group"))
        }
    }

    @Test("the balance text shows the largest groups and one line for the rest; --all shows every group")
    func balanceText() async throws {
        try await SamplingFixture.with { fixture in
            let sample = try await fixture.drawn()
            let (_, manifest) = try await ManifestStore(pool: fixture.pool).load(sample.manifestID)
            let table = BalanceTable(manifest: manifest, picks: sample.picks)
            let workers = table.rows.filter { $0.dimension == "worker" }
            try #require(workers.count > BalanceTable.shownGroups)
            let short = table.text().split(separator: "\n").map(String.init)
            let rest = try #require(short.first { $0.contains("\(workers.count - BalanceTable.shownGroups) other groups") })
            let restPopulation = workers.dropFirst(BalanceTable.shownGroups).map(\.population).reduce(0, +)
            #expect(rest.contains(" \(restPopulation) ("))
            let full = table.text(largest: nil)
            #expect(workers.allSatisfy { full.contains($0.group) })
            #expect(!full.contains("other groups"))
        }
    }

    @Test("exports: CSV and XLSX rows match the picks; JSON holds seed, hash and full tickets; pseudonyms hide the ids")
    func exports() async throws {
        try await SamplingFixture.with { fixture in
            let sample = try await fixture.drawn()
            let (record, manifest) = try await ManifestStore(pool: fixture.pool).load(sample.manifestID)
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("export-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(atPath: folder) }
            let plain = SampleExporter.document(sample: sample, record: record, manifest: manifest, pseudonymiser: nil)
            try SampleExporter.write(plain, format: .csv, to: "\(folder)/s.csv")
            let reader = try CSVReader(path: "\(folder)/s.csv")
            var rows: [[String]] = []
            while let row = try reader.nextRecord() { rows.append(row) }
            #expect(rows.count == sample.picks.count + 1)
            #expect(rows[1][1] == sample.picks[0].key && rows[1][6] == sample.picks[0].ticket)
            try SampleExporter.write(plain, format: .xlsx, to: "\(folder)/s.xlsx")
            let sheet = try XLSXReader(path: "\(folder)/s.xlsx").sheetNames
            #expect(sheet == ["Sample \(sample.id)"])
            let pseudonymiser = try Pseudonymiser(key: String(repeating: "k", count: 32))
            let hidden = SampleExporter.document(sample: sample, record: record, manifest: manifest, pseudonymiser: pseudonymiser)
            try SampleExporter.write(hidden, format: .json, to: "\(folder)/s.json")
            let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: "\(folder)/s.json"))) as! [String: Any]
            #expect(json["seed"] as? String == sample.seed)
            #expect(json["manifest_sha256"] as? String == record.sha256)
            let picks = json["picks"] as! [[String: Any]]
            #expect(picks.first?["ticket"] as? String == sample.picks[0].ticket)
            #expect((picks.first?["ticket"] as? String)?.count ?? 0 >= 66)
            let text = try String(contentsOfFile: "\(folder)/s.json", encoding: .utf8)
            #expect(manifest.cases.allSatisfy { !text.contains($0.childID) })
            #expect(hidden.picks[0].child == pseudonymiser.pseudonym(plain.picks[0].child))
            #expect(throws: SamplingError.self) { try Pseudonymiser(key: "short") }
        }
    }
}
