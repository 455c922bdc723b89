import Domain

extension AuthorityDataBuilder {
    /// Generates the rest of List 6: children on child in need plans, children still being
    /// assessed, and episodes that closed in the six months.
    mutating func buildChildrenInNeed() {
        while childInNeedPlansLeft > 0 {
            childInNeedPlansLeft -= 1
            addChildInNeedPlan()
        }
        for _ in 0..<mix.openAssessments {
            addOpenAssessment()
        }
        while closedEpisodesLeft > 0 {
            closedEpisodesLeft -= 1
            addClosedEpisode()
        }
    }

    private mutating func addChildInNeedPlan() {
        let child = newChild(ages: Demographics.agesInNeed)
        // Disabled children are held by their own team, and more of them are recorded as disabled.
        let disabled = random.chance(CaseMix.disabledShare)
        let need = disabled ? .n2 : Self.needOnChildInNeedPlans.draw(using: &random)
        var planned = child
        if disabled { planned.disability = random.chance(0.9) ? .yes : .unknown }
        // A plan follows an assessment, so no episode on a plan began in the last fortnight.
        let start = max(
            window.asOf.adding(days: -random.int(in: Self.episodeDays.draw(using: &random))),
            child.dateOfBirth!)
        let allocation = workforce.allocate(disabled ? .disabilities : .safeguarding, area: child.area, using: &random)
        noteReferral(of: planned, on: start, completeBy: window.asOf)
        addEpisode(planned, start: start, need: need, status: .childInNeedPlan, allocation: allocation)
        section47Candidates.append(
            Section47Candidate(
                child: planned, from: max(start, window.sixMonthsAgo),
                through: window.asOf, allocation: allocation))
    }

    private mutating func addOpenAssessment() {
        let child = newChild(ages: Demographics.agesInNeed)
        // Assessments should finish within 45 working days, so open ones are mostly recent.
        let start = max(
            window.asOf.adding(days: -random.int(in: random.chance(0.85) ? 0...63 : 64...120)),
            child.dateOfBirth!)
        let allocation = workforce.allocate(.assessment, area: child.area, using: &random)
        noteReferral(of: child, on: start, completeBy: nil, assessor: allocation)
        addEpisode(
            child, start: start, need: random.chance(0.3) ? .n0 : Self.needOnChildInNeedPlans.draw(using: &random),
            status: .openAssessment, allocation: allocation)
        section47Candidates.append(
            Section47Candidate(
                child: child, from: start, through: window.asOf,
                allocation: allocation, mayBeReassessed: false))
    }

    private mutating func addClosedEpisode() {
        let child = newChild(ages: Demographics.agesInNeed)
        let born = child.dateOfBirth!
        let closed = random.date(from: max(window.sixMonthsAgo, born), through: window.asOf)
        let start = max(closed.adding(days: -random.int(in: Self.closedEpisodeDays.draw(using: &random))), born)
        let service = Self.closingService.draw(using: &random)
        let allocation = workforce.historicalAllocation(service, area: child.area, using: &random)
        let age = child.characteristics.age ?? 0
        let reason = age >= 17 && random.chance(0.1) ? .rc6 : Self.reasonForClosure.draw(using: &random)
        noteReferral(of: child, on: start, completeBy: closed)
        addEpisode(
            child, start: start, need: service == .disabilities ? .n2 : Self.needOnChildInNeedPlans.draw(using: &random),
            status: .closed, closed: (closed, reason), allocation: allocation)
        section47Candidates.append(
            Section47Candidate(
                child: child, from: max(start, window.sixMonthsAgo),
                through: closed, allocation: allocation))
    }

    /// How long ago open child in need episodes began (at least a fortnight: see `addChildInNeedPlan`).
    private static let episodeDays = WeightedTable<ClosedRange<Int>>([
        (14...182, 35), (183...365, 25), (366...1095, 30), (1096...2500, 10)
    ])
    /// How long closed episodes lasted.
    private static let closedEpisodeDays = WeightedTable<ClosedRange<Int>>([(30...120, 40), (121...365, 40), (366...1000, 20)])
    private static let needOnChildInNeedPlans = WeightedTable<PrimaryNeed>([
        (.n1, 55), (.n3, 5), (.n4, 11), (.n5, 17), (.n6, 3), (.n7, 1), (.n8, 5), (.n9, 2), (.n0, 1)
    ])
    private static let closingService = WeightedTable<Service>([(.safeguarding, 72), (.assessment, 23), (.disabilities, 5)])
    private static let reasonForClosure = WeightedTable<ReasonForClosure>([
        (.rc7, 85), (.rc3, 3), (.rc4, 2), (.rc5, 8), (.rc2, 0.2)
    ])
}
