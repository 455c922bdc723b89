import Domain

/// The proportions children in care are drawn in: placements, legal statuses, reasons for leaving.
///
/// Shaped on DfE "children looked after" statistics: about 70–75% fostered (most with unrelated
/// carers, a fifth with relatives or friends), children's homes mostly for teenagers, supported
/// accommodation only from 16, about one child in ten with three or more placements in a year.
enum CareTables {
    /// Placement types for a child of `age` at the end of the period.
    static func placementType(age: Int) -> WeightedTable<PlacementType> {
        switch age {
        case ..<1: placementsUnderOne
        case 1...4: placementsUnderFive
        case 5...9: placementsUnderTen
        case 10...15: placementsUnderSixteen
        default: placementsSixteenAndOver
        }
    }

    private static let placementsUnderOne = WeightedTable<PlacementType>([
        (.u6, 55), (.u4, 4), (.u3, 18), (.u1, 2), (.u5, 3), (.u2, 1), (.p1, 12), (.r3, 3), (.r2, 1), (.z1, 1)
    ])
    private static let placementsUnderFive = WeightedTable<PlacementType>([
        (.u6, 46), (.u4, 14), (.u3, 16), (.u1, 6), (.u5, 1), (.u2, 0.5), (.p1, 13), (.k2, 0.5), (.r3, 0.5),
        (.z1, 1), (.t0, 0.2)
    ])
    private static let placementsUnderTen = WeightedTable<PlacementType>([
        (.u6, 33), (.u4, 30), (.u3, 12), (.u1, 9), (.p1, 9), (.k2, 4), (.s1, 0.6), (.z1, 1), (.t4, 0.2)
    ])
    private static let placementsUnderSixteen = WeightedTable<PlacementType>([
        (.u6, 27), (.u4, 30), (.u3, 7), (.u1, 7), (.p1, 6), (.k2, 15), (.k1, 0.6), (.s1, 2), (.r1, 0.3),
        (.r2, 0.4), (.r5, 0.3), (.z1, 1.5), (.t1, 0.1), (.t4, 0.2)
    ])
    private static let placementsSixteenAndOver = WeightedTable<PlacementType>([
        (.u6, 22), (.u4, 24), (.u3, 5), (.u1, 6), (.p1, 4), (.k2, 13), (.h5, 19), (.p2, 2), (.k1, 0.5),
        (.r5, 0.8), (.s1, 1), (.z1, 1.5), (.r2, 0.3), (.p3, 0.1), (.t0, 0.2), (.t2, 0.1), (.t3, 0.2)
    ])

    /// Placements of unaccompanied asylum-seeking children: supported accommodation from 16,
    /// fostering below.
    static func placementTypeSeekingAsylum(age: Int, using random: inout SeededRandom) -> PlacementType {
        age >= 16 ? placementsSeekingAsylum.draw(using: &random) : .u6
    }

    private static let placementsSeekingAsylum = WeightedTable<PlacementType>([(.h5, 60), (.u6, 30), (.k2, 6), (.u4, 4)])

    /// Who provides a placement of `type`: kinship foster care and adoption mostly in-house,
    /// children's homes and supported accommodation mostly private.
    static func provider(for type: PlacementType) -> WeightedTable<PlacementProvider> {
        switch type {
        case .u1, .u2, .u3: providersKinship
        case .u4, .u5, .u6: providersFostering
        case .a3, .a4, .a5, .a6: providersAdoption
        case .p1: providersParents
        case .k2, .h5, .s1, .r1: providersResidential
        default: providersOther
        }
    }

    private static let providersKinship = WeightedTable<PlacementProvider>([(.pr1, 92), (.pr4, 6), (.pr5, 2)])
    private static let providersFostering = WeightedTable<PlacementProvider>([(.pr1, 58), (.pr4, 37), (.pr5, 5)])
    private static let providersAdoption = WeightedTable<PlacementProvider>([(.pr1, 65), (.pr2, 20), (.pr5, 15)])
    private static let providersParents = WeightedTable<PlacementProvider>([(.pr0, 1)])
    private static let providersResidential = WeightedTable<PlacementProvider>([(.pr4, 75), (.pr1, 17), (.pr5, 8)])
    private static let providersOther = WeightedTable<PlacementProvider>([(.pr2, 35), (.pr3, 40), (.pr4, 25)])

    /// The chance a placement of `type` is inside the authority's boundary.
    static func insideShare(for type: PlacementType) -> Double {
        switch type {
        case .u1, .u2, .u3, .p1: 0.85
        case .u4, .u5, .u6: 0.75
        case .a3, .a4, .a5, .a6: 0.55
        case .k2, .h5: 0.45
        default: 0.3
        }
    }

    /// Whether a placement of `type` is in an Ofsted-registered setting with a URN.
    static func hasURN(_ type: PlacementType) -> Bool {
        switch type {
        case .k1, .k2, .h5, .s1, .r1: true
        default: false
        }
    }

