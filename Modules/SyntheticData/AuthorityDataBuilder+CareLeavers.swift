import Domain

extension AuthorityDataBuilder {
    /// Generates List 9 in its 2024 layout: young people who left care on turning 18 in the six
    /// months (all of them, even past the authority's count), then older care leavers up to 25,
    /// all held by leaving care teams.
    mutating func buildCareLeavers() {
        for index in 0..<max(sizes.careLeavers, leftCareAt18.count) {
            if index < leftCareAt18.count {
                addCareLeaver(leftCareAt18[index].child, seekingAsylum: leftCareAt18[index].seekingAsylum)
            } else {
                let seekingAsylum = random.chance(0.13)
                let born = birthDate(ages: Demographics.agesLeavingCare)
                addCareLeaver(newChildInCare(bornOn: born, seekingAsylum: seekingAsylum), seekingAsylum: seekingAsylum)
            }
        }
    }

    private mutating func addCareLeaver(_ child: CaseChild, seekingAsylum: Bool) {
        let age = child.characteristics.age ?? 18
        let allocation = workforce.allocate(.leavingCare, area: child.area, using: &random)
        // At 17 a social worker holds the case and a personal adviser is also named; from 18 the
        // personal adviser is the allocated worker.
        let adviser =
            age < 18
            ? workforce.historicalAllocation(.leavingCare, area: child.area, using: &random).worker
            : allocation.worker
        let inTouch = Self.inTouch.draw(using: &random)
        let reachable = inTouch == .yes || inTouch == .refused
        let accommodation =
            reachable
            ? Self.accommodation(age: age).draw(using: &random)
            : inTouch == .no ? .residenceNotKnown : nil
        data.careLeavers.append(
            CareLeaverRecord(
                child: child.characteristics,
                uasc: seekingAsylum ? .yes : .no,
                disability: child.disability,
                allocatedTeam: allocation.team,
                allocatedWorker: allocation.worker,
                personalAdvisor: adviser,
                eligibilityCategory: age < 18 ? .relevant : random.chance(0.92) ? .formerRelevant : .qualifying,
                latestPathwayPlanReviewDate: lastOccurrence(
                    before: window.asOf, within: 183,
                    notBefore: window.asOf.adding(months: -24),
                    lateShare: 0.12, blankShare: 0.03),
                inTouch: inTouch,
                latestDateOfContact: inTouch == .yes
                    ? random.date(from: window.asOf.adding(days: -56), through: window.asOf)
                    : inTouch == .notRequired || inTouch == .died
                        ? nil
                        : random.date(from: window.asOf.adding(days: -365), through: window.asOf.adding(days: -57)),
                accommodationType: accommodation,
                accommodationSuitability: accommodation.map {
                    Self.isUsuallyUnsuitable($0) || random.chance(0.07)
                        ? .unsuitable : .suitable
                },
                activityStatus: reachable ? Self.activity.draw(using: &random) : nil
            ))
    }

    /// Accommodation that is unsuitable by definition in the DfE's guidance (or almost always is).
    private static func isUsuallyUnsuitable(_ type: AccommodationType) -> Bool {
        switch type {
        case .noFixedAbode, .bedAndBreakfast, .inCustody, .emergency: true
        default: false
        }
    }

    private static let inTouch = WeightedTable<InTouch>([
        (.yes, 88), (.no, 5.5), (.refused, 2), (.notRequired, 3), (.returnedHome, 1.4), (.died, 0.1)
    ])

    private static func accommodation(age: Int) -> WeightedTable<AccommodationType> {
        age <= 20 ? accommodationYoung : accommodationOlder
    }

    /// Under 21 "staying put" with former foster carers is common; later, independent living.
    private static let accommodationYoung = WeightedTable<AccommodationType>([
        (.formerFosterCarers, 12), (.independentLiving, 25), (.semiIndependent, 22), (.parentsOrRelatives, 12),
        (.supportedLodgings, 7), (.foyers, 4), (.ordinaryLodgings, 3), (.communityHome, 2), (.inCustody, 2),
        (.noFixedAbode, 1), (.bedAndBreakfast, 0.5), (.emergency, 0.5), (.abroad, 0.5), (.deported, 0.2),
        (.other, 2)
    ])
    private static let accommodationOlder = WeightedTable<AccommodationType>([
        (.independentLiving, 50), (.parentsOrRelatives, 15), (.semiIndependent, 8), (.ordinaryLodgings, 6),
        (.formerFosterCarers, 2), (.supportedLodgings, 3), (.inCustody, 3), (.noFixedAbode, 2), (.other, 4),
        (.abroad, 1), (.bedAndBreakfast, 0.5), (.emergency, 0.5)
    ])
    /// About six in ten in education, employment or training.
    private static let activity = WeightedTable<ActivityStatus>([
        (.f1, 7), (.p1, 1), (.f2, 24), (.p2, 4), (.f4, 4), (.p4, 1), (.f5, 14), (.p5, 7), (.g4, 9), (.g5, 23), (.g6, 6)
    ])
}
