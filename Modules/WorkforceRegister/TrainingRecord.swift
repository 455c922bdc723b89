import Domain

/// One training course a member of staff attended.
public struct TrainingRecord: Sendable, Hashable, Codable {
    /// Who attended.
    public var staffID: String
    /// The course's title.
    public var course: String
    /// When (the day it ended, for a course of several days).
    public var date: CalendarDate

    /// Creates a training record.
    public init(staffID: String, course: String, date: CalendarDate) {
        self.staffID = staffID
        self.course = course
        self.date = date
    }
}
