import CommandLineSupport
import Foundation
import PrivateFiles
import Tabular
import Workbook

/// Writes a sample's picks to CSV, XLSX or JSON. JSON holds the seed, the manifest's hash and,
/// for each pick, the case key, stratum, rank and full-precision ticket: enough to check the
/// draw independently. With a pseudonymiser, Child Unique IDs become keyed HMACs.
public struct SampleExporter: Sendable {
    /// The file formats.
    public enum Format: String, Sendable, CaseIterable {
        case csv, xlsx, json
    }

    /// What the JSON file holds.
    public struct Document: Sendable, Encodable {
        public let sample: Int
        public let manifest: Int
        public let manifestSHA256: String
        public let snapshot: Int
        public let seed: String
        public let pseudonymised: Bool
        public let picks: [Entry]
    }

    /// One pick as exported.
    public struct Entry: Sendable, Encodable {
        public let position: Int
        public let caseKey: String
        public let list: Int
        public let child: String
        public let stratum: String
        public let rank: Int
        public let ticket: String
        public let rule: String
        public let allocatedTeam: String
        public let allocatedWorker: String
    }

    /// The document for `sample` drawn from `manifest` (whose record is `record`).
    public static func document(sample: SampleRecord, record: ManifestRecord, manifest: Manifest, pseudonymiser: Pseudonymiser?) -> Document {
        let cases = Dictionary(manifest.cases.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        let entries = sample.picks.compactMap { pick -> Entry? in
            guard let item = cases[pick.key] else { return nil }
            return Entry(
                position: pick.position,
                caseKey: pseudonymiser?.pseudonymisedKey(pick.key, childID: item.childID) ?? pick.key,
                list: item.list.number, child: pseudonymiser?.pseudonym(item.childID) ?? item.childID,
                stratum: pick.stratum, rank: pick.rank, ticket: pick.ticket, rule: pick.rule,
                allocatedTeam: item.team, allocatedWorker: item.worker)
        }
        return Document(
            sample: sample.id, manifest: record.id, manifestSHA256: record.sha256, snapshot: record.snapshotID,
            seed: sample.seed, pseudonymised: pseudonymiser != nil, picks: entries)
    }

    /// Writes `document` to `path` in `format`.
    public static func write(_ document: Document, format: Format, to path: String) throws {
        switch format {
        case .json:
            try PrivateFile.write(JSONOutput.encoder(keys: .convertToSnakeCase).encode(document), toPath: path)
        case .csv:
            let writer = try CSVWriter(path: path)
            for row in table(document) { try writer.write(row.map(FormulaGuard.neutralised)) }
            try writer.close()
        case .xlsx:
            let writer = try XLSXWriter(path: path)
            try writer.addSheet(named: "Sample \(document.sample)") { sheet in
                for (index, row) in table(document).enumerated() { try sheet.appendRow(row, bold: index == 0) }
            }
            try writer.finish()
        }
    }

    /// A header row, then one row per pick.
    static func table(_ document: Document) -> [[String]] {
        let header = [
            "Position", "Case key", "List", document.pseudonymised ? "Child pseudonym" : "Child Unique ID",
            "Stratum", "Rank", "Ticket", "Rule", "Allocated Team", "Allocated Worker"
        ]
        return [header]
            + document.picks.map { entry in
                [
                    String(entry.position), entry.caseKey, String(entry.list), entry.child, entry.stratum, String(entry.rank),
                    entry.ticket, entry.rule, entry.allocatedTeam, entry.allocatedWorker
                ]
            }
    }
}
