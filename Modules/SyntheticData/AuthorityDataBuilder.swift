import Domain

/// Generates one authority's children, cases, workforce and fostering households, consistent
/// across every list.
///
/// The build runs in stages, each in its own `AuthorityDataBuilder+Stage.swift` file: children in
/// care first (they decide List 10 and part of Lists 6, 7 and 9), then child protection, other
/// children in need, the front door (Lists 1, 3, 4 and 5, most of whose rows follow from episodes
/// that began in the six months), early help, care leavers, adopters and fostering households.
/// Stages hand children on through the stored properties below. One seeded stream drives the
/// whole authority, so an authority's rows do not depend on which other authorities a run makes.
struct AuthorityDataBuilder {
    let authority: LocalAuthority
    let sizes: CohortSizes
    let mix: CaseMix
    let window: ReportingWindow
    let areaCount: Int
    var random: SeededRandom
    var workforce: Workforce
    var data = AuthorityData()

    /// Episodes that began in the six months and so need a referral and an assessment.
    var frontDoor: [FrontDoorEpisode] = []
    /// Children a section 47 enquiry (or a further assessment) could have been about, and when.
    var section47Candidates: [Section47Candidate] = []
    /// Children whose episode closed in the six months, some of whom step down to early help.
    var closedEpisodes: [(child: CaseChild, closed: CalendarDate)] = []
    /// Children who left care on turning 18 in the six months: they are care leavers now.
    var leftCareAt18: [(child: CaseChild, seekingAsylum: Bool)] = []
    /// Children with an open episode of need at the as-of date.
    var openChildren: [CaseChild] = []
    /// What is left of the child in need plan budget once children leaving care or plans take some.
    var childInNeedPlansLeft: Int
    /// What is left of the closed-episode budget, likewise.
    var closedEpisodesLeft: Int
    /// What is left of the ended-plan budget once children coming into care take some.
    var endedPlansLeft: Int
    private var childCount = 0

    init(profile: AuthorityProfile, asOf: CalendarDate, seed: UInt64) {
        authority = profile.authority
        sizes = profile.sizes
        mix = CaseMix(sizes: sizes)
        window = ReportingWindow(asOf: asOf)
        // LA codes are three digits, so they make distinct, stable stream numbers.
        random = SeededRandom(seed: seed, stream: UInt64(authority.code) ?? 0)
        areaCount = min(Workforce.maxAreas, max(1, (Double(sizes.childrenInCare) / 240).roundedInt))
        childInNeedPlansLeft = mix.childInNeedPlans
        closedEpisodesLeft = sizes.closedEpisodes
        endedPlansLeft = sizes.childProtectionPlansEnded
        var builder = WorkforceBuilder(authority: authority, areaCount: areaCount)
        // Copies, because the closure may not capture `self` before every property is set.
        let (mix, sizes, areas) = (mix, sizes, Double(areaCount))
        workforce = builder.build(
            expectedCases: { service, _ in
                switch service {
                case .assessment: (Double(mix.openAssessments) / areas).roundedInt
                case .safeguarding:
                    (Double(mix.protectionPlansOutsideCare + mix.childInNeedPlans - mix.disabledChildInNeedPlans) / areas)
                        .roundedInt
                case .disabilities: mix.disabledChildInNeedPlans
                case .childrenInCare: sizes.childrenInCare
                case .leavingCare: sizes.careLeavers
                }
            }, using: &random)
    }

    /// Runs every stage and returns the authority's rows, sorted as an export would be.
    mutating func build() -> AuthorityData {
        buildChildrenInCare()
        buildChildProtection()
        buildChildrenInNeed()
        buildFrontDoor()
        buildEarlyHelp()
        buildCareLeavers()
        buildAdopters()
        buildFosteringHouseholds()
        data.teams = workforce.teams
        data.workers = workforce.workers
        data.childrenNotInSchool = childrenMissingEducation()
        data.sortRows()
        return data
    }

    // MARK: - Children

    /// A new child aged within one of `ages` at the as-of date.
    mutating func newChild(ages: WeightedTable<ClosedRange<Int>>) -> CaseChild {
        newChild(
            bornOn: birthDate(ages: ages), gender: Demographics.gender.draw(using: &random),
            ethnicity: Demographics.ethnicity.draw(using: &random))
    }

    /// A date of birth that makes a child's age at the as-of date one of `ages`.
    mutating func birthDate(ages: WeightedTable<ClosedRange<Int>>) -> CalendarDate {
        let years = ages.draw(using: &random)
        return random.date(
            from: window.earliestBirth(forAge: years.upperBound),
            through: window.latestBirth(forAge: years.lowerBound))
    }

    /// A new child born on `born`; `born` must not be after the as-of date.
    mutating func newChild(bornOn born: CalendarDate, gender: Gender, ethnicity: Ethnicity) -> CaseChild {
        makeChild(
            ChildCharacteristics(
                childID: nextChildID(), gender: gender, ethnicity: ethnicity,
                dateOfBirth: born, age: born.age(on: window.asOf)))
    }

