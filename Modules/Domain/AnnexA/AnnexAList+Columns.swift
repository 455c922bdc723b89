extension AnnexAList {
    /// Every column of the list in Ofsted's order; for List 9 the 2024 layout (17 columns), whose
    /// four new columns have ``AnnexAColumn/since2024`` set.
    public var columns: [AnnexAColumn] {
        Self.columnsByList[rawValue - 1]
    }

    /// Built once: exporters and validators ask for columns per row.
    private static let columnsByList = allCases.map(\.definedColumns)

    private var definedColumns: [AnnexAColumn] {
        typealias Column = AnnexAColumn
        switch self {
        case .contacts:
            return Column.childCharacteristics + [
                .date("date_of_contact", "Date of Contact"),
                .code("contact_source", "Contact Source", ReferralSource.self)
            ]
        case .earlyHelp:
            return Column.childCharacteristics + [
                .date("assessment_start_date", "Assessment start date"),
                .date("assessment_completion_date", "Assessment completion date", required: false),
                .text("organisation_completing_assessment", "Organisation completing assessment")
            ]
        case .referrals:
            return Column.childCharacteristics + [
                .date("date_of_referral", "Date of referral", variants: ["Date of Referral"]),
                .code("referral_source", "Referral Source", ReferralSource.self),
                .code("referral_nfa", "Referral NFA?", YesNo.self),
                .integer("referrals_in_last_12_months", "Number of Referrals in Last 12 Months"),
                .allocatedTeam, .allocatedWorker
            ]
        case .assessments:
            return Column.childCharacteristics + [
                .disability,
                .date("assessment_start_date", "Continuous Assessment Start Date"),
                .code("child_seen_during_assessment", "Child Seen During Continuous Assessment", YesNoUnknown.self),
                .date("assessment_authorisation_date", "Continuous Assessment Date of Authorisation", required: false),
                .code(
                    "requires_social_care_support",
                    "Was the child assessed as requiring LA children’s social care support", YesNo.self,
                    variants: ["Was the child assessed as requiring LA children's social care support?"],
                    required: false),
                .allocatedTeam, .allocatedWorker
            ]
        case .section47:
            return Column.childCharacteristics + [
                .disability,
                .date("strategy_discussion_date", "Strategy discussion initiating Section 47 Enquiry Start Date"),
                .code(
                    "icpc_deemed_unnecessary", "Was an Initial Child Protection Conference deemed unnecessary?",
                    YesNo.self, required: false),
                .date("icpc_date", "Date of Initial Child Protection Conference", required: false),
                .code(
                    "icpc_resulted_in_plan",
                    "Did the Initial Child Protection Conference Result in a Child Protection Plan", YesNo.self,
                    variants: ["Did the Initial Child Protection Conference Result in a Child Protection Plan?"],
                    required: false),
                .integer("section_47_enquiries_in_last_12_months", "Number of Section 47 Enquiries in the last 12 months"),
                .integer("icpcs_in_last_12_months", "Number of ICPCs in the last 12 months"),
                .allocatedTeam, .allocatedWorker
            ]
        case .childrenInNeed:
            return Column.childCharacteristics + [
                .disability,
                .date("cin_start_date", "CIN Start Date", required: false),
                .code("primary_need", "Primary Need Code", PrimaryNeed.self),
                .date("date_child_last_seen", "Date Child Was Last Seen", required: false),
                .date("cin_closure_date", "CIN Closure Date", required: false),
                .code("reason_for_closure", "Reason for Closure", ReasonForClosure.self, required: false),
                .code("case_status", "Case status", CaseStatus.self, variants: ["Case Status"]),
                .allocatedTeam, .allocatedWorker
            ]
        case .childProtection:
            return Column.childCharacteristics + [
                .disability,
                .date("plan_start_date", "Child Protection Plan Start Date"),
                .code("initial_category_of_abuse", "Initial Category of Abuse", CategoryOfAbuse.self),
                .code("latest_category_of_abuse", "Latest Category of Abuse", CategoryOfAbuse.self),
                .date("date_of_last_statutory_visit", "Date of the Last Statutory Visit", required: false),
                .code("seen_alone", "Was the Child Seen Alone?", YesNoUnknown.self, required: false),
                .date("date_of_latest_review_conference", "Date of latest review conference", required: false),
                .date("plan_end_date", "Child Protection Plan End Date", required: false),
                .code(
                    "emergency_protection_in_last_6_months",
                    "Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N)",
                    YesNo.self),
                .integer("previous_plans", "Number of Previous Child Protection Plans"),
                .allocatedTeam, .allocatedWorker
            ]
        case .childrenInCare:
            return Column.childCharacteristics + [
                .code(
                    "uasc", "Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)", YesNo.self,
                    variants: ["Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N))"]),
                .disability,
                .date("date_started_looked_after", "Date Started to be Looked After"),
                .code("category_of_need", "Child's Category of Need", PrimaryNeed.self),
                .code(
                    "second_period_in_last_12_months",
                    "Is this a second or subsequent period of being a Looked After Child within the last 12 months (Y/N)",
                    YesNo.self,
                    variants: ["Is this a second or subsequent episode of being a Looked After Child within the last 12 months (Y/N)"]),
                .date("legal_status_start_date", "Start date of current legal status"),
                .code("legal_status", "Child's Legal Status", LegalStatus.self),
                .date("date_of_latest_statutory_review", "Date of Latest Statutory Review", required: false),
                .date("date_of_last_social_work_visit", "Date of Last Social Work Visit", required: false),
                .code(
                    "permanence_plan", "What is the permanence plan for this child?", PermanencePlan.self,
                    required: false),
                .date("date_of_last_iro_contact", "Date of Last IRO Visit / Contact to the Child", required: false),
                .date("date_of_last_health_assessment", "Date of Last Health Assessment", required: false),
                .date("date_of_last_dental_check", "Date of Last Dental Check", required: false),
                .integer("placements_in_last_12_months", "Number of Placements in the Last 12 months"),
                .date(
                    "date_ceased_looked_after", "Date Ceased to be Looked After ",
                    variants: ["Date Ceased to be Looked After"], required: false),
                .code(
                    "reason_ceased_looked_after", "Reason Ceased to be Looked After", ReasonCeasedLookedAfter.self,
                    required: false),
                .date("placement_start_date", "Start Date of Most Recent Placement"),
                .code("placement_type", "Placement Type", PlacementType.self),
                .code("placement_provider", "Placement Provider", PlacementProvider.self),
                .text("placement_postcode", "Placement postcode"),
                .text("placement_urn", "URN of Placement", required: false),
                .code("placement_location", "Placement Location", PlacementLocation.self),
                .text("placement_la", "LA of Placement"),
                .integer(
                    "missing_episodes_in_last_12_months",
                    "Number of Episodes the Child has been ‘Missing’ from their Placement in the last 12 months",
                    variants: ["Number of Episodes the Child has been 'Missing' from their Placement in the last 12 months"]),
                .integer(
                    "absent_episodes_in_last_12_months",
                    "Number of Episodes the Child has been ‘Absent’ from their Placement in the last 12 months",
                    variants: ["Number of Episodes the Child has been 'Absent' from their Placement in the last 12 months"]),
                .code(
                    "return_interview_offered",
                    "Was the child offered a Return Interview after their last missing episode (Y/N)?",
                    YesNoUnknown.self, required: false),
                .code(
                    "return_interview_accepted",
                    "Did the child accept a Return Interview after their last missing episode (Y/N)?",
                    YesNoUnknown.self, required: false),
                .allocatedTeam, .allocatedWorker
            ]
        case .careLeavers:
            return Column.childCharacteristics + [
                .code(
                    "uasc", "Unaccompanied Asylum Seeking Child (UASC), or formerly UASC if 18 or over (Y/N)",
                    YesNo.self, since2024: true),
                .disability,
                .allocatedTeam, .allocatedWorker,
                .text("personal_advisor", "Allocated Personal Advisor", since2024: true),
                .code("eligibility_category", "Eligibility Category", EligibilityCategory.self),
                .date(
                    "latest_pathway_plan_review_date", "Latest Pathway Plan Review Date",
                    required: false, since2024: true),
                .code("in_touch", "LA In Touch ", InTouch.self, variants: ["LA in Touch", "LA In Touch"]),
                .date("latest_date_of_contact", "Latest Date of Contact", required: false, since2024: true),
                .code("accommodation_type", "Type of Accommodation", AccommodationType.self, required: false),
                .code(
                    "accommodation_suitability", "Suitability of Accommodation", AccommodationSuitability.self,
                    required: false),
                .code("activity_status", "Activity Status", ActivityStatus.self, required: false)
            ]
        case .adoption:
            return [
                .childID, .familyID, .gender, .ethnicity, .dateOfBirth, .age, .disability,
                .date("date_entered_care", "Date the Child Entered Care"),
                .date("date_of_decision_to_place", "Date of Decision that Child Should be Placed for Adoption"),
                .date("date_of_placement_order", "Date of Placement Order", required: false),
                .date("date_of_matching", "Date of Matching Child and Prospective Adopters", required: false),
                .date("date_placed_for_adoption", "Date Placed for Adoption", required: false),
                .date(
                    "date_of_adoption_order", "Date of Adoption Order ", variants: ["Date of Adoption Order"],
                    required: false),
                .date(
                    "date_of_decision_no_longer_to_place",
                    "Date of Decision that Child Should No Longer be Placed for Adoption", required: false),
                .code(
                    "reason_no_longer_placed", "Reason Why Child No Longer Placed for Adoption",
                    ReasonNoLongerPlacedForAdoption.self, required: false),
                .date(
                    "date_placed_for_fostering_for_adoption",
                    "Date the child was placed for fostering in FFA or concurrent planning placement", required: false)
            ]
        case .adopters:
            return [
                .text("adopter_id", "Individual adopter identifier"),
                .familyID,
                .code("gender", "Gender", AdopterGender.self),
                .ethnicity,
                .code("disability", "Disability", YesNo.self),
                .code("fostering_for_adoption", "Is the (prospective) adopter fostering for adoption?", PlainYesNo.self),
                .date("date_enquiry_received", "Date enquiry received"),
                .date("date_stage_1_started", "Date Stage 1 started", required: false),
                .date("date_stage_1_ended", "Date Stage 1 ended", required: false),
                .date("date_stage_2_started", "Date Stage 2 started", required: false),
                .date("date_stage_2_ended", "Date Stage 2 ended", required: false),
                .date("date_application_submitted", "Date application submitted", required: false),
                .date("date_application_approved", "Date application approved", required: false),
                .date("date_of_matching", "Date adopter matched with child(ren)", required: false),
                .date("date_placed_for_adoption", "Date child/children placed with adopter(s)", required: false),
                .integer("children_placed", "No. of children placed", required: false),
                .date("date_of_adoption_order", "Date of Adoption Order", required: false),
                .date("date_of_leaving_process", "Date of leaving adoption process", required: false),
                .code(
                    "reason_for_leaving_process", "Reason for leaving adoption process",
                    ReasonLeftAdoptionProcess.self, required: false)
            ]
        }
    }
}
