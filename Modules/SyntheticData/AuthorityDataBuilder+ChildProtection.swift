import Domain

extension AuthorityDataBuilder {
    /// Generates List 7 for children not in care: open plans (List 6 "b)") and plans that ended in
    /// the six months, after which the child steps down to a child in need plan or the case closes.
    mutating func buildChildProtection() {
        for _ in 0..<mix.protectionPlansOutsideCare {
            addOpenPlan()
        }
        while endedPlansLeft > 0 {
            endedPlansLeft -= 1
            addEndedPlan()
        }
    }

    private mutating func addOpenPlan() {
        let child = newChild(ages: Demographics.agesOnPlans)
        let start = max(
            window.asOf.adding(days: -random.int(in: Self.planDays.draw(using: &random))),
            child.dateOfBirth!)
        let allocation = workforce.allocate(.safeguarding, area: child.area, using: &random)
        let episodeStart = episodeStart(before: start, child: child)
        addProtectionPlan(child, start: start, end: nil, episodeStart: episodeStart, allocation: allocation)
        noteReferral(of: child, on: episodeStart, completeBy: window.asOf)
        addEpisode(
            child, start: episodeStart, need: Self.needOnPlans.draw(using: &random),
            status: .childProtectionPlan, allocation: allocation)
    }

    private mutating func addEndedPlan() {
        let child = newChild(ages: Demographics.agesOnPlans)
        let born = child.dateOfBirth!
        let end = random.date(from: max(window.sixMonthsAgo, born), through: window.asOf)
        let start = max(end.adding(days: -random.int(in: Self.planDays.draw(using: &random))), born)
        let episodeStart = episodeStart(before: start, child: child)
        let need = Self.needOnPlans.draw(using: &random)
        if childInNeedPlansLeft > 0, random.chance(0.6) {
            // Stepping down: the same worker carries on under a child in need plan.
            childInNeedPlansLeft -= 1
            let allocation = workforce.allocate(.safeguarding, area: child.area, using: &random)
            addProtectionPlan(child, start: start, end: end, episodeStart: episodeStart, allocation: allocation)
            noteReferral(of: child, on: episodeStart, completeBy: window.asOf)
            addEpisode(child, start: episodeStart, need: need, status: .childInNeedPlan, allocation: allocation)
            section47Candidates.append(
                Section47Candidate(
                    child: child, from: max(end, window.sixMonthsAgo),
                    through: window.asOf, allocation: allocation))
        } else {
            closedEpisodesLeft -= 1
            let closed = random.date(from: end, through: window.asOf)
            let allocation = workforce.historicalAllocation(.safeguarding, area: child.area, using: &random)
            addProtectionPlan(child, start: start, end: end, episodeStart: episodeStart, allocation: allocation)
            noteReferral(of: child, on: episodeStart, completeBy: closed)
            addEpisode(
                child, start: episodeStart, need: need, status: .closed,
                closed: (closed, Self.closureAfterPlan.draw(using: &random)), allocation: allocation)
        }
    }

    /// Adds a List 7 row for a plan from `start` to `end` (nil while open), and the section 47
    /// enquiry and conference that began it when they fall in the six months.
    mutating func addProtectionPlan(
        _ child: CaseChild, start: CalendarDate, end: CalendarDate?,
        episodeStart: CalendarDate, allocation: Allocation
    ) {
        let last = end ?? window.asOf
        let visit = lastOccurrence(before: last, within: 14, notBefore: start, lateShare: 0.12, blankShare: 0.02)
        let seenAlone: YesNoUnknown? =
            if visit == nil { nil } else if (child.characteristics.age ?? 0) < 4 { random.chance(0.7) ? .no : .unknown } else {
                Self.seenAlone.draw(using: &random)
            }
        let initial = Self.categoryOfAbuse.draw(using: &random)
        data.childProtection.append(
            ChildProtectionRecord(
                child: child.characteristics,
                disability: child.disability,
                planStartDate: start,
                initialCategoryOfAbuse: initial,
                latestCategoryOfAbuse: random.chance(0.88) ? initial : Self.categoryOfAbuse.draw(using: &random),
                dateOfLastStatutoryVisit: visit,
                seenAlone: seenAlone,
                dateOfLatestReviewConference: latestReviewConference(start: start, last: last),
                planEndDate: end,
                emergencyProtectionInLast6Months: random.chance(0.02) ? .yes : .no,
                previousPlans: Self.previousPlans.draw(using: &random),
                allocatedTeam: allocation.team,
                allocatedWorker: allocation.worker
            ))
        // The conference that made the plan was held on its start date; the strategy discussion
        // that opened the enquiry came before, usually within 15 working days.
        let lead = random.chance(0.78) ? random.int(in: 1...21) : random.int(in: 22...45)
        let strategy = max(start.adding(days: -lead), episodeStart)
        if strategy >= window.sixMonthsAgo {
            addSection47(
                child, strategy: strategy, deemedUnnecessary: .no, conference: (start, .yes),
                allocation: workforce.historicalAllocation(.assessment, area: child.area, using: &random))
        }
    }

    /// Review conferences fall three months after the plan starts, then every six months.
    private mutating func latestReviewConference(start: CalendarDate, last: CalendarDate) -> CalendarDate? {
        let first = start.adding(days: 91)
        guard first <= last else { return nil }
        let reviews = (last.daysSinceEpoch - first.daysSinceEpoch) / 182
        let scheduled = first.adding(days: 182 * reviews)
        return min(last, scheduled.adding(days: random.int(in: 0...7)))
    }

    /// How long plans have lasted: most under a year, a few over two.
    private static let planDays = WeightedTable<ClosedRange<Int>>([
        (0...90, 25), (91...182, 20), (183...365, 35), (366...730, 17), (731...1100, 3)
    ])
    private static let categoryOfAbuse = WeightedTable<CategoryOfAbuse>([
        (.neglect, 50), (.emotional, 37), (.physical, 6), (.sexual, 4), (.multiple, 3)
    ])
    private static let needOnPlans = WeightedTable<PrimaryNeed>([(.n1, 85), (.n4, 5), (.n5, 7), (.n3, 3)])
    private static let seenAlone = WeightedTable<YesNoUnknown>([(.yes, 80), (.no, 15), (.unknown, 5)])
    private static let previousPlans = WeightedTable<Int>([(0, 76), (1, 17), (2, 5), (3, 2)])
    private static let closureAfterPlan = WeightedTable<ReasonForClosure>([(.rc7, 85), (.rc3, 5), (.rc4, 3), (.rc5, 7)])
}
