import Testing

@testable import AnnexA

/// Repeated natural keys are found through their hashes; every repeated hash must be found,
/// however the hashes fall into buckets.
@Suite("Repeated hashes")
struct RepeatedHashesTests {
    @Test("every hash found more than once is found, with all its positions, as grouping them in a dictionary does", arguments: [0, 1, 2, 150, 20_000])
    func equalsGrouping(count: Int) {
        var generator = SystemRandomNumberGenerator()
        var hashes = (0..<count).map { _ in UInt64.random(in: 0...UInt64.max, using: &generator) }
        if count > 100 {
            // Repeats, near neighbours in one bucket (same top bits), and the extremes.
            for position in stride(from: 0, to: count, by: 37) { hashes[position] = hashes[count - 1 - position / 2] }
            for position in stride(from: 5, to: count, by: 101) { hashes[position] = 0xABCD_0000_0000_0000 | UInt64(position % 7) }
            hashes[1] = 0
            hashes[2] = 0
            hashes[3] = .max
            hashes[4] = .max
        }
        let expected = Dictionary(grouping: hashes.indices) { hashes[$0] }.values.filter { $0.count > 1 }.map { $0.sorted() }
        let found = RepeatedHashes.groups(in: hashes)
        #expect(Set(found) == Set(expected))
        #expect(found.count == expected.count)
    }
}
