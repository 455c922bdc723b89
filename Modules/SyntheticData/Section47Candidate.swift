import Domain

/// A child who could have been the subject of a section 47 enquiry or a further assessment
/// between two dates, and who would have done it.
struct Section47Candidate: Sendable {
    var child: CaseChild
    var from: CalendarDate
    var through: CalendarDate
    var allocation: Allocation
    /// False while the child's first assessment is still open, or when it found no need.
    var mayBeReassessed = true
}