    /// A new child in care, or formerly in care, born on `born`: unaccompanied asylum-seeking
    /// children are drawn from their own, mostly male, mostly non-White proportions.
    mutating func newChildInCare(bornOn born: CalendarDate, seekingAsylum: Bool) -> CaseChild {
        let gender = (seekingAsylum ? Demographics.genderSeekingAsylum : Demographics.genderInCare).draw(using: &random)
        let ethnicity = (seekingAsylum ? Demographics.ethnicitySeekingAsylum : Demographics.ethnicityInCare)
            .draw(using: &random)
        return newChild(bornOn: born, gender: gender, ethnicity: ethnicity)
    }

    /// A new unborn child, as pre-birth contacts and referrals record them: no date of birth,
    /// gender not yet known, age -1.
    mutating func newUnbornChild() -> CaseChild {
        makeChild(
            ChildCharacteristics(
                childID: nextChildID(), gender: .notStated,
                ethnicity: Demographics.ethnicity.draw(using: &random),
                dateOfBirth: nil, age: -1))
    }

    private mutating func makeChild(_ characteristics: ChildCharacteristics) -> CaseChild {
        CaseChild(
            characteristics: characteristics, disability: Demographics.disability.draw(using: &random),
            area: random.int(below: areaCount))
    }

    private mutating func nextChildID() -> String {
        childCount += 1
        return "\(authority.code)-\(childCount.zeroPadded(to: 6))"
    }

    /// About 3% of school-age children with an open episode, as a local "not in school" list.
    private mutating func childrenMissingEducation() -> [String] {
        openChildren.compactMap { child in
            guard let age = child.characteristics.age, (5...15).contains(age), random.chance(0.03) else { return nil }
            return child.id
        }
    }

    // MARK: - Shared row pieces

    /// Adds a child's List 6 row: their one most recent episode of need.
    mutating func addEpisode(
        _ child: CaseChild, start: CalendarDate, need: PrimaryNeed, status: CaseStatus,
        closed: (date: CalendarDate, reason: ReasonForClosure)? = nil, allocation: Allocation
    ) {
        let end = closed?.date ?? window.asOf
        // Children are seen at least every few weeks while open; blank now and then, as in real returns.
        let lastSeen =
            random.chance(0.03)
            ? nil
            : random.date(from: max(start, end.adding(days: -56)), through: end)
        data.childrenInNeed.append(
            ChildInNeedRecord(
                child: child.characteristics, disability: child.disability, cinStartDate: start, primaryNeed: need,
                dateChildLastSeen: lastSeen, cinClosureDate: closed?.date, reasonForClosure: closed?.reason,
                caseStatus: status, allocatedTeam: allocation.team, allocatedWorker: allocation.worker
            ))
        if closed == nil {
            openChildren.append(child)
        } else {
            closedEpisodes.append((child, end))
        }
    }

    /// When something recurring last happened (a visit, a review, a health check): usually within
    /// `usual` days before `end`, sometimes later than that (`lateShare`), sometimes not recorded
    /// (`blankShare`); never before `notBefore`, and nil when `notBefore` is after `end`.
    mutating func lastOccurrence(
        before end: CalendarDate, within usual: Int, notBefore: CalendarDate,
        lateShare: Double, blankShare: Double
    ) -> CalendarDate? {
        guard notBefore <= end, !random.chance(blankShare) else { return nil }
        let late = random.chance(lateShare)
        let from = end.adding(days: late ? -3 * usual : -usual)
        let through = late ? end.adding(days: -usual - 1) : end
        return random.dateIfAny(from: max(from, notBefore), through: through)
            ?? random.date(from: notBefore, through: end)
    }

    /// When the episode of need that led to an event on `event` began: usually a few weeks
    /// earlier, sometimes long before; never before the child's birth.
    mutating func episodeStart(before event: CalendarDate, child: CaseChild) -> CalendarDate {
        let lead = random.chance(0.7) ? random.int(in: 0...60) : random.int(in: 61...700)
        return max(event.adding(days: -lead), child.dateOfBirth ?? event)
    }

    /// Notes that `child`'s episode began on `start`, so Lists 1, 3 and 4 need its referral when
    /// that falls in the six months; `completeBy` is when its assessment must be authorised
    /// (nil while it is still open).
    mutating func noteReferral(
        of child: CaseChild, on start: CalendarDate, completeBy: CalendarDate?,
        assessor: Allocation? = nil
    ) {
        guard start >= window.sixMonthsAgo else { return }
        let assessor = assessor ?? workforce.historicalAllocation(.assessment, area: child.area, using: &random)
        frontDoor.append(FrontDoorEpisode(child: child, referralDate: start, completeBy: completeBy, assessor: assessor))
    }
}
