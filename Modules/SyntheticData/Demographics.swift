import Domain

/// The proportions children are drawn in: gender, ethnicity and age by cohort.
///
/// Figures follow ilacs.md and DfE statistics: children in care are 56% male and 71% White;
/// children on plans are younger; unaccompanied asylum-seeking children are mostly boys of 14 to 17.
enum Demographics {
    /// Gender of children in need, referred or contacted.
    static let gender = WeightedTable<Gender>([(.male, 51.5), (.female, 48.0), (.neither, 0.1), (.notStated, 0.4)])
    /// Gender of children in care other than unaccompanied asylum seekers, who are mostly boys:
    /// together they come to the published 56% male.
    static let genderInCare = WeightedTable<Gender>([(.male, 53.5), (.female, 46.1), (.neither, 0.1), (.notStated, 0.3)])
    /// Gender of unaccompanied asylum-seeking children.
    static let genderSeekingAsylum = WeightedTable<Gender>([(.male, 93), (.female, 7)])

    /// Ethnicity of children in need, referred or contacted: about 74% White, 10% Mixed, 7% Black, 4% Asian.
    static let ethnicity = WeightedTable(ethnicityWeights)
    /// Ethnicity of children in care other than unaccompanied asylum seekers, whose ethnicities
    /// differ: together they come to the published 71% White.
    static let ethnicityInCare = WeightedTable(ethnicityWeights.map { $0.0 == .wbri ? ($0.0, $0.1 + 8) : $0 })

    private static let ethnicityWeights: [(Ethnicity, Double)] = [
        (.wbri, 67.5), (.wiri, 0.5), (.wirt, 0.5), (.woth, 4.5), (.wrom, 1.0),
        (.mwbc, 3.0), (.mwba, 1.5), (.mwas, 1.5), (.moth, 4.0),
        (.aind, 0.8), (.apkn, 1.2), (.aban, 0.6), (.aoth, 1.4),
        (.bcrb, 1.5), (.bafr, 3.5), (.both, 2.0),
        (.chne, 0.2), (.ooth, 4.0), (.refu, 0.3), (.nobt, 1.5)
    ]
    /// Ethnicity of unaccompanied asylum-seeking children.
    static let ethnicitySeekingAsylum = WeightedTable<Ethnicity>([
        (.ooth, 45), (.aoth, 20), (.bafr, 25), (.both, 5), (.woth, 3), (.nobt, 2)
    ])
    /// Ethnicity of prospective adopters.
    static let adopterEthnicity = WeightedTable<Ethnicity>([
        (.wbri, 82), (.woth, 4), (.wiri, 1), (.moth, 3), (.mwbc, 1), (.aind, 2), (.apkn, 1), (.aoth, 1),
        (.bcrb, 1), (.bafr, 2), (.ooth, 1), (.refu, 1)
    ])

    /// Ages in whole years at the as-of date.
    static let agesInCare = WeightedTable<ClosedRange<Int>>([(0...0, 5), (1...4, 14), (5...9, 17), (10...15, 38), (16...17, 26)])
    /// Ages of children on child protection plans.
    static let agesOnPlans = WeightedTable<ClosedRange<Int>>([(0...0, 11), (1...4, 27), (5...9, 29), (10...15, 28), (16...17, 5)])
    /// Ages of children in need, referred or contacted.
    static let agesInNeed = WeightedTable<ClosedRange<Int>>([(0...0, 6), (1...4, 17), (5...9, 24), (10...15, 37), (16...17, 16)])
    /// Ages of children in early help.
    static let agesInEarlyHelp = WeightedTable<ClosedRange<Int>>([(0...0, 5), (1...4, 20), (5...9, 30), (10...15, 38), (16...17, 7)])
    /// Ages of care leavers: mostly 17 to 21, some 22 to 25 who asked for continued support.
    static let agesLeavingCare = WeightedTable<ClosedRange<Int>>([(17...17, 8), (18...18, 20), (19...19, 20), (20...20, 19), (21...21, 18), (22...25, 15)])

    /// "Does the Child have a Disability": about one child in ten.
    static let disability = WeightedTable<YesNoUnknown>([(.yes, 10), (.no, 87), (.unknown, 3)])
}
