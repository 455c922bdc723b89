import Testing

@testable import CarerEngagement

@Suite("Reply tokens")
struct ReplyTokenTests {
    static let key = "test-reply-key-0123456789abcdef0123456789"
    static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")

    /// A signed token for the first household whose token uses `-` or `_`, so that the
    /// standard-alphabet variant differs from it.
    static func token() throws -> String {
        let signed = (1...500).lazy.map {
            ReplyToken(purpose: .reply, campaignID: 3, session: 1, expires: 2_000_000_000, householdID: "H\($0)").signed(key: key)
        }
        return try #require(signed.first { $0.contains("-") || $0.contains("_") })
    }

    @Test("the canonical form verifies; padding, the standard alphabet, other trailing bits and whitespace are refused")
    func canonicalOnly() throws {
        let token = try Self.token()
        #expect(ReplyToken.verify(token, key: Self.key)?.householdID.hasPrefix("H") == true)
        let parts = token.split(separator: ".").map(String.init)
        // The 32-byte signature is 43 characters: the last one carries 2 unused bits.
        let last = try #require(Self.alphabet.firstIndex(of: parts[1].last!))
        let otherBits = String(parts[1].dropLast()) + String(Self.alphabet[last ^ 1])
        let variants = [
            parts[0] + "." + parts[1] + "=",
            parts[0] + String(repeating: "=", count: (4 - parts[0].count % 4) % 4) + "." + parts[1],
            token.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/"),
            parts[0] + "." + otherBits,
            token + "\n",
            " " + token
        ]
        for variant in variants where variant != token {
            #expect(ReplyToken.verify(variant, key: Self.key) == nil, "accepted \(variant)")
        }
    }
}
