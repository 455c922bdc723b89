import Crypto

extension HexDigest {
    /// The lowercase hex HMAC-SHA-256 of `bytes` under `key`: a keyed hash that nobody without
    /// the key can recompute, so it cannot be reversed by hashing every possible input.
    public static func hmacSHA256<Bytes: Sequence<UInt8>>(_ bytes: Bytes, key: [UInt8]) -> String {
        hex(HMAC<SHA256>.authenticationCode(for: Array(bytes), using: SymmetricKey(data: key)))
    }
}
