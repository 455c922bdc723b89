import Hashing
import Testing

/// The numbering behind the sampler's strata, workers and teams and the importer's code memo.
@Suite("Numbering names by their bytes")
struct ByteNumberingTests {
    @Test(
        "names get consecutive numbers in order of first appearance, and the same bytes the same number, as a dictionary keyed by the bytes gives (\"é\" composed and decomposed are two names)"
    )
    func equalsDictionary() {
        // Prefixes, an empty name, non-ASCII, lengths either side of eight bytes, and enough names to grow the table.
        let names = ["", "a", "ab", "abcdefgh", "abcdefghi", "team 7", "équipe", "e\u{301}quipe"] + (0..<5_000).map { "worker \($0 % 3_000)" }
        var numbering = ByteNumbering()
        var byBytes: [[UInt8]: Int32] = [:]
        for name in names {
            let number = numbering.number(name)
            let next = Int32(byBytes.count)
            #expect(number == (byBytes[Array(name.utf8)] ?? next))
            byBytes[Array(name.utf8)] = number
        }
        #expect(numbering.count == byBytes.count)
        #expect(numbering.count == 3_008)
        for (bytes, number) in byBytes {
            #expect(Array(numbering.name(Int(number)).utf8) == bytes)
            #expect(bytes.withUnsafeBytes { numbering.existingNumber($0) } == number)
        }
        #expect(Array("worker 3000".utf8).withUnsafeBytes { numbering.existingNumber($0) } == nil)
    }
}
