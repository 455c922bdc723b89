/// An approved (or formerly approved) fostering household, as the foster-carer invitation
/// campaigns see it.
///
/// A fair open invitation goes to every approved household that can be contacted; whether a
/// household may be emailed depends on ``consentToEmail`` and ``email``.
public struct FosteringHousehold: Sendable, Hashable, Identifiable {
    /// Where a household stands with the fostering service.
    public enum ApprovalStatus: String, Sendable, Hashable, CaseIterable {
        case approved
        case suspended
        case underReview = "under_review"
        case deregistered
    }

    /// Whether the household fosters children in general or a child it already knows.
    public enum HouseholdType: String, Sendable, Hashable, CaseIterable {
        /// Approved to foster children generally.
        case mainstream
        /// Family and friends (connected persons) carers.
        case kinship
    }

    /// The service's stable identifier for the household.
    public var id: String
    /// The carers' names, for addressing invitations.
    public var carerNames: [String]
    /// Where to email the household, if known.
    public var email: String?
    /// Where to phone the household, if known.
    public var phone: String?
    /// Where the household stands with the service.
    public var approvalStatus: ApprovalStatus
    /// Mainstream or kinship.
    public var type: HouseholdType
    /// The support group the household belongs to, if any.
    public var supportGroup: String?
    /// Whether the household agreed to be contacted by email.
    public var consentToEmail: Bool

    /// Creates a household.
    public init(
        id: String, carerNames: [String], email: String?, phone: String?,
        approvalStatus: ApprovalStatus, type: HouseholdType, supportGroup: String?,
        consentToEmail: Bool
    ) {
        self.id = id
        self.carerNames = carerNames
        self.email = email
        self.phone = phone
        self.approvalStatus = approvalStatus
        self.type = type
        self.supportGroup = supportGroup
        self.consentToEmail = consentToEmail
    }
}
