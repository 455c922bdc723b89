import Crypto

/// Lowercase hex of SHA-256 digests: the one form the software writes hashes in (migration
/// checksums, snapshot content, manifests, plans, seeds, attached files, tokens).
public enum HexDigest {
    /// The lowercase hex SHA-256 of `bytes`.
    public static func sha256<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> String {
        hex(SHA256.hash(data: Array(bytes)))
    }

    /// The lowercase hex SHA-256 of `text`'s UTF-8 bytes.
    public static func sha256(_ text: String) -> String {
        sha256(text.utf8)
    }

    /// Lowercase hex of `bytes`, two digits each.
    public static func hex<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(bytes.underestimatedCount * 2)
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
