import Foundation
import Postgres
import TestSupport
import Testing

@Suite("Parameters and typed decoding")
struct ParameterTests {
    @Test(
        "text parameters round-trip verbatim, whatever they contain",
        arguments: [
            "it's a \"quoted\" value",
            "'; DROP TABLE x; --",
            "Zoë Ødegård — 子ども 👶🏽",
            "tab\there\nnewline\\backslash",
            ""
        ])
    func roundTrip(value: String) async throws {
        try await TestDatabase.with { database in
            let connection = try await database.connect()
            let row = try #require(try await connection.query("SELECT $1::text AS v, length($1::text) AS n", [value]).single)
            #expect(try row.decode(String.self, "v") == value)
            #expect(try row.decode(Int.self, "n") == value.unicodeScalars.count)
        }
    }

    @Test("a 1 MiB text parameter round-trips verbatim")
    func megabyteText() async throws {
        let value = String(repeating: "0123456789abcdé", count: 65_536)
        try await TestDatabase.with { database in
            let connection = try await database.connect()
            let row = try #require(try await connection.query("SELECT $1::text AS v", [value]).single)
            #expect(try row.decode(String.self, "v") == value)
        }
    }

    @Test("NULL parameters arrive as NULL and decode as nil")
    func nulls() async throws {
        try await TestDatabase.with { database in
            let connection = try await database.connect()
            let missing: String? = nil
            let row = try #require(try await connection.query("SELECT $1::text IS NULL AS isnull, $1::text AS v", [missing]).single)
            #expect(try row.decode(Bool.self, "isnull"))
            #expect(try row.decode(String?.self, "v") == nil)
            #expect(throws: PostgresError.self) { try row.decode(String.self, "v") }
        }
    }

    @Test("every supported type decodes from its column")
    func typedDecoding() async throws {
        try await TestDatabase.with { database in
            let connection = try await database.connect()
            let id = UUID()
            let instant = Date(timeIntervalSince1970: 1_714_564_800.25) // 2024-05-01 12:00:00.25 UTC
            let row = try #require(
                try await connection.query(
                    """
                    SELECT $1::bigint AS i, $2::float8 AS d, $3::bool AS b, $4::uuid AS u,
                           $5::timestamptz AS t, DATE '2024-02-29' AS day,
                           TIMESTAMPTZ '2024-05-01 13:00:00+01' AS offset_t,
                           ARRAY[1, 2, 3] AS ints, ARRAY['a b', 'c"d', NULL] AS texts,
                           ARRAY[]::int[] AS empty
                    """,
                    [-42, 2.5, true, id, instant]
                ).single)
            #expect(try row.decode(Int.self, "i") == -42)
            #expect(try row.decode(Double.self, "d") == 2.5)
            #expect(try row.decode(Bool.self, "b") == true)
            #expect(try row.decode(UUID.self, "u") == id)
            #expect(try row.decode(Date.self, "t") == instant)
            #expect(try row.decode(Date.self, "day") == Date(timeIntervalSince1970: 1_709_164_800))
            #expect(try row.decode(Date.self, "offset_t") == Date(timeIntervalSince1970: 1_714_564_800))
            #expect(try row.decode([Int].self, "ints") == [1, 2, 3])
            #expect(try row.decode([String?].self, "texts") == ["a b", "c\"d", nil])
            #expect(try row.decode([Int].self, "empty") == [])
        }
    }

    @Test("arrays bind as parameters")
    func arrayParameters() async throws {
        try await TestDatabase.with { database in
            let connection = try await database.connect()
            let ids = ["L8:A1", "L8:\"B\"", "back\\slash"]
            let row = try #require(try await connection.query("SELECT $1::text[] AS a, cardinality($1::text[]) AS n", [ids]).single)
            #expect(try row.decode([String].self, "a") == ids)
            #expect(try row.decode(Int.self, "n") == 3)
        }
    }

    @Test("a decoding error names the column and type but never the value")
    func decodingErrorHidesValue() async throws {
        try await TestDatabase.with { database in
            let connection = try await database.connect()
            let row = try #require(try await connection.query("SELECT 'Jane Smith' AS name").single)
            let error = try #require(throws: PostgresError.self) { try row.decode(Int.self, "name") }
            #expect(error.code == .decodingFailed)
            #expect(error.description.contains("name"))
            #expect(!error.description.contains("Jane"))
        }
    }
}
