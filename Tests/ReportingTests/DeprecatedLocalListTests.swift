import AnnexAStore
import Foundation
import Postgres
import TestSupport
import Testing

@testable import Reporting

/// The old spelling `ilacs-admin report local-list`, kept for one release.
@Suite("The deprecated report local-list command")
struct DeprecatedLocalListTests {
    @Test("`report local-list FILE --snapshot ID` still imports the list for the snapshot and prints one deprecation line to stderr")
    func oldSpellingStillWorks() async throws {
        try await ReportingFixture.with { fixture in
            let snapshot = try await fixture.snapshot(asOf: "2024-07-08")
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("local-list-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(atPath: folder) }
            try Data("Child Unique ID\nC3\nC5\nC3\n".utf8).write(to: URL(fileURLWithPath: "\(folder)/not_in_school.csv"))

            let run = try Self.admin(
                ["report", "local-list", "\(folder)/not_in_school.csv", "--snapshot", String(snapshot)],
                database: fixture.database, folder: folder)
            #expect(run.status == 0, "stderr: \(run.stderr)")
            #expect(run.stderr == DeprecatedLocalListCommand.deprecation + "\n")
            #expect(
                run.stderr == "`ilacs-admin report local-list` is deprecated and will be removed in the next release; "
                    + "use `ilacs-admin local-list import --name children-not-in-school FILE --snapshot ID`\n")
            let listImport = try #require(
                try await fixture.pool.withConnection {
                    try await LocalListStore.serving(LocalListStore.childrenNotInSchool, snapshot: snapshot, on: $0)
                })
            #expect(listImport.snapshotID == snapshot && listImport.sourceName == "not_in_school.csv" && listImport.importedBy == "tester")
            #expect(try await fixture.pool.withConnection { try await LocalListStore.members(of: listImport, on: $0) } == ["C3", "C5"])
            #expect(run.stdout == "Imported \(listImport.citation).\n")
        }
    }

    /// Runs the built `ilacs-admin` with `arguments` against `database`, with AnnexA and
    /// Reporting enabled; output goes through files in `folder`, so no pipe can fill up.
    static func admin(_ arguments: [String], database: TestDatabase, folder: String) throws -> (status: Int32, stdout: String, stderr: String) {
        guard var url = URLComponents(string: try TestDatabase.serverURL()) else { throw TestSetupError("DATABASE_URL is not a URL") }
        url.path = "/\(database.name)"
        var environment = ProcessInfo.processInfo.environment
        environment["ILACS_CONFIG_FILE"] = nil
        environment["DATABASE_URL"] = url.string
        environment["ILACS_PLUGINS"] = "AnnexA,Reporting"
        environment["ILACS_ACTOR"] = "tester"
        return try BuiltApp.run("ilacs-admin", arguments, environment: environment, folder: folder)
    }
}
