import Domain

/// Everything generated for one authority, ready to append to the output files.
///
/// Held only while the authority is written, so memory stays flat however many authorities a
/// run covers.
struct AuthorityData: Sendable {
    var contacts: [ContactRecord] = []
    var earlyHelp: [EarlyHelpRecord] = []
    var referrals: [ReferralRecord] = []
    var assessments: [AssessmentRecord] = []
    var section47Enquiries: [Section47Record] = []
    var childrenInNeed: [ChildInNeedRecord] = []
    var childProtection: [ChildProtectionRecord] = []
    var childrenInCare: [ChildInCareRecord] = []
    var careLeavers: [CareLeaverRecord] = []
    var adoption: [AdoptionRecord] = []
    var adopters: [AdopterRecord] = []
    var teams: [Team] = []
    var workers: [Worker] = []
    var fosteringHouseholds: [FosteringHousehold] = []
    /// "Child Unique ID"s of school-age children in need missing education (a local list).
    var childrenNotInSchool: [String] = []
    /// The workforce register's files (staff, leave, supervision, training).
    var register = StaffRegister()

    /// Puts every list in the order an authority's export would have: the flow lists (1 to 5) by
    /// date, the others by identifier.
    mutating func sortRows() {
        contacts.sort { ($0.dateOfContact, $0.child.childID) < ($1.dateOfContact, $1.child.childID) }
        earlyHelp.sort { ($0.assessmentStartDate, $0.child.childID) < ($1.assessmentStartDate, $1.child.childID) }
        referrals.sort { ($0.dateOfReferral, $0.child.childID) < ($1.dateOfReferral, $1.child.childID) }
        assessments.sort { ($0.assessmentStartDate, $0.child.childID) < ($1.assessmentStartDate, $1.child.childID) }
        section47Enquiries.sort {
            ($0.strategyDiscussionDate, $0.child.childID) < ($1.strategyDiscussionDate, $1.child.childID)
        }
        childrenInNeed.sort { $0.child.childID < $1.child.childID }
        childProtection.sort { $0.child.childID < $1.child.childID }
        childrenInCare.sort { $0.child.childID < $1.child.childID }
        careLeavers.sort { $0.child.childID < $1.child.childID }
        adoption.sort { $0.child.childID < $1.child.childID }
        childrenNotInSchool.sort()
    }
}
