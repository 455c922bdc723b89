import Postgres
import TestSupport
import Testing

@Suite("COPY FROM STDIN")
struct CopyTests {
    @Test("COPY streams 100,000 rows with every field intact")
    func copyHundredThousandRows() async throws {
        try await TestDatabase.with { database in
            let connection = try await database.connect()
            try await connection.execute("CREATE TABLE rows (id int, label text, flag bool, note text)")
            let loaded = try await connection.copy(into: "rows", columns: ["id", "label", "flag", "note"]) { writer in
                for id in 1...100_000 {
                    writer.field(id)
                    writer.field("row \(id)\twith\\odd\nbytes é")
                    writer.field(id % 2 == 0)
                    writer.field(id % 10 == 0 ? nil : "n" as String?)
                    try await writer.endRow()
                }
            }
            #expect(loaded == 100_000)
            let summary = try #require(
                try await connection.query(
                    "SELECT count(*), sum(id), count(*) FILTER (WHERE flag), count(note) FROM rows"
                ).single)
            #expect(try summary.decode(Int.self, at: 0) == 100_000)
            #expect(try summary.decode(Int.self, at: 1) == 5_000_050_000)
            #expect(try summary.decode(Int.self, at: 2) == 50_000)
            #expect(try summary.decode(Int.self, at: 3) == 90_000)
            let sample = try #require(try await connection.query("SELECT label FROM rows WHERE id = $1", [77]).single)
            #expect(try sample.decode(String.self, at: 0) == "row 77\twith\\odd\nbytes é")
        }
    }

    struct Abandon: Error {}

    @Test("a COPY whose producer throws loads nothing and leaves the connection usable")
    func abandonedCopyLoadsNothing() async throws {
        try await TestDatabase.with { database in
            let connection = try await database.connect()
            try await connection.execute("CREATE TABLE rows (id int)")
            await #expect(throws: Abandon.self) {
                try await connection.copy(into: "rows", columns: ["id"]) { writer in
                    for id in 1...70_000 {
                        writer.field(id)
                        try await writer.endRow()
                    }
                    throw Abandon()
                }
            }
            #expect(try #require(try await connection.query("SELECT count(*) FROM rows").single).decode(Int.self, at: 0) == 0)
        }
    }

    @Test("a COPY the server rejects names the line but not the value")
    func rejectedCopyHidesValue() async throws {
        try await TestDatabase.with { database in
            let connection = try await database.connect()
            try await connection.execute("CREATE TABLE rows (id int)")
            let error = try await #require(throws: PostgresError.self) {
                try await connection.copy(into: "rows", columns: ["id"]) { writer in
                    writer.field("1")
                    try await writer.endRow()
                    writer.field("Jane Smith")
                    try await writer.endRow()
                }
            }
            #expect(error.code == .copyFailed)
            #expect(error.description.contains("line 2"))
            #expect(!error.description.contains("Jane"))
        }
    }

    @Test("a row the server rejects early is reported after megabytes more were queued, and the connection stays usable")
    func rejectedEarlyWithMoreQueued() async throws {
        try await TestDatabase.with { database in
            let connection = try await database.connect()
            try await connection.execute("CREATE TABLE rows (id int)")
            let error = try await #require(throws: PostgresError.self) {
                try await connection.copy(into: "rows", columns: ["id"]) { writer in
                    writer.field("not a number")
                    try await writer.endRow()
                    for id in 1...300_000 {
                        writer.field(id)
                        try await writer.endRow()
                    }
                }
            }
            #expect(error.code == .copyFailed)
            #expect(error.description.contains("line 1"))
            #expect(try #require(try await connection.query("SELECT count(*) FROM rows").single).decode(Int.self, at: 0) == 0)
        }
    }
}
