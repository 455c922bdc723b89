import Domain
import Postgres

/// One stored row of one child on one list, its values as stored (DfE codes, ISO dates) in the
/// order of `list.columns`.
public struct AnnexAChildRow: Sendable, Equatable {
    /// The list the row is on.
    public var list: AnnexAList
    /// The row's number as the coordinator's file or sheet showed it.
    public var rowNumber: Int
    /// The stored values, one per column of `list`, nil where the cell was blank or is unknown.
    public var values: [String?]
    /// The cells the import kept as given (value problems), by column key.
    public var given: [String: String]

    /// Creates a row.
    public init(list: AnnexAList, rowNumber: Int, values: [String?], given: [String: String] = [:]) {
        self.list = list
        self.rowNumber = rowNumber
        self.values = values
        self.given = given
    }

    /// The row's cells in Ofsted's written form, each with its column heading; a cell kept as
    /// given shows as it came in.
    public var ofstedCells: [(heading: String, value: String)] {
        zip(list.columns, values).map { column, value in (column.heading, column.shownText(value, given: given)) }
    }

    /// Every row of `childID` in snapshot `snapshot`, on the lists given (all lists that name a child
    /// by default), in list order and then row order.
    public static func all(
        of childID: String, snapshot: Int, lists: [AnnexAList] = AnnexAList.allCases.filter(\.hasChildID), on connection: PostgresConnection
    ) async throws -> [Self] {
        var found: [Self] = []
        for list in lists where list.hasChildID {
            let columns = list.columns
            let result = try await connection.query(
                """
                SELECT row_number, \(columns.map { "\($0.key)::text" }.joined(separator: ", ")), \(AnnexATables.rawValues)::text
                FROM \(AnnexATables.table(list)) WHERE snapshot_id = $1 AND child_id = $2 ORDER BY row_number
                """, [snapshot, childID])
            for row in result {
                found.append(
                    Self(
                        list: list, rowNumber: try row.decode(Int.self, at: 0),
                        values: try columns.indices.map { try row.decode(String?.self, at: $0 + 1) },
                        given: AnnexATables.givenValues(try row.decode(String?.self, at: columns.count + 1))))
            }
        }
        return found
    }
}
