import Hashing

extension AuditLog {
    /// The `details` key under which an event records ``childReference(_:key:)``.
    public static let childReferenceDetail = "child_hmac"

    /// How an audit event names a child without holding the child's id: the lowercase hex
    /// HMAC-SHA-256 of `childID` under `key` (64 digits).
    ///
    /// A plain SHA-256 would not do: Child Unique IDs are few and guessable, so hashing every
    /// possible id would reverse it. Whoever holds the key can still find a given child's
    /// events, by computing the reference of that child's id.
    public static func childReference(_ childID: String, key: AuditChildKey) -> String {
        HexDigest.hmacSHA256(childID.utf8, key: key.bytes)
    }
}
