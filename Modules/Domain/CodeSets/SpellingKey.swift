/// The normalised form under which a code set spelling is looked up.
///
/// Only ASCII letters and digits count, lower-cased: spaces, punctuation, curly or straight quotes
/// and apostrophes and all dashes drop out, so `U4: Foster placement - long term`,
/// `u4 – foster placement – long term` and `U4 - Foster placement - long term` share one key. A
/// leading ordering letter (`a) `, `zz) `, any letter) is dropped first, because Ofsted's letters
/// order the list but do not identify the value.
enum SpellingKey {
    /// Normalises `text` into a stack buffer and hands `body` the key's bytes and their 64-bit
    /// FNV-1a hash; nothing is allocated, because this runs once per coded cell of every import.
    static func withKey<Result>(of text: String, _ body: (UnsafeBufferPointer<UInt8>, UInt64) -> Result) -> Result {
        var text = text
        return text.withUTF8 { utf8 in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: utf8.count + 1) { key in
                var length = 0
                // Still reading what may be an ordering letter: at most two letters and then `)`.
                var mayBeOrderingLetter = true
                for byte in utf8 {
                    switch byte {
                    case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
                        if length == 2 { mayBeOrderingLetter = false }
                        key[length] = byte | 0x20
                        length += 1
                    case UInt8(ascii: "0")...UInt8(ascii: "9"):
                        mayBeOrderingLetter = false
                        key[length] = byte
                        length += 1
                    case UInt8(ascii: ")") where mayBeOrderingLetter && length > 0:
                        length = 0
                        mayBeOrderingLetter = false
                    case UInt8(ascii: " "), UInt8(ascii: "\t"), 0x80...:
                        // Spaces and non-ASCII bytes (no-break spaces, curly quotes, dashes) are ignorable.
                        break
                    default:
                        // Punctuation before any letter, such as a quote or `(`, may still precede the letter.
                        if length > 0 { mayBeOrderingLetter = false }
                    }
                }
                let bytes = UnsafeBufferPointer(rebasing: key[..<length])
                return body(bytes, hash(of: bytes))
            }
        }
    }

    /// The key of `text` as bytes, for building tables and for tests.
    static func make(_ text: String) -> [UInt8] {
        withKey(of: text) { bytes, _ in Array(bytes) }
    }

    /// 64-bit FNV-1a: cheap and good enough to index a few hundred short keys; lookups still
    /// compare the bytes, so a collision can never produce a wrong match.
    static func hash(of bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        return hash
    }
}
