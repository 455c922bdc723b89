import Configuration
import Foundation
import PluginKit
import Testing

@Suite("Audit child references")
struct AuditChildKeyTests {
    let key = String(repeating: "k", count: 32)

    @Test("a child is named by a keyed HMAC: 64 hex digits, never the id nor its plain SHA-256, different under another key")
    func keyedReference() throws {
        let reference = AuditLog.childReference("891-000116", key: try AuditChildKey(key))
        #expect(reference.count == 64 && reference.allSatisfy(\.isHexDigit))
        #expect(!reference.contains("891-000116"))
        #expect(reference != "11f251975f7cf2f52c8954cae527b57f65f90c642f90f71e73ce7576804839d6") // its plain SHA-256
        // HMAC-SHA-256 as Python's hmac module computes it.
        #expect(reference == "c1306e5872727920356491b67cb9bd2ef083cfe1b8bb03c58d0969e9741311f4")
        #expect(reference == AuditLog.childReference("891-000116", key: try AuditChildKey(key)))
        #expect(reference != AuditLog.childReference("891-000116", key: try AuditChildKey(String(repeating: "j", count: 32))))
    }

    @Test("a missing or short AUDIT_CHILD_KEY is one line saying what to set")
    func missingOrShortKey() async throws {
        let missing = try #require(throws: StartupError.self) {
            try AuditChildKey(configuration: ConfigReader(provider: EnvironmentVariablesProvider(environmentVariables: [:])))
        }
        #expect(
            missing.message
                == "AUDIT_CHILD_KEY is not set (or AUDIT_CHILD_KEY_FILE): the audit log names children by a keyed hash under it; e.g. `openssl rand -hex 32`")
        let short = try #require(throws: StartupError.self) {
            try AuditChildKey(configuration: ConfigReader(provider: EnvironmentVariablesProvider(environmentVariables: ["AUDIT_CHILD_KEY": "short"])))
        }
        #expect(short.message == "AUDIT_CHILD_KEY must have at least 32 characters, e.g. from `openssl rand -hex 32`")
    }

    @Test("AUDIT_CHILD_KEY_FILE supplies the key, as for the other secrets")
    func keyFromFile() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("ilacs-\(UUID().uuidString)").path
        try (key + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let configuration = try await HostConfiguration.load(environment: ["AUDIT_CHILD_KEY_FILE": path])
        let fromFile = try AuditChildKey(configuration: configuration)
        #expect(AuditLog.childReference("c", key: fromFile) == AuditLog.childReference("c", key: try AuditChildKey(key)))
    }
}
