extension CohortSizes {
    /// England's figures (ilacs.md: DfE statistics for 31 March 2025, fostering March 2025).
    ///
    /// Open counts are the published ones. Flows over six months (ceased care, ended plans, closed
    /// episodes, contacts, referrals, assessments, enquiries) are about half the published yearly
    /// figures, so that all lists together come to about three million rows.
    static let england = CohortSizes(
        childrenInCare: 81_770, childrenCeasedCare: 16_000,
        childProtectionPlans: 49_420, childProtectionPlansEnded: 30_000,
        childrenInNeed: 402_400, closedEpisodes: 120_000, careLeavers: 47_000,
        contacts: 1_250_000, referrals: 300_000, assessments: 300_000, section47Enquiries: 125_000,
        earlyHelp: 250_000, adoptionChildren: 6_000, adopters: 4_300,
        mainstreamHouseholds: 33_435, kinshipHouseholds: 8_755
    )

    /// A large county like Nottinghamshire: about 950 in care (two thirds or more fostered), 355
    /// fostering households, 5,000 children in need, 650 on plans; about 40,000 rows in all.
    static let county = CohortSizes(
        childrenInCare: 950, childrenCeasedCare: 190,
        childProtectionPlans: 650, childProtectionPlansEnded: 380,
        childrenInNeed: 5_000, closedEpisodes: 1_600, careLeavers: 550,
        contacts: 17_000, referrals: 3_500, assessments: 3_500, section47Enquiries: 1_500,
        earlyHelp: 3_000, adoptionChildren: 70, adopters: 50,
        mainstreamHouseholds: 280, kinshipHouseholds: 75
    )

    /// A small authority: a few thousand rows, generated in well under a second.
    static let small = CohortSizes(
        childrenInCare: 60, childrenCeasedCare: 14,
        childProtectionPlans: 40, childProtectionPlansEnded: 25,
        childrenInNeed: 320, closedEpisodes: 110, careLeavers: 40,
        contacts: 1_100, referrals: 230, assessments: 230, section47Enquiries: 100,
        earlyHelp: 200, adoptionChildren: 8, adopters: 6,
        mainstreamHouseholds: 30, kinshipHouseholds: 8
    )
}
