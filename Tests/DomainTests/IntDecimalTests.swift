import Domain
import Testing

@Suite("Decimal digits as bytes")
struct IntDecimalTests {
    @Test("appendDecimal spells every number as String does, the extremes included")
    func spellsAsString() {
        var generator = SystemRandomNumberGenerator()
        let numbers =
            [0, 1, -1, 9, 10, -10, 99, 100, 1_000_000, Int.max, Int.min, Int.min + 1]
            + (0..<1_000).map { _ in Int.random(in: .min ... .max, using: &generator) }
        for number in numbers {
            var bytes: [UInt8] = [0x2A]
            number.appendDecimal(to: &bytes)
            #expect(bytes == [0x2A] + Array(String(number).utf8), "\(number)")
        }
    }
}
