import Crypto

/// Lowercase hex of SHA-256 digests, the form manifests, plans and seeds are hashed to.
enum HexDigest {
    /// The lowercase hex SHA-256 of `bytes`.
    static func sha256<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> String {
        hex(SHA256.hash(data: Array(bytes)))
    }

    /// Lowercase hex of `bytes`, two digits each.
    static func hex<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
