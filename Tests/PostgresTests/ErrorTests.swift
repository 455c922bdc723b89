import Postgres
import TestSupport
import Testing

@Suite("Errors")
struct ErrorTests {
    @Test("a server error carries SQLSTATE, message and statement, but not the parameter values")
    func serverErrorRedactsParameters() async throws {
        try await TestDatabase.with { database in
            let connection = try await database.connect()
            let personal = "Jane Smith 01/02/2015"
            let error = try await #require(throws: PostgresError.self) {
                try await connection.query("SELECT $1::int AS age", [personal])
            }
            #expect(error.code == .serverError)
            #expect(error.sqlState == "22P02")
            #expect(error.statement == "SELECT $1::int AS age")
            #expect(!error.description.contains("Jane"))
            #expect(error.description.contains("‹redacted›"))
        }
    }

    @Test("a malformed connection string is refused without echoing the password")
    func malformedURL() throws {
        for url in ["postgresql://user:s3cr3tpw@[::1/db", "host=db s3cr3tpw", ""] {
            let error = try #require(throws: PostgresError.self) { try PostgresConfiguration(connectionString: url) }
            #expect(error.code == .invalidConfiguration)
            #expect(!error.description.contains("s3cr3tpw"))
            #expect(error.description.contains("make db"))
        }
    }

    @Test("a server that is down gives a connection error naming where it tried")
    func serverDown() async throws {
        let configuration = try PostgresConfiguration(connectionString: "postgresql://ilacs:s3cr3tpw@127.0.0.1:1/ilacs")
        let error = try await #require(throws: PostgresError.self) { try await PostgresConnection.connect(configuration) }
        #expect(error.code == .connectionFailed)
        #expect(error.description.contains("127.0.0.1:1/ilacs"))
        #expect(!error.description.contains("s3cr3tpw"))
    }
}
