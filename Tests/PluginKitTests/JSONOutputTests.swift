import CommandLineSupport
import Foundation
import PluginKit
import Testing

@Suite("JSON output")
struct JSONOutputTests {
    struct Stamped: Encodable {
        var importedAt: Date
    }

    @Test("dates are written in ISO 8601, not as seconds since 2001")
    func isoDates() throws {
        let text = try JSONOutput.encode(Stamped(importedAt: Date(timeIntervalSince1970: 1_796_336_673)))
        #expect(text == "{\n  \"importedAt\" : \"2026-12-03T22:24:33Z\"\n}")
    }

    @Test("exports may ask for snake_case keys and keep ISO dates")
    func snakeCase() throws {
        let data = try JSONOutput.encoder(keys: .convertToSnakeCase).encode(Stamped(importedAt: Date(timeIntervalSince1970: 0)))
        #expect(String(decoding: data, as: UTF8.self) == "{\n  \"imported_at\" : \"1970-01-01T00:00:00Z\"\n}")
    }
}
