import Configuration
import Foundation
import PluginKit
import Testing

@Suite("Host configuration")
struct HostConfigurationTests {
    func temporaryFile(_ contents: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("ilacs-\(UUID().uuidString)").path
        try contents.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("the config file supplies values and the environment overrides them")
    func fileAndEnvironment() async throws {
        let file = try temporaryFile("ILACS_PLUGINS=Alpha\nALPHA_LEVEL=2\n# a comment\n")
        defer { try? FileManager.default.removeItem(atPath: file) }
        let reader = try await HostConfiguration.load(
            environment: ["ILACS_CONFIG_FILE": file, "ALPHA_LEVEL": "3"], keys: ["alpha.level"])
        #expect(reader.string(forKey: "ilacs.plugins") == "Alpha")
        #expect(reader.int(forKey: "alpha.level") == 3)
    }

    @Test("a missing config file is one clear error naming it")
    func missingFile() async throws {
        let error = try await #require(throws: StartupError.self) {
            try await HostConfiguration.load(environment: ["ILACS_CONFIG_FILE": "/nonexistent/ilacs.env"], keys: [])
        }
        #expect(error.message == "ILACS_CONFIG_FILE names /nonexistent/ilacs.env, which does not exist or cannot be read")
    }

    @Test("NAME_FILE supplies a secret NAME from a file, for known keys only")
    func secretsFromFiles() async throws {
        let secret = try temporaryFile("postgresql://app:pw@db/ilacs\n")
        defer { try? FileManager.default.removeItem(atPath: secret) }
        let reader = try await HostConfiguration.load(
            environment: ["DATABASE_URL_FILE": secret, "UNRELATED_FILE": "/nonexistent"], keys: ["database.url"])
        #expect(reader.string(forKey: "database.url") == "postgresql://app:pw@db/ilacs")
        let error = try await #require(throws: StartupError.self) {
            try await HostConfiguration.load(environment: ["DATABASE_URL_FILE": "/nonexistent/secret"], keys: ["database.url"])
        }
        #expect(error.message.hasPrefix("DATABASE_URL_FILE names /nonexistent/secret"))
    }

    @Test("a database that is down gives one line suggesting make db, without the password")
    func databaseDown() async throws {
        let reader = configuration(["DATABASE_URL": "postgresql://ilacs:s3cr3tpw@127.0.0.1:1/ilacs"])
        let error = try await #require(throws: StartupError.self) {
            try await Database.connect(configuration: reader, logger: .init(label: "test"))
        }
        #expect(error.message.contains("make db"))
        #expect(!error.message.contains("s3cr3tpw"))
        #expect(!error.message.contains("\n"))
    }

    @Test("an unset DATABASE_URL says how to get one")
    func databaseURLMissing() async throws {
        let error = try await #require(throws: StartupError.self) {
            try await Database.connect(configuration: configuration([:]), logger: .init(label: "test"))
        }
        #expect(error.message == "DATABASE_URL is not set; run `make db` to start a local database and print its DATABASE_URL")
    }
}
