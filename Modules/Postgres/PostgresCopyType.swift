/// The type a column's values are sent as in a binary COPY
/// (``PostgresConnection/copy(into:columns:types:isolation:_:)``): it must be the column's own
/// type, since the server reads the bytes without converting them. Its raw value is the type's
/// name in SQL.
public enum PostgresCopyType: String, Sendable {
    /// `text` (and `varchar`): the UTF-8 bytes as they are.
    case text
    /// `integer` (4 bytes); a larger value fails the COPY naming its line and column.
    case integer
    /// `bigint` (8 bytes).
    case bigint
    /// `date`: days since 2000-01-01.
    case date
    /// `boolean`.
    case boolean
    /// `jsonb`: the JSON text after a version byte.
    case jsonb
}
