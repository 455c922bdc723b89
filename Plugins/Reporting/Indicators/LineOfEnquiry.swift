import Postgres

/// One of Ofsted's key lines of enquiry for an inspection year.
struct LineOfEnquiry: Codable, Equatable {
    var year: Int
    var position: Int
    var theme: String
    var title: String

    /// The lines of `year`, or of every year when nil, in order.
    static func all(year: Int? = nil, on pool: PostgresPool) async throws -> [LineOfEnquiry] {
        try await pool.withConnection { try await all(year: year, on: $0) }
    }

    /// The lines of `year`, or of every year when nil, in order.
    static func all(year: Int? = nil, on connection: PostgresConnection) async throws -> [LineOfEnquiry] {
        try await connection.query(
            "SELECT year, position, theme, title FROM reporting_lines_of_enquiry WHERE $1::int IS NULL OR year = $1 ORDER BY year, position",
            [year]
        ).map { row in
            LineOfEnquiry(
                year: try row.decode(Int.self, "year"), position: try row.decode(Int.self, "position"),
                theme: try row.decode(String.self, "theme"), title: try row.decode(String.self, "title"))
        }
    }

    /// The lines that apply to a snapshot as of `year`: that year's, else the latest earlier
    /// year's, else the earliest stored.
    static func applying(to year: Int, on connection: PostgresConnection) async throws -> [LineOfEnquiry] {
        let all = try await all(on: connection)
        let years = Set(all.map(\.year))
        guard let chosen = years.filter({ $0 <= year }).max() ?? years.min() else { return [] }
        return all.filter { $0.year == chosen }
    }
}
