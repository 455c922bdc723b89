import EvidenceSampling
import Foundation
import TestSupport
import Testing

@Suite("Consistent-sampling tickets")
struct TicketTests {
    /// Case keys covering the shapes the sampler uses, plus awkward text.
    static let keys =
        ["L8:ABC123", "L7:X:2024-01-02", "L6:891-000001", "L9:Zoë-Ødegård", "", "L4:a'b\"c", "L8:" + String(repeating: "9", count: 200)]
        + (1...500).map { "L8:LA891-\($0)" }

    @Test("tickets equal the Python reference package consistent-sampler 1.0.10, to full precision")
    func matchesReference() throws {
        let seed = "31415926535897932384 dice"
        let reference = try Self.reference(seed: seed, keys: Self.keys)
        let seedHash = Ticket.seedHash(seed)
        let ours = Self.keys.map { "0." + Ticket(caseKey: $0, seedHash: seedHash).digits }
        #expect(ours == reference)
    }

    @Test("the seed is a string end to end: leading zeros and spaces change the tickets")
    func seedIsAString() {
        let key = "L8:ABC123"
        let tickets = ["0123456789012345678901", "123456789012345678901", "0123456789012345678901 "]
            .map { Ticket(caseKey: key, seedHash: Ticket.seedHash($0)) }
        #expect(Set(tickets).count == 3)
    }

    @Test("tickets order as the fractions they write")
    func ordering() {
        let seedHash = Ticket.seedHash("01234567890123456789")
        let tickets = Self.keys.map { Ticket(caseKey: $0, seedHash: seedHash) }
        let sorted = tickets.sorted()
        for (lower, higher) in zip(sorted, sorted.dropFirst()) {
            #expect(Decimal(string: lower.description)! <= Decimal(string: higher.description)!)
        }
        #expect(sorted.first!.display.count <= 20 + sorted.first!.digits.prefix { $0 == "0" }.count)
    }

    /// `first_fraction(K, seed)` for each key, computed by the reference package.
    static func reference(seed: String, keys: [String]) throws -> [String] {
        let script = """
            import json, sys
            from consistent_sampler import first_fraction
            request = json.load(sys.stdin)
            json.dump([first_fraction(key, request["seed"]) for key in request["keys"]], sys.stdout)
            """
        let input = try JSONSerialization.data(withJSONObject: ["seed": seed, "keys": keys])
        let output = try PythonOracle.run(script, input: input, advice: "the Python reference failed (install it with `make setup`)")
        return try JSONDecoder().decode([String].self, from: output)
    }
}
