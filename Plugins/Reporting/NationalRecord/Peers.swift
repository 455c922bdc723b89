import Authorities
import Domain
import PluginKit
import Postgres

/// The authority's statistical neighbours' latest inspections beside its own, from the national
/// record: the DfE's names joined to the record's by ``AuthorityName/normalised(_:)``, and the
/// names that matched no authority in the record reported, never guessed.
struct Peers: Equatable, Encodable {
    /// One authority's line.
    struct Line: Equatable, Encodable {
        /// Its old LA code, e.g. `830`.
        var code: String
        /// Its name as the DfE writes it (`Bristol, City of`); the code when the code is not an authority's.
        var name: String
        /// The neighbour's closeness band; nil for the authority itself.
        var closeness: String?
        /// The name the national record gives it; nil when no authority in the record matched.
        var recordName: String?
        /// Its latest graded inspection in the record; nil when it has none or did not match.
        var latest: Latest?
    }

    /// The latest graded (standard or short) inspection of one authority in the national record.
    struct Latest: Equatable, Encodable {
        /// `standard` or `short`.
        var type: String
        var start: CalendarDate
        var end: CalendarDate?
        var published: CalendarDate?
        /// By judgement area id (`impact_of_leaders`): the grade's name, else the cell as given
        /// (a placeholder such as `not_reported_post_reform`), else empty.
        var grades: [String: String]
    }

    /// The authority itself.
    var own: Line
    /// Its neighbours, closest first.
    var neighbours: [Line]

    /// The DfE names that matched no authority in the national record.
    var unmatched: [String] { ([own] + neighbours).filter { $0.recordName == nil }.map(\.name) }

    private enum CodingKeys: String, CodingKey {
        case own, neighbours, unmatched
    }

    /// Encodes the lines and the names that did not match.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(own, forKey: .own)
        try container.encode(neighbours, forKey: .neighbours)
        try container.encode(unmatched, forKey: .unmatched)
    }

    /// The column headings of ``rows``.
    static let columns = ["Authority", "Closeness", "Type", "On site", "Published"] + ["Overall", "Leaders", "Help and protection", "In care", "Care leavers"]

    /// One row of text cells per line, the authority first; an unmatched line says so.
    var rows: [[String]] {
        ([own] + neighbours).map { line in
            let lead = [line.name, line.closeness ?? "(this authority)"]
            guard line.recordName != nil else { return lead + ["not in the national record"] + Array(repeating: "", count: Self.columns.count - 3) }
            guard let latest = line.latest else { return lead + ["no graded inspection"] + Array(repeating: "", count: Self.columns.count - 3) }
            return lead + [latest.type, "\(latest.start.iso) to \(latest.end?.iso ?? "?")", latest.published?.iso ?? ""]
                + JudgementArea.defaults.map { latest.grades[$0.id] ?? "" }
        }
    }

    /// Joins `authority` and its `neighbours` to the national record on `connection`.
    static func load(authority: Authority, neighbours: [StatisticalNeighbour], on connection: PostgresConnection) async throws -> Peers {
        let names = try await connection.query("SELECT DISTINCT urn, local_authority FROM reporting_national_inspections ORDER BY urn").map {
            (urn: try $0.decode(String.self, "urn"), name: try $0.decode(String.self, "local_authority"))
        }
        let latest = try await latestInspections(on: connection)
        func line(code: String, name: String, closeness: String?) -> Line {
            let wanted = AuthorityName.normalised(name)
            let match = names.first { AuthorityName.normalised($0.name) == wanted }
            return Line(code: code, name: name, closeness: closeness, recordName: match?.name, latest: match.flatMap { latest[$0.urn] })
        }
        return Peers(
            own: line(code: authority.oldCode, name: authority.name, closeness: nil),
            neighbours: neighbours.map { line(code: $0.code, name: $0.authority?.name ?? $0.code, closeness: $0.closeness) })
    }

    /// Each URN's latest graded inspection with a start date (the first row in the file on a tie).
    private static func latestInspections(on connection: PostgresConnection) async throws -> [String: Latest] {
        let rows = try await connection.query(
            """
            WITH latest AS (
                SELECT DISTINCT ON (urn) urn, row_number, type, started_on, ended_on, published_on FROM reporting_national_inspections
                WHERE type IS NOT NULL AND started_on IS NOT NULL ORDER BY urn, started_on DESC, row_number
            )
            SELECT l.urn, l.type, l.started_on, l.ended_on, l.published_on, g.area, g.given, g.grade
            FROM latest l JOIN reporting_national_grades g USING (row_number) ORDER BY l.urn
            """)
        var found: [String: Latest] = [:]
        for row in rows {
            let urn = try row.decode(String.self, "urn")
            if found[urn] == nil {
                found[urn] = Latest(
                    type: try row.decode(String.self, "type"), start: try row.decode(CalendarDate.self, "started_on"),
                    end: try row.decode(CalendarDate?.self, "ended_on"), published: try row.decode(CalendarDate?.self, "published_on"), grades: [:])
            }
            found[urn]?.grades[try row.decode(String.self, "area")] =
                try row.decode(String?.self, "grade").flatMap(Judgement.init(rawValue:))?.displayName ?? row.decode(String.self, "given")
        }
        return found
    }
}