    /// Legal statuses for children who are not placed for adoption or seeking asylum; ``LegalStatus/e1``
    /// (placement order) is left to the adoption timeline.
    static let legalStatus = WeightedTable<LegalStatus>([
        (.c2, 65), (.c1, 13), (.v2, 20), (.j1, 0.5), (.j2, 0.2), (.j3, 0.1), (.l1, 0.2), (.l2, 0.3)
    ])

    /// "Child's Category of Need" for children in care.
    static let categoryOfNeed = WeightedTable<PrimaryNeed>([
        (.n1, 66), (.n2, 3), (.n3, 3), (.n4, 7), (.n5, 13), (.n6, 1), (.n7, 0.2), (.n8, 7)
    ])

    /// How long ago a period of care began: a quarter in the last six months, a quarter over three years.
    static let daysInCare = WeightedTable<ClosedRange<Int>>([
        (0...182, 25), (183...365, 17), (366...1095, 30), (1096...3650, 23), (3651...6200, 5)
    ])

    /// "Number of Placements in the Last 12 months": about one child in ten has three or more.
    static let placementsInYear = WeightedTable<Int>([(1, 74), (2, 16), (3, 6), (4, 2.5), (5, 1), (6, 0.5)])

    /// Missing episodes in the year for a child who went missing at all.
    static let missingEpisodes = WeightedTable<ClosedRange<Int>>([(1...1, 40), (2...3, 30), (4...9, 20), (10...25, 10)])

    /// Why children under 18 (not adopted) stopped being looked after, by age.
    static func reasonCeased(age: Int, seekingAsylum: Bool) -> WeightedTable<ReasonCeasedLookedAfter> {
        if seekingAsylum { return reasonsSeekingAsylum }
        return age >= 16 ? reasonsSixteenAndOver : age >= 10 ? reasonsTeenagers : reasonsYounger
    }

    private static let reasonsYounger = WeightedTable<ReasonCeasedLookedAfter>([
        (.e4a, 40), (.e4b, 4), (.e13, 3), (.e41, 4), (.e45, 6), (.e46, 1), (.e47, 12), (.e48, 2), (.e3, 2),
        (.e16, 0.5), (.e2, 0.2), (.e8, 8)
    ])
    private static let reasonsTeenagers = WeightedTable<ReasonCeasedLookedAfter>([
        (.e4a, 38), (.e4b, 8), (.e13, 5), (.e41, 2), (.e45, 3), (.e47, 4), (.e3, 3), (.e9, 1.5), (.e14, 3),
        (.e16, 0.5), (.e2, 0.2), (.e8, 10)
    ])
    private static let reasonsSixteenAndOver = WeightedTable<ReasonCeasedLookedAfter>([
        (.e4a, 25), (.e4b, 10), (.e13, 6), (.e5, 20), (.e6, 5), (.e3, 3), (.e9, 2), (.e14, 4), (.e8, 12)
    ])
    private static let reasonsSeekingAsylum = WeightedTable<ReasonCeasedLookedAfter>([
        (.e15, 30), (.e3, 25), (.e5, 20), (.e8, 20), (.e16, 5)
    ])

    /// Why children stopped being looked after on turning 18.
    static let reasonsAt18 = WeightedTable<ReasonCeasedLookedAfter>([(.e5, 35), (.e6, 10), (.e8, 53), (.e7, 2)])

    /// The List 6 "Reason for Closure" that follows from leaving care for `reason`.
    static func reasonForClosure(after reason: ReasonCeasedLookedAfter) -> ReasonForClosure {
        switch reason {
        case .e11, .e12: .rc1
        case .e2: .rc2
        case .e41: .rc3
        case .e45, .e46, .e47, .e48: .rc4
        case .e3: .rc5
        case .e7: .rc6
        default: .rc7
        }
    }

    /// "What is the permanence plan for this child?", which follows mostly from the placement.
    static func permanencePlan(
        placement: PlacementType, legalStatus: LegalStatus, age: Int,
        using random: inout SeededRandom
    ) -> PermanencePlan? {
        if random.chance(0.04) { return nil }
        switch placement {
        case .a3, .a4, .a5, .a6, .u2, .u5: return .adoption
        case .p1: return .returnToFamily
        case .u1, .u3: return random.chance(0.5) ? .sgoOrCAO : .fostering
        case .h5, .p2, .p3: return .supportedLiving
        case .k1, .k2, .s1, .r1: return age >= 14 && random.chance(0.6) ? .residential : .fostering
        default:
            if legalStatus == .c1 || legalStatus == .v2 && age < 16 {
                return random.chance(0.55) ? .returnToFamily : .fostering
            }
            return age >= 16 && random.chance(0.3) ? .supportedLiving : random.chance(0.93) ? .fostering : .other
        }
    }
}
