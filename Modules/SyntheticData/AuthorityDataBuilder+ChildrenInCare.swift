import Domain

extension AuthorityDataBuilder {
    /// Generates List 8 (children in care now and those who left in the six months), their List 6
    /// episodes, List 10 for children with adoption activity, and the child protection plans that
    /// ended when a child came into care.
    mutating func buildChildrenInCare() {
        let adoption = AdoptionStage.plan(
            total: sizes.adoptionChildren, inCare: sizes.childrenInCare,
            ceased: sizes.childrenCeasedCare)
        var plansInCareLeft = mix.protectionPlansInCare
        for index in 0..<sizes.childrenInCare {
            let stage = index < adoption.inCare.count ? adoption.inCare[index] : nil
            addPeriodOfCare(adoption: stage, ceasing: false, plansInCareLeft: &plansInCareLeft)
        }
        for index in 0..<sizes.childrenCeasedCare {
            addPeriodOfCare(
                adoption: index < adoption.adopted ? .adopted : nil, ceasing: true,
                plansInCareLeft: &plansInCareLeft)
        }
    }

    private mutating func addPeriodOfCare(adoption stage: AdoptionStage?, ceasing: Bool, plansInCareLeft: inout Int) {
        let ceasedOn = ceasing ? random.date(from: window.sixMonthsAgo, through: window.asOf) : nil
        let end = ceasedOn ?? window.asOf
        let turning18 = ceasing && stage == nil && random.chance(0.33)
        let seekingAsylum = stage == nil && random.chance(0.07)
        let timeline = stage.map { AdoptionTimeline(stage: $0, end: end, window: window, using: &random) }

        let born: CalendarDate
        if let timeline {
            // Many children adopted are removed at or soon after birth.
            let lag = random.chance(0.45) ? random.int(in: 0...14) : random.int(in: 15...700)
            born = timeline.enteredCare.adding(days: -lag)
        } else if turning18 {
            born = end.adding(months: -216)
        } else {
            born = min(birthDate(ages: seekingAsylum ? Self.agesSeekingAsylum : Demographics.agesInCare), end)
        }
        let child = newChildInCare(bornOn: born, seekingAsylum: seekingAsylum)
        let started: CalendarDate
        if let timeline {
            started = timeline.enteredCare
        } else if turning18 {
            // Care leaver status needs 13 weeks in care after 14; most of these came in as teenagers.
            started = random.date(from: born.adding(months: 120), through: end.adding(days: -91))
        } else if seekingAsylum {
            started = random.date(from: max(born.adding(months: 156), end.adding(months: -36)), through: end)
        } else {
            started = max(end.adding(days: -random.int(in: CareTables.daysInCare.draw(using: &random))), born)
        }
        let age = born.age(on: end)
        let reason: ReasonCeasedLookedAfter? =
            if !ceasing { nil } else if stage == .adopted { random.chance(0.7) ? .e11 : .e12 } else if turning18 {
                CareTables.reasonsAt18.draw(using: &random)
            } else { CareTables.reasonCeased(age: age, seekingAsylum: seekingAsylum).draw(using: &random) }

        let placement =
            timeline?.placementType(using: &random)
            ?? (seekingAsylum
                ? CareTables.placementTypeSeekingAsylum(age: age, using: &random)
                : CareTables.placementType(age: age).draw(using: &random))
        let history = placementHistory(placement: placement, timeline: timeline, started: started, end: end)
        let legal = legalStatus(
            placement: placement, timeline: timeline, seekingAsylum: seekingAsylum,
            age: age, started: started, end: end)
        let allocation =
            ceasing
            ? workforce.historicalAllocation(.childrenInCare, area: child.area, using: &random)
            : workforce.allocate(.childrenInCare, area: child.area, using: &random)
        var need = seekingAsylum ? .n8 : CareTables.categoryOfNeed.draw(using: &random)
        if child.disability == .yes, random.chance(0.25) { need = .n2 }

        let location = placementLocation(for: placement)
        let missing = missingEpisodes(age: age)
        data.childrenInCare.append(
            ChildInCareRecord(
                child: child.characteristics,
                uasc: seekingAsylum ? .yes : .no,
                disability: child.disability,
                dateStartedLookedAfter: started,
                categoryOfNeed: need,
                secondPeriodInLast12Months: started >= window.twelveMonthsAgo && random.chance(0.08) ? .yes : .no,
                legalStatusStartDate: legal.start,
                legalStatus: legal.status,
                dateOfLatestStatutoryReview: lastOccurrence(
                    before: end, within: 183, notBefore: started.adding(days: 20),
                    lateShare: 0.05, blankShare: 0),
                dateOfLastSocialWorkVisit: lastOccurrence(
                    before: end, within: 42, notBefore: started,
                    lateShare: 0.08, blankShare: 0.01),
                permanencePlan: CareTables.permanencePlan(
                    placement: placement, legalStatus: legal.status, age: age,
                    using: &random),
                dateOfLastIROContact: lastOccurrence(
                    before: end, within: 183, notBefore: started,
                    lateShare: 0.05, blankShare: 0.08),
                dateOfLastHealthAssessment: lastOccurrence(
                    before: end, within: 365, notBefore: started.adding(days: 20),
                    lateShare: 0.09, blankShare: 0.03),
                dateOfLastDentalCheck: age < 1
                    ? nil
                    : lastOccurrence(
                        before: end, within: 365, notBefore: started,
                        lateShare: 0.15, blankShare: 0.1),
                placementsInLast12Months: history.count,
                dateCeasedLookedAfter: ceasedOn,
                reasonCeasedLookedAfter: reason,
                placementStartDate: history.start,
                placementType: placement,
                placementProvider: CareTables.provider(for: placement).draw(using: &random),
                placementPostcode: location.postcode,
                placementURN: CareTables.hasURN(placement) ? urn(for: placement) : nil,
                placementLocation: location.inside ? .inside : .outside,
                placementLA: location.authority.name,
                missingEpisodesInLast12Months: missing.missing,
                absentEpisodesInLast12Months: missing.absent,
                returnInterviewOffered: missing.offered,
                returnInterviewAccepted: missing.accepted,
                allocatedTeam: allocation.team,
                allocatedWorker: allocation.worker
            ))
        if let timeline {
            addAdoption(child, timeline: timeline)
        }

        // A plan that ended when the child came into care, or (rarely) one not yet ended.
        var plan: (start: CalendarDate, open: Bool)?
        if !ceasing, started >= window.sixMonthsAgo.adding(days: 30), endedPlansLeft > 0, random.chance(0.35),
            let start = random.dateIfAny(
                from: max(born, started.adding(days: -400)),
                through: started.adding(days: -30))
        {
            endedPlansLeft -= 1
            plan = (start, false)
        } else if !ceasing, plansInCareLeft > 0, started >= window.asOf.adding(days: -120),
            let start = random.dateIfAny(
                from: max(born, started.adding(days: -120)),
                through: started.adding(days: -1))
        {
            plansInCareLeft -= 1
            plan = (start, true)
        }
        let episodeStart = episodeStart(before: plan?.start ?? started, child: child)
        if let plan {
            // An open plan stays with the child's worker in care; an ended one was held in safeguarding.
            addProtectionPlan(
                child, start: plan.start, end: plan.open ? nil : started, episodeStart: episodeStart,
                allocation: plan.open
                    ? allocation
                    : workforce.historicalAllocation(.safeguarding, area: child.area, using: &random))
        }
        noteReferral(of: child, on: episodeStart, completeBy: end)
        guard let ceasedOn, let reason else {
            addEpisode(child, start: episodeStart, need: need, status: .lookedAfter, allocation: allocation)
            return
        }
        if turning18 {
            leftCareAt18.append((child, seekingAsylum))
        } else if reason == .e4a || reason == .e4b, childInNeedPlansLeft > 0, random.chance(0.45) {
            // Children who go home often stay on a child in need plan for a while.
            childInNeedPlansLeft -= 1
            addEpisode(
                child, start: episodeStart, need: need, status: .childInNeedPlan,
                allocation: workforce.allocate(.safeguarding, area: child.area, using: &random))
        } else {
            closedEpisodesLeft -= 1
            addEpisode(
                child, start: episodeStart, need: need, status: .closed,
                closed: (ceasedOn, CareTables.reasonForClosure(after: reason)), allocation: allocation)
        }
    }

