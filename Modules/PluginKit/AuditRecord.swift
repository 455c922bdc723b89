import Foundation

/// An audit event as stored: its id and the time the database gave it, beside what was recorded.
public struct AuditRecord: Sendable, Equatable, Codable {
    /// The event's id, its place in the chain.
    public var id: Int
    /// When the database wrote it.
    public var occurredAt: Date
    /// Who acted.
    public var actor: String
    /// What they did (`sample.view`).
    public var action: String
    /// The kind of record acted on.
    public var recordType: String
    /// The record's id, when there is one.
    public var recordID: String?
    /// Why, when given.
    public var reason: String?
    /// Extra facts, every value as text.
    public var details: [String: String]

    /// Creates a record.
    public init(
        id: Int, occurredAt: Date, actor: String, action: String, recordType: String,
        recordID: String? = nil, reason: String? = nil, details: [String: String] = [:]
    ) {
        self.id = id
        self.occurredAt = occurredAt
        self.actor = actor
        self.action = action
        self.recordType = recordType
        self.recordID = recordID
        self.reason = reason
        self.details = details
    }

    /// The record acted on, as `type id` (or the type alone).
    public var record: String { recordID.map { "\(recordType) \($0)" } ?? recordType }
}
