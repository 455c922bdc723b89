import Domain
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

    @Test("values larger than a chunk, in text and binary format, arrive whole beside small ones")
    func valuesLargerThanAChunk() async throws {
        try await TestDatabase.with { database in
            let connection = try await database.connect()
            try await connection.executeScript("CREATE TABLE as_text (n int, body text); CREATE TABLE as_binary (n int, body text)")
            let large = String(repeating: "abcdefghé", count: 100_000)
            for (table, types) in [("as_text", nil), ("as_binary", [PostgresCopyType.integer, .text])] as [(String, [PostgresCopyType]?)] {
                try await connection.copy(into: table, columns: ["n", "body"], types: types) { writer in
                    for n in 1...5 {
                        writer.field(n)
                        writer.field(n % 2 == 0 ? large : "small \(n)")
                        try await writer.endRow()
                    }
                }
                let rows = try await connection.query("SELECT n, body FROM \(table) ORDER BY n")
                #expect(try rows.map { try $0.decode(String.self, at: 1) } == (1...5).map { $0 % 2 == 0 ? large : "small \($0)" }, "\(table)")
            }
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

    @Test("a COPY that cannot start reports the server's reason, even when its producer fails after it, and the connection stays usable")
    func copyThatCannotStart() async throws {
        try await TestDatabase.with { database in
            let connection = try await database.connect()
            let error = try await #require(throws: PostgresError.self) {
                try await connection.copy(into: "missing", columns: ["id"]) { writer in
                    writer.field(1)
                    try await writer.endRow()
                    throw Abandon()
                }
            }
            #expect(error.sqlState == "42P01")
            #expect(try #require(try await connection.query("SELECT 1").single).decode(Int.self, at: 0) == 1)
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

    @Test("a binary COPY stores every type as the text format does, NULLs and odd bytes included")
    func binaryCopyMatchesText() async throws {
        try await TestDatabase.with { database in
            let connection = try await database.connect()
            let columns = ["id", "big", "label", "born", "flag", "extra"]
            for table in ["as_text", "as_binary"] {
                try await connection.execute("CREATE TABLE \(table) (id integer, big bigint, label text, born date, flag boolean, extra jsonb)")
            }
            let dates = [
                CalendarDate(year: 1999, month: 12, day: 31)!, CalendarDate(year: 2000, month: 1, day: 1)!, CalendarDate(year: 2024, month: 2, day: 29)!
            ]
            func write(_ writer: PostgresCopyWriter) async throws {
                for id in -2...3_000 {
                    writer.field(id)
                    writer.field(id % 7 == 0 ? nil : Int(Int32.max) * id)
                    writer.field(id % 5 == 0 ? nil : "row \(id)\twith\\odd\nbytes é 👍" as String?)
                    writer.field(id % 11 == 0 ? nil : dates[(id + 2) % dates.count] as CalendarDate?)
                    writer.field(id % 13 == 0 ? nil : (id % 2 == 0) as Bool?)
                    writer.field(id % 3 == 0 ? nil : "{\"n\": \(id), \"s\": \"é\"}" as String?)
                    try await writer.endRow()
                }
            }
            let asText = try await connection.copy(into: "as_text", columns: columns, write)
            let asBinary = try await connection.copy(
                into: "as_binary", columns: columns, types: [.integer, .bigint, .text, .date, .boolean, .jsonb], write)
            #expect(asText == 3_003 && asBinary == 3_003)
            let differences = try await connection.query(
                "SELECT count(*) FROM ((TABLE as_text EXCEPT ALL TABLE as_binary) UNION ALL (TABLE as_binary EXCEPT ALL TABLE as_text)) d")
            #expect(try #require(differences.single).decode(Int.self, at: 0) == 0)
            let sample = try #require(try await connection.query("SELECT born::text, label FROM as_binary WHERE id = 1").single)
            #expect(try sample.decode(String.self, at: 0) == "1999-12-31")
            #expect(try sample.decode(String.self, at: 1) == "row 1\twith\\odd\nbytes é 👍")
        }
    }

    @Test("text written from its UTF-8 bytes is stored as the same string written as a String, in text and binary format")
    func textFromBytes() async throws {
        try await TestDatabase.with { database in
            let connection = try await database.connect()
            let labels = (0..<500).map { "row \($0)\twith\\odd\r\nbytes é 👍" }
            var stored: [[String]] = []
            for (table, types) in [("as_text", nil), ("as_binary", [PostgresCopyType.integer, .text])] {
                for source in ["string", "bytes"] {
                    try await connection.execute("CREATE TABLE \(table)_\(source) (id integer, label text)")
                    try await connection.copy(into: "\(table)_\(source)", columns: ["id", "label"], types: types) { writer in
                        for (id, label) in labels.enumerated() {
                            writer.field(id)
                            if source == "string" { writer.field(label) } else { Array(label.utf8).withUnsafeBufferPointer { writer.field(utf8: $0) } }
                            try await writer.endRow()
                        }
                    }
                    stored.append(try await connection.query("SELECT label FROM \(table)_\(source) ORDER BY id").map { try $0.decode(String.self, at: 0) })
                }
            }
            #expect(stored.allSatisfy { $0 == labels })
        }
    }

    @Test("a binary COPY refuses an integer too large for its column, naming the line and column but not the value")
    func binaryCopyRefusesOutOfRange() async throws {
        try await TestDatabase.with { database in
            let connection = try await database.connect()
            try await connection.execute("CREATE TABLE rows (id integer, age integer)")
            let error = try await #require(throws: PostgresError.self) {
                try await connection.copy(into: "rows", columns: ["id", "age"], types: [.integer, .integer]) { writer in
                    for id in 1...3 {
                        writer.field(id)
                        writer.field(id == 3 ? 98_765_432_109 : 7)
                        try await writer.endRow()
                    }
                }
            }
            #expect(error.code == .copyFailed)
            #expect(error.description.contains("line 3") && error.description.contains("column age"))
            #expect(!error.description.contains("98765432109"))
            #expect(try #require(try await connection.query("SELECT count(*) FROM rows").single).decode(Int.self, at: 0) == 0)
        }
    }
}