    private static let agesSeekingAsylum = WeightedTable<ClosedRange<Int>>([(14...14, 10), (15...15, 20), (16...17, 70)])

    /// When the current placement began and how many placements the child had in the twelve months.
    private mutating func placementHistory(
        placement: PlacementType, timeline: AdoptionTimeline?,
        started: CalendarDate, end: CalendarDate
    ) -> (start: CalendarDate, count: Int) {
        if let adoptive = timeline?.placed ?? timeline?.fosteringForAdoption {
            return (adoptive, adoptive >= window.twelveMonthsAgo && adoptive > started ? 2 : 1)
        }
        let count = CareTables.placementsInYear.draw(using: &random)
        if count >= 2, let start = random.dateIfAny(from: max(started.adding(days: 1), window.twelveMonthsAgo), through: end) {
            return (start, count)
        }
        if started >= window.twelveMonthsAgo {
            return (started, 1)
        }
        // One placement in the year means the current one began before it.
        return (random.date(from: started, through: min(end, window.twelveMonthsAgo.adding(days: -1))), 1)
    }

    /// The child's legal status and when it began, never before the period of care.
    private mutating func legalStatus(
        placement: PlacementType, timeline: AdoptionTimeline?, seekingAsylum: Bool,
        age: Int, started: CalendarDate, end: CalendarDate
    )
        -> (status: LegalStatus, start: CalendarDate)
    {
        if let order = timeline?.placementOrder { return (.e1, order) }
        if seekingAsylum { return (.v2, started) }
        if placement == .r5 { return (.j1, started) }
        var status = timeline == nil ? CareTables.legalStatus.draw(using: &random) : .c2
        if status == .l1 || status == .l2, started < end.adding(days: -8) {
            // Police protection and emergency orders last days, then become interim care orders.
            status = .c1
        }
        if status == .j1 || status == .j2 || status == .j3, age < 10 {
            status = .v2
        }
        if status == .c1, started < end.adding(days: -300) { status = .c2 }
        if status == .c2 {
            // A full care order follows months of care proceedings under an interim order.
            guard
                let start = random.dateIfAny(
                    from: started.adding(days: 120),
                    through: min(end, started.adding(days: 400)))
            else {
                return (.c1, started)
            }
            return (.c2, start)
        }
        if status == .c1, random.chance(0.2),
            let start = random.dateIfAny(
                from: started.adding(days: 1),
                through: min(end, started.adding(days: 30)))
        {
            return (.c1, start)
        }
        return (status, started)
    }

