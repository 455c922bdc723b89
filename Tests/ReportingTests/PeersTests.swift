import CommandLineSupport
import Foundation
import PluginKit
import Postgres
import PublishedStatistics
import TestSupport
import Testing

@testable import AnnexA
@testable import Reporting

/// Peers on the real files: the DfE's statistical-neighbour model and the national record, as
/// published, checked against `scripts/oracles/peers.py`, which reads both CSVs on its own.
@Suite("Peers: the statistical neighbours' latest inspections")
struct PeersTests {
    /// What the oracle prints for one authority: the same shape as ``Peers`` encodes.
    struct Expected: Decodable, Equatable {
        struct Line: Decodable, Equatable {
            var code: String
            var name: String
            var closeness: String?
            var recordName: String?
            var latest: Latest?
        }
        struct Latest: Decodable, Equatable {
            var type: String
            var start: String
            var end: String?
            var published: String?
            var grades: [String: String]
        }
        var own: Line
        var neighbours: [Line]
        var unmatched: [String]
    }

    static func oracle(_ code: String) throws -> Expected {
        let run = try PythonRun.run([
            NationalRecordReference.repository.appendingPathComponent("scripts/oracles/peers.py").path, NationalRecordReference.path,
            try ReferenceData.dfeFolder() + "/sn_model_2025_wide.csv", code
        ])
        guard run.status == 0 else {
            throw NationalRecordReference.TestSetupError("the peers oracle failed: \(String(decoding: run.errors, as: UTF8.self))")
        }
        return try JSONDecoder().decode(Expected.self, from: run.output)
    }

    /// The peers as the oracle's shape, through their JSON.
    static func decoded(_ peers: Peers) throws -> Expected {
        try JSONDecoder().decode(Expected.self, from: Data(try JSONOutput.encode(peers).utf8))
    }

    /// A database with the AnnexA, Reporting and PublishedStatistics plugins, the real
    /// statistical-neighbour model and national record imported, `ILACS_AUTHORITY` set to `authority`.
    static func withRecords(authority: String, _ body: (PluginTestDatabase) async throws -> Void) async throws {
        let plugins: [any Plugin] = [AnnexAPlugin(), ReportingPlugin(), PublishedStatisticsPlugin()]
        try await PluginTestDatabase.with(plugins: plugins, environment: ["ILACS_AUTHORITY": authority]) { migrated in
            try await PublishedStatisticsPlugin.importFiles(
                [try ReferenceData.dfeFolder() + "/sn_model_2025_wide.csv"], actor: "tester", pool: migrated.pool)
            _ = try await NationalRecordRun.importFile(
                path: NationalRecordReference.path, sourceName: "history.csv", authority: nil, actor: "tester", pool: migrated.pool)
            try await body(migrated)
        }
    }

    static func peers(_ migrated: PluginTestDatabase) async throws -> PeersLoader.Outcome {
        let context = migrated.context(for: ReportingPlugin.pluginName)
        let sources = try migrated.host.implementations(of: StatisticalNeighbours.point, context: context)
        return try await migrated.pool.withConnection { connection in
            try await PeersLoader.load(configuration: migrated.host.configuration, sources: sources, on: connection)
        }
    }

    @Test(
        "each authority's ten neighbours in the model's order, each latest inspection as the national CSV has it (891, the demo's; 383, 888, 201 for the name quirks)",
        arguments: ["891", "383", "888", "201"])
    func matchesTheOracle(code: String) async throws {
        let expected = try Self.oracle(code)
        try await Self.withRecords(authority: code) { migrated in
            guard case .found(let peers) = try await Self.peers(migrated) else {
                Issue.record("no peers for \(code)")
                return
            }
            #expect(try Self.decoded(peers) == expected)
            #expect(peers.neighbours.count == 10)
        }
    }

    @Test("the DfE's name quirks join; a name the record writes otherwise is reported, not guessed")
    func nameQuirks() throws {
        for (dfe, record) in [
            ("Bristol, City of", "bristol"), ("Herefordshire, County of", "herefordshire"), ("Kingston upon Hull, City of", "kingston upon hull"),
            ("County Durham", "durham"), ("Bournemouth, Christchurch and Poole", "bournemouth, christchurch & poole"), ("St. Helens", "st helens"),
            ("Windsor and Maidenhead", "windsor & maidenhead"), ("Southend-on-Sea", "southend-on-sea")
        ] {
            #expect(AuthorityName.normalised(dfe) == AuthorityName.normalised(record), "\(dfe) should match \(record)")
        }
        #expect(AuthorityName.normalised("City of London") != AuthorityName.normalised("london corporation"))
        #expect(AuthorityName.normalised("Durham County Council") == "durham")
    }

    @Test("City of London (201) is not in the national record under that name: reported, in the command's text and the report")
    func unmatchedReported() async throws {
        try await Self.withRecords(authority: "201") { migrated in
            guard case .found(let peers) = try await Self.peers(migrated) else {
                Issue.record("no peers for 201")
                return
            }
            #expect(peers.unmatched == ["City of London"])
            let text = PeersCommand.text(peers)
            #expect(text.contains("Not matched in the national record: City of London."))
            #expect(peers.rows.first == ["City of London", "(this authority)", "not in the national record"] + Array(repeating: "", count: 7))
            let fixture = ReportingFixture(database: migrated.database, pool: migrated.pool, checklistItems: [])
            let snapshot = try await fixture.snapshot(asOf: "2026-11-30")
            let sections = try migrated.host.implementations(of: ReportSections.point, context: migrated.context(for: ReportingPlugin.pluginName))
            let report = try await migrated.pool.withConnection { connection in
                try await ReadinessReport.build(snapshotID: snapshot, includeChildRows: false, sections: sections, on: connection)
            }
            let section = try #require(report.sections.first { $0.anchor == "peers" })
            #expect(section.content.parts.first?.paragraphs.first?.contains("City of London") == true)
            #expect(section.content.parts.first?.tables.first?.rows.count == 11)
        }
    }

    @Test("without the statistical-neighbour model or ILACS_AUTHORITY, peers say what to load or set")
    func unavailable() async throws {
        try await PluginTestDatabase.with(plugins: [AnnexAPlugin(), ReportingPlugin(), PublishedStatisticsPlugin()], environment: ["ILACS_AUTHORITY": "891"]) {
            migrated in
            _ = try await NationalRecordRun.importFile(
                path: NationalRecordReference.path, sourceName: "history.csv", authority: nil, actor: "tester", pool: migrated.pool)
            guard case .unavailable(let reason) = try await Self.peers(migrated) else {
                Issue.record("peers without a model")
                return
            }
            #expect(reason.contains("benchmarks import sn_model_2025_wide.csv"))
        }
        try await PluginTestDatabase.with(plugins: [AnnexAPlugin(), ReportingPlugin()]) { migrated in
            guard case .unavailable(let reason) = try await Self.peers(migrated) else {
                Issue.record("peers without ILACS_AUTHORITY")
                return
            }
            #expect(reason.contains("ILACS_AUTHORITY is not set"))
        }
    }
}
