import Domain
import Testing

/// One synthetic, fully filled row per list, and one with every optional cell blank.
enum RecordFixtures {
    static func day(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate {
        CalendarDate(year: year, month: month, day: day)!
    }

    static let child = ChildCharacteristics(
        childID: "C000123", gender: .female, ethnicity: .nobt, dateOfBirth: day(2014, 6, 9), age: 9)
    static let unbornChild = ChildCharacteristics(
        childID: "C000999", gender: .notStated, ethnicity: .refu, dateOfBirth: nil, age: nil)

    static let full: [any AnnexARecord] = [
        ContactRecord(child: child, dateOfContact: day(2024, 1, 2), contactSource: .laEarlyHelp),
        EarlyHelpRecord(
            child: child, assessmentStartDate: day(2024, 1, 3), assessmentCompletionDate: day(2024, 2, 3),
            organisationCompletingAssessment: "Family Hub North"),
        ReferralRecord(
            child: child, dateOfReferral: day(2024, 1, 4), referralSource: .healthAccidentAndEmergency,
            referralNFA: .no, referralsInLast12Months: 2, allocatedTeam: "MASH", allocatedWorker: "W17"),
        AssessmentRecord(
            child: child, disability: .unknown, assessmentStartDate: day(2024, 1, 5),
            childSeenDuringAssessment: .yes, assessmentAuthorisationDate: day(2024, 2, 20),
            requiresSocialCareSupport: .yes, allocatedTeam: "Assessment 1", allocatedWorker: "W18"),
        Section47Record(
            child: child, disability: .no, strategyDiscussionDate: day(2024, 1, 6),
            icpcDeemedUnnecessary: .no, icpcDate: day(2024, 1, 20), icpcResultedInPlan: .yes,
            section47EnquiriesInLast12Months: 1, icpcsInLast12Months: 0,
            allocatedTeam: "Assessment 2", allocatedWorker: "W19"),
        ChildInNeedRecord(
            child: child, disability: .yes, cinStartDate: day(2023, 9, 1), primaryNeed: .n0,
            dateChildLastSeen: day(2024, 1, 7), cinClosureDate: day(2024, 1, 8), reasonForClosure: .rc9,
            caseStatus: .closed, allocatedTeam: "CIN East", allocatedWorker: "W20"),
        ChildProtectionRecord(
            child: child, disability: .no, planStartDate: day(2023, 5, 1),
            initialCategoryOfAbuse: .neglect, latestCategoryOfAbuse: .multiple,
            dateOfLastStatutoryVisit: day(2024, 1, 9), seenAlone: .unknown,
            dateOfLatestReviewConference: day(2023, 11, 1), planEndDate: day(2024, 1, 10),
            emergencyProtectionInLast6Months: .no, previousPlans: 3,
            allocatedTeam: "CP West", allocatedWorker: "W21"),
        ChildInCareRecord(
            child: child, uasc: .yes, disability: .no, dateStartedLookedAfter: day(2022, 4, 1),
            categoryOfNeed: .n3, secondPeriodInLast12Months: .no, legalStatusStartDate: day(2022, 6, 1),
            legalStatus: .c2, dateOfLatestStatutoryReview: day(2023, 12, 1),
            dateOfLastSocialWorkVisit: day(2024, 1, 11), permanencePlan: .other,
            dateOfLastIROContact: day(2023, 12, 2), dateOfLastHealthAssessment: day(2023, 10, 1),
            dateOfLastDentalCheck: day(2023, 8, 1), placementsInLast12Months: 1,
            dateCeasedLookedAfter: day(2024, 1, 12), reasonCeasedLookedAfter: .x1,
            placementStartDate: day(2023, 2, 1), placementType: .t4, placementProvider: .pr4,
            placementPostcode: "NG1 1AA", placementURN: "SC123456", placementLocation: .outside,
            placementLA: "Derbyshire", missingEpisodesInLast12Months: 2, absentEpisodesInLast12Months: 1,
            returnInterviewOffered: .yes, returnInterviewAccepted: .no,
            allocatedTeam: "Children in Care 1", allocatedWorker: "W22"),
        CareLeaverRecord(
            child: child, uasc: .no, disability: .unknown, allocatedTeam: "Leaving Care",
            allocatedWorker: "W23", personalAdvisor: "PA4", eligibilityCategory: .eligible,
            latestPathwayPlanReviewDate: day(2023, 12, 3), inTouch: .notRequired,
            latestDateOfContact: day(2024, 1, 13), accommodationType: .formerFosterCarers,
            accommodationSuitability: .unsuitable, activityStatus: .p5),
        AdoptionRecord(
            child: child, familyID: "F77", disability: .no, dateEnteredCare: day(2022, 1, 1),
            dateOfDecisionToPlace: day(2022, 7, 1), dateOfPlacementOrder: day(2022, 10, 1),
            dateOfMatching: day(2023, 1, 1), datePlacedForAdoption: day(2023, 2, 1),
            dateOfAdoptionOrder: day(2023, 9, 1), dateOfDecisionNoLongerToPlace: day(2023, 3, 1),
            reasonNoLongerPlaced: .rd4, datePlacedForFosteringForAdoption: day(2022, 8, 1)),
        AdopterRecord(
            adopterID: "A501", familyID: "AF9", gender: .notStated, ethnicity: .wbri, disability: .no,
            fosteringForAdoption: .yes, dateEnquiryReceived: day(2023, 3, 1),
            dateStage1Started: day(2023, 3, 10), dateStage1Ended: day(2023, 5, 10),
            dateStage2Started: day(2023, 5, 11), dateStage2Ended: day(2023, 9, 11),
            dateApplicationSubmitted: day(2023, 5, 11), dateApplicationApproved: day(2023, 10, 1),
            dateOfMatching: day(2023, 11, 1), datePlacedForAdoption: day(2023, 12, 1), childrenPlaced: 2,
            dateOfAdoptionOrder: day(2024, 1, 14), dateOfLeavingProcess: day(2024, 1, 15),
            reasonForLeavingProcess: .onHold)
    ]

    static let sparse: [any AnnexARecord] = [
        ContactRecord(child: unbornChild, dateOfContact: day(2024, 1, 2), contactSource: .individualFamily),
        EarlyHelpRecord(
            child: unbornChild, assessmentStartDate: day(2024, 1, 3), assessmentCompletionDate: nil,
            organisationCompletingAssessment: "School"),
        ReferralRecord(
            child: unbornChild, dateOfReferral: day(2024, 1, 4), referralSource: .police,
            referralNFA: .yes, referralsInLast12Months: 0, allocatedTeam: "MASH", allocatedWorker: "W1"),
        AssessmentRecord(
            child: unbornChild, disability: .no, assessmentStartDate: day(2024, 1, 5),
            childSeenDuringAssessment: .no, assessmentAuthorisationDate: nil,
            requiresSocialCareSupport: nil, allocatedTeam: "A", allocatedWorker: "W2"),
        Section47Record(
            child: unbornChild, disability: .no, strategyDiscussionDate: day(2024, 1, 6),
            icpcDeemedUnnecessary: nil, icpcDate: nil, icpcResultedInPlan: nil,
            section47EnquiriesInLast12Months: 0, icpcsInLast12Months: 0, allocatedTeam: "A",
            allocatedWorker: "W3"),
        ChildInNeedRecord(
            child: unbornChild, disability: .no, cinStartDate: nil, primaryNeed: .n1,
            dateChildLastSeen: nil, cinClosureDate: nil, reasonForClosure: nil,
            caseStatus: .openAssessment, allocatedTeam: "B", allocatedWorker: "W4"),
        ChildProtectionRecord(
            child: unbornChild, disability: .no, planStartDate: day(2023, 5, 1),
            initialCategoryOfAbuse: .emotional, latestCategoryOfAbuse: .emotional,
            dateOfLastStatutoryVisit: nil, seenAlone: nil, dateOfLatestReviewConference: nil,
            planEndDate: nil, emergencyProtectionInLast6Months: .yes, previousPlans: 0,
            allocatedTeam: "C", allocatedWorker: "W5"),
        ChildInCareRecord(
            child: unbornChild, uasc: .no, disability: .no, dateStartedLookedAfter: day(2022, 4, 1),
            categoryOfNeed: .n1, secondPeriodInLast12Months: .yes, legalStatusStartDate: day(2022, 4, 1),
            legalStatus: .v2, dateOfLatestStatutoryReview: nil, dateOfLastSocialWorkVisit: nil,
            permanencePlan: nil, dateOfLastIROContact: nil, dateOfLastHealthAssessment: nil,
            dateOfLastDentalCheck: nil, placementsInLast12Months: 0, dateCeasedLookedAfter: nil,
            reasonCeasedLookedAfter: nil, placementStartDate: day(2022, 4, 1), placementType: .u6,
            placementProvider: .pr1, placementPostcode: "NG2", placementURN: nil,
            placementLocation: .inside, placementLA: "Nottinghamshire", missingEpisodesInLast12Months: 0,
            absentEpisodesInLast12Months: 0, returnInterviewOffered: nil, returnInterviewAccepted: nil,
            allocatedTeam: "D", allocatedWorker: "W6"),
        CareLeaverRecord(
            child: unbornChild, uasc: nil, disability: .no, allocatedTeam: "E", allocatedWorker: "W7",
            personalAdvisor: nil, eligibilityCategory: .relevant, latestPathwayPlanReviewDate: nil,
            inTouch: .yes, latestDateOfContact: nil, accommodationType: nil,
            accommodationSuitability: nil, activityStatus: nil),
        AdoptionRecord(
            child: unbornChild, familyID: nil, disability: .no, dateEnteredCare: day(2022, 1, 1),
            dateOfDecisionToPlace: day(2022, 7, 1), dateOfPlacementOrder: nil, dateOfMatching: nil,
            datePlacedForAdoption: nil, dateOfAdoptionOrder: nil, dateOfDecisionNoLongerToPlace: nil,
            reasonNoLongerPlaced: nil, datePlacedForFosteringForAdoption: nil),
        AdopterRecord(
            adopterID: "A502", familyID: nil, gender: .male, ethnicity: .aoth, disability: .yes,
            fosteringForAdoption: .no, dateEnquiryReceived: day(2023, 3, 1), dateStage1Started: nil,
            dateStage1Ended: nil, dateStage2Started: nil, dateStage2Ended: nil,
            dateApplicationSubmitted: nil, dateApplicationApproved: nil, dateOfMatching: nil,
            datePlacedForAdoption: nil, childrenPlaced: nil, dateOfAdoptionOrder: nil,
            dateOfLeavingProcess: nil, reasonForLeavingProcess: nil)
    ]
}

/// A record erased for use as a test argument.
struct RecordProbe: Sendable, CustomTestStringConvertible {
    let record: any AnnexARecord
    let list: AnnexAList

    init(_ record: any AnnexARecord) {
        self.record = record
        self.list = type(of: record).list
    }

    var testDescription: String { "List \(list.number) \(type(of: record))" }

    static let all = (RecordFixtures.full + RecordFixtures.sparse).map(RecordProbe.init)
}
