import Foundation

/// An audit event as stored: its id and the time the database gave it, beside what was recorded.
public struct AuditRecord: Sendable, Equatable, Codable {
    /// The event's id, its place in the chain.
    public var id: Int
    /// When the database wrote it.
    public var occurredAt: Date
    /// What was recorded: who did what to which record, and why.
    public var event: AuditEvent

    /// Creates a record.
    public init(id: Int, occurredAt: Date, event: AuditEvent) {
        self.id = id
        self.occurredAt = occurredAt
        self.event = event
    }

    /// The record acted on, as `type id` (or the type alone).
    public var record: String { event.recordID.map { "\(event.recordType) \($0)" } ?? event.recordType }
}
