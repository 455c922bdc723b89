import Configuration

/// The key under which audit events name a child: `AUDIT_CHILD_KEY` (or `AUDIT_CHILD_KEY_FILE`),
/// at least 32 characters.
///
/// Read it once when a command that audit-logs child ids starts, so that a missing key stops
/// the command before it does anything. Keep the same key for the life of the audit log: the
/// references of one child match only under one key.
public struct AuditChildKey: Sendable {
    /// The configuration key, in dotted form (`AUDIT_CHILD_KEY`).
    public static let configurationKey = "audit.child.key"
    /// The fewest characters a key may have.
    public static let minimumLength = 32

    let bytes: [UInt8]

    /// A key of `text`.
    /// - Throws: `StartupError` when `text` is shorter than ``minimumLength``.
    public init(_ text: String) throws {
        guard text.count >= Self.minimumLength else {
            throw StartupError("AUDIT_CHILD_KEY must have at least \(Self.minimumLength) characters, e.g. from `openssl rand -hex 32`")
        }
        bytes = Array(text.utf8)
    }

    /// The key set in `configuration`.
    /// - Throws: `StartupError`, one line, when it is missing or too short.
    public init(configuration: ConfigReader) throws {
        guard let text = configuration.string(forKey: ConfigKey(Self.configurationKey), isSecret: true), !text.isEmpty else {
            throw StartupError(
                "AUDIT_CHILD_KEY is not set (or AUDIT_CHILD_KEY_FILE): the audit log names children by a keyed hash under it; e.g. `openssl rand -hex 32`")
        }
        try self.init(text)
    }
}
