import Domain

/// One supervision a practitioner had.
public struct SupervisionRecord: Sendable, Hashable, Codable {
    /// Who was supervised.
    public var staffID: String
    /// Who supervised (or facilitated the group).
    public var supervisorID: String
    /// When.
    public var date: CalendarDate
    /// Individual or group reflective.
    public var kind: SupervisionKind

    /// Creates a supervision record.
    public init(staffID: String, supervisorID: String, date: CalendarDate, kind: SupervisionKind) {
        self.staffID = staffID
        self.supervisorID = supervisorID
        self.date = date
        self.kind = kind
    }
}
