import Domain

/// An episode of need that began in the six months, so Lists 1, 3 and 4 need its contact,
/// referral and assessment.
struct FrontDoorEpisode: Sendable {
    var child: CaseChild
    /// The referral date, which is the episode's "CIN Start Date".
    var referralDate: CalendarDate
    /// The last day the assessment can have been authorised; nil while it is still open.
    var completeBy: CalendarDate?
    /// Who did the assessment.
    var assessor: Allocation
}
