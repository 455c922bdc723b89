import Postgres

/// The practice standards in force, in the kernel's `practice_standards` table: the file loaded
/// last replaces them all. Plugins read them (the readiness report's timescales and targets);
/// `ilacs-admin standards load` writes them.
public enum PracticeStandardsStore {
    /// The kernel migrations that make the table (`kernel/0020`).
    public static let migrations: [Migration] = [
        Migration(
            owner: "kernel", id: "0020_practice_standards",
            sql: """
                -- The authority's own practice standards: the timescale an indicator measures and its target.
                CREATE TABLE practice_standards (
                    indicator  text PRIMARY KEY,
                    title      text NOT NULL,
                    amount     integer NOT NULL CHECK (amount > 0),
                    unit       text NOT NULL CHECK (unit IN ('working days', 'days', 'weeks', 'months')),
                    target     numeric NOT NULL CHECK (target BETWEEN 0 AND 100),
                    source     text NOT NULL,
                    loaded_at  timestamptz NOT NULL DEFAULT now(),
                    loaded_by  text NOT NULL CHECK (loaded_by <> '')
                );
                """)
    ]

    /// Replaces the standards in force with `standards`, on `connection` (inside the caller's
    /// transaction, so the audit event and the change are kept together).
    public static func replace(with standards: [PracticeStandard], source: String, actor: String, on connection: PostgresConnection) async throws {
        try await connection.execute("DELETE FROM practice_standards")
        for standard in standards {
            try await connection.execute(
                """
                INSERT INTO practice_standards (indicator, title, amount, unit, target, source, loaded_by)
                VALUES ($1, $2, $3, $4, $5::numeric, $6, $7)
                """,
                [standard.indicator, standard.title, standard.timescale.amount, standard.timescale.unit.rawValue, String(standard.target), source, actor])
        }
    }

    /// The standards in force, by indicator id.
    public static func current(on connection: PostgresConnection) async throws -> [String: PracticeStandard] {
        let rows = try await connection.query("SELECT indicator, title, amount, unit, target::float8 FROM practice_standards ORDER BY indicator")
        var standards: [String: PracticeStandard] = [:]
        for row in rows {
            let unit = Timescale.Unit(rawValue: try row.decode(at: 3)) ?? .days
            let standard = PracticeStandard(
                indicator: try row.decode(at: 0), title: try row.decode(at: 1), timescale: Timescale(try row.decode(at: 2), unit),
                target: try row.decode(at: 4))
            standards[standard.indicator] = standard
        }
        return standards
    }
}