    /// Where a placement is: inside the authority or in another one, with a postcode there.
    private mutating func placementLocation(for placement: PlacementType)
        -> (inside: Bool, authority: LocalAuthority, postcode: String)
    {
        let inside = random.chance(CareTables.insideShare(for: placement))
        var host = authority
        while !inside, host == authority {
            host = random.element(of: LocalAuthority.england)
        }
        return (inside, host, postcode(in: host))
    }

    /// A postcode-shaped string in `host`'s postcode area, such as "NG5 7QT".
    private mutating func postcode(in host: LocalAuthority) -> String {
        // The inward code's letters never include C, I, K, M, O or V.
        let letters = Array("ABDEFGHJLNPQRSTUWXYZ")
        return "\(host.postcodeArea)\(random.int(in: 1...20)) \(random.int(in: 0...9))"
            + "\(random.element(of: letters))\(random.element(of: letters))"
    }

    /// An Ofsted unique reference number: "SC" and six digits for children's homes.
    private mutating func urn(for placement: PlacementType) -> String {
        let digits = random.int(in: 100_000...999_999)
        return placement == .k1 || placement == .k2 ? "SC\(digits)" : String(digits)
    }

    /// Missing and absent episodes in the year, mostly of teenagers, and the return interview
    /// after the last time the child went missing.
    private mutating func missingEpisodes(age: Int)
        -> (missing: Int, absent: Int, offered: YesNoUnknown?, accepted: YesNoUnknown?)
    {
        guard age >= 11 else { return (0, 0, nil, nil) }
        var episodes: (missing: Int, absent: Int, offered: YesNoUnknown?, accepted: YesNoUnknown?) = (0, 0, nil, nil)
        if random.chance(0.14) {
            episodes.missing = random.int(in: CareTables.missingEpisodes.draw(using: &random))
            episodes.offered = Self.interviewOffered.draw(using: &random)
            if episodes.offered == .yes {
                episodes.accepted = Self.interviewAccepted.draw(using: &random)
            }
        }
        if random.chance(0.06) {
            episodes.absent = random.int(in: 1...5)
        }
        return episodes
    }

    private static let interviewOffered = WeightedTable<YesNoUnknown>([(.yes, 85), (.no, 10), (.unknown, 5)])
    private static let interviewAccepted = WeightedTable<YesNoUnknown>([(.yes, 55), (.no, 40), (.unknown, 5)])

    /// Adds the child's List 10 row.
    private mutating func addAdoption(_ child: CaseChild, timeline: AdoptionTimeline) {
        data.adoption.append(
            AdoptionRecord(
                child: child.characteristics,
                familyID: "\(authority.code)-F\((data.adoption.count + 1).zeroPadded(to: 5))",
                disability: child.disability,
                dateEnteredCare: timeline.enteredCare,
                dateOfDecisionToPlace: timeline.decision,
                dateOfPlacementOrder: timeline.placementOrder,
                dateOfMatching: timeline.matching,
                datePlacedForAdoption: timeline.placed,
                dateOfAdoptionOrder: timeline.adoptionOrder,
                dateOfDecisionNoLongerToPlace: timeline.noLongerToPlace,
                reasonNoLongerPlaced: timeline.reasonNoLongerPlaced,
                datePlacedForFosteringForAdoption: timeline.fosteringForAdoption
            ))
    }
}
