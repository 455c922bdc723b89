import Domain

extension AuthorityDataBuilder {
    /// Generates Lists 1, 3, 4 and 5: the contact, referral and assessment behind every episode
    /// that began in the six months, then referrals that went no further, further assessments and
    /// enquiries about children already known, and contacts that did not become referrals.
    mutating func buildFrontDoor() {
        for episode in frontDoor {
            addReferral(episode)
        }
        let referredOnly = addReferralsWithoutEpisodes()
        addFurtherAssessments()
        section47Candidates += referredOnly
        addFurtherSection47Enquiries()
        addContactsWithoutReferrals()
    }

    /// The contact, referral and assessment that opened `episode`.
    private mutating func addReferral(_ episode: FrontDoorEpisode) {
        let child = episode.child
        let referralSource = Self.referralSource.draw(using: &random)
        addContact(about: child, before: episode.referralDate, source: referralSource)
        addReferralRow(
            about: child, on: episode.referralDate, source: referralSource, noFurtherAction: false,
            allocation: episode.assessor)
        let latest = episode.completeBy ?? window.asOf
        let start = min(episode.referralDate.adding(days: random.int(in: 0...5)), latest)
        let authorised = episode.completeBy.map { limit in
            min(start.adding(days: random.int(in: Self.assessmentDays.draw(using: &random))), limit)
        }
        addAssessment(
            about: child, start: start, authorised: authorised,
            requiresSupport: authorised == nil ? nil : .yes, allocation: episode.assessor)
    }

    /// Referrals that ended with no further action or after an assessment found no need for
    /// services: children who appear in List 3 (and 4) but not in List 6. Returns them as
    /// candidates for section 47 enquiries during their assessment.
    private mutating func addReferralsWithoutEpisodes() -> [Section47Candidate] {
        var candidates: [Section47Candidate] = []
        var left = sizes.referrals - data.referrals.count
        while left > 0 {
            let child = random.chance(0.01) ? newUnbornChild() : newChild(ages: Demographics.agesInNeed)
            let referred = random.date(
                from: max(window.sixMonthsAgo, child.dateOfBirth ?? window.sixMonthsAgo),
                through: window.asOf)
            let assessor = workforce.historicalAllocation(.assessment, area: child.area, using: &random)
            // Unborn children stay out of the child-level lists beyond contacts and referrals.
            let assessed = child.dateOfBirth != nil && referred <= window.asOf.adding(days: -10) && random.chance(0.7)
            let source = Self.referralSource.draw(using: &random)
            addContact(about: child, before: referred, source: source)
            addReferralRow(about: child, on: referred, source: source, noFurtherAction: !assessed, allocation: assessor)
            left -= 1
            if assessed {
                let start = referred.adding(days: random.int(in: 0...5))
                let authorised = min(start.adding(days: random.int(in: 3...40)), window.asOf)
                addAssessment(
                    about: child, start: start, authorised: authorised, requiresSupport: .no,
                    allocation: assessor)
                candidates.append(
                    Section47Candidate(
                        child: child, from: start, through: authorised,
                        allocation: assessor, mayBeReassessed: false))
            }
            // A few children come back within the six months.
            if left > 0, referred <= window.asOf.adding(days: -30), random.chance(0.05) {
                let again = random.date(from: referred.adding(days: 14), through: window.asOf)
                addContact(about: child, before: again, source: source)
                addReferralRow(
                    about: child, on: again, source: Self.referralSource.draw(using: &random),
                    noFurtherAction: true, allocation: assessor, previous: 1)
                left -= 1
            }
        }
        return candidates
    }

    /// Re-assessments of children already open, up to the authority's assessment count.
    private mutating func addFurtherAssessments() {
        let candidates = section47Candidates.filter {
            $0.mayBeReassessed && $0.from <= $0.through.adding(days: -10)
        }
        guard !candidates.isEmpty else { return }
        for _ in 0..<max(0, sizes.assessments - data.assessments.count) {
            let candidate = random.element(of: candidates)
            let start = random.date(from: candidate.from, through: candidate.through.adding(days: -10))
            let authorised = min(
                start.adding(days: random.int(in: Self.assessmentDays.draw(using: &random))),
                candidate.through)
            addAssessment(
                about: candidate.child, start: start, authorised: authorised, requiresSupport: .yes,
                allocation: candidate.allocation)
        }
    }

    /// Section 47 enquiries that did not lead to a plan, up to the authority's enquiry count:
    /// most end without a conference, some conferences decide a plan is not needed, and recent
    /// ones may still be open.
    private mutating func addFurtherSection47Enquiries() {
        guard !section47Candidates.isEmpty else { return }
        for _ in 0..<max(0, sizes.section47Enquiries - data.section47Enquiries.count) {
            let candidate = random.element(of: section47Candidates)
            let strategy = random.date(from: candidate.from, through: candidate.through)
            if candidate.through == window.asOf, strategy >= window.asOf.adding(days: -10), random.chance(0.5) {
                addSection47(
                    candidate.child, strategy: strategy, deemedUnnecessary: nil, conference: nil,
                    allocation: candidate.allocation)
            } else if random.chance(0.2),
                let conference = random.dateIfAny(
                    from: strategy.adding(days: 5),
                    through: min(strategy.adding(days: 21), candidate.through))
            {
                addSection47(
                    candidate.child, strategy: strategy, deemedUnnecessary: .no, conference: (conference, .no),
                    allocation: candidate.allocation)
            } else {
                addSection47(
                    candidate.child, strategy: strategy, deemedUnnecessary: .yes, conference: nil,
                    allocation: candidate.allocation)
            }
        }
    }

    /// Contacts about children who were not referred (and a few about children already open),
    /// up to the authority's contact count; some children are the subject of several.
    private mutating func addContactsWithoutReferrals() {
        var left = sizes.contacts - data.contacts.count
        while left > 0 {
            if !openChildren.isEmpty, random.chance(0.08) {
                addContact(about: random.element(of: openChildren), source: Self.contactSource.draw(using: &random))
                left -= 1
                continue
            }
            let child = random.chance(0.01) ? newUnbornChild() : newChild(ages: Demographics.agesInNeed)
            for _ in 0..<min(left, Self.contactsPerChild.draw(using: &random)) {
                addContact(about: child, source: Self.contactSource.draw(using: &random))
                left -= 1
            }
        }
    }

    // MARK: - Rows

    /// A List 5 row; the counts of earlier enquiries and conferences are drawn here.
    mutating func addSection47(
        _ child: CaseChild, strategy: CalendarDate, deemedUnnecessary: YesNo?,
        conference: (date: CalendarDate, plan: YesNo)?, allocation: Allocation
    ) {
        let earlier = Self.earlierEnquiries.draw(using: &random)
        data.section47Enquiries.append(
            Section47Record(
                child: child.characteristics, disability: child.disability, strategyDiscussionDate: strategy,
                icpcDeemedUnnecessary: deemedUnnecessary, icpcDate: conference?.date, icpcResultedInPlan: conference?.plan,
                section47EnquiriesInLast12Months: earlier, icpcsInLast12Months: random.int(in: 0...earlier),
                allocatedTeam: allocation.team, allocatedWorker: allocation.worker
            ))
    }

    /// A contact on the day of a referral or up to a week before it, unless that falls outside
    /// the six months.
    private mutating func addContact(about child: CaseChild, before referral: CalendarDate, source: ReferralSource) {
        let date = random.chance(0.7) ? referral : referral.adding(days: -random.int(in: 1...7))
        guard date >= window.sixMonthsAgo, date >= child.dateOfBirth ?? date else {
            // The contact came before the window (or the birth): the referral's own day stands in.
            data.contacts.append(
                ContactRecord(
                    child: child.characteristics, dateOfContact: referral,
                    contactSource: source))
            return
        }
        data.contacts.append(ContactRecord(child: child.characteristics, dateOfContact: date, contactSource: source))
    }

    /// A contact on any day in the six months after the child's birth.
    private mutating func addContact(about child: CaseChild, source: ReferralSource) {
        let date = random.date(
            from: max(window.sixMonthsAgo, child.dateOfBirth ?? window.sixMonthsAgo),
            through: window.asOf)
        data.contacts.append(ContactRecord(child: child.characteristics, dateOfContact: date, contactSource: source))
    }

    private mutating func addReferralRow(
        about child: CaseChild, on date: CalendarDate, source: ReferralSource,
        noFurtherAction: Bool, allocation: Allocation, previous: Int = 0
    ) {
        data.referrals.append(
            ReferralRecord(
                child: child.characteristics, dateOfReferral: date, referralSource: source,
                referralNFA: noFurtherAction ? .yes : .no,
                referralsInLast12Months: previous + Self.earlierReferrals.draw(using: &random),
                allocatedTeam: allocation.team, allocatedWorker: allocation.worker
            ))
    }

    private mutating func addAssessment(
        about child: CaseChild, start: CalendarDate, authorised: CalendarDate?,
        requiresSupport: YesNo?, allocation: Allocation
    ) {
        data.assessments.append(
            AssessmentRecord(
                child: child.characteristics, disability: child.disability, assessmentStartDate: start,
                childSeenDuringAssessment: Self.seenDuringAssessment.draw(using: &random),
                assessmentAuthorisationDate: authorised, requiresSocialCareSupport: requiresSupport,
                allocatedTeam: allocation.team, allocatedWorker: allocation.worker
            ))
    }

    // MARK: - Proportions

    /// Sources of referrals (DfE children in need statistics): police, schools and health first.
    private static let referralSource = WeightedTable<ReferralSource>([
        (.police, 29), (.schools, 21), (.healthGP, 2.5), (.healthVisitor, 2.5), (.healthSchoolNurse, 1),
        (.healthOtherPrimary, 2), (.healthAccidentAndEmergency, 3), (.healthOther, 4), (.laSocialCare, 3),
        (.laOtherInternal, 3), (.laExternal, 3), (.individualFamily, 4), (.individualAcquaintance, 1),
        (.individualSelf, 1), (.individualOther, 1), (.educationServices, 2), (.housing, 2),
        (.otherLegalAgency, 4), (.other, 6), (.anonymous, 1), (.unknown, 3)
    ])
    /// Sources of contacts: police notifications dominate.
    private static let contactSource = WeightedTable<ReferralSource>([
        (.police, 36), (.schools, 17), (.healthGP, 2), (.healthVisitor, 2), (.healthSchoolNurse, 1),
        (.healthOtherPrimary, 2), (.healthAccidentAndEmergency, 3), (.healthOther, 3), (.laSocialCare, 3),
        (.laOtherInternal, 3), (.laExternal, 2), (.individualFamily, 5), (.individualAcquaintance, 1.5),
        (.individualSelf, 1), (.individualOther, 1), (.educationServices, 2), (.housing, 2),
        (.otherLegalAgency, 4), (.other, 5), (.anonymous, 2), (.unknown, 3)
    ])
    /// Working days to authorise an assessment, in calendar days: about 85% within 45 working days.
    private static let assessmentDays = WeightedTable<ClosedRange<Int>>([(1...63, 85), (64...120, 15)])
    /// "Number of Referrals in Last 12 Months" before this one: about one in five is a re-referral.
    private static let earlierReferrals = WeightedTable<Int>([(0, 78), (1, 15), (2, 5), (3, 2)])
    private static let earlierEnquiries = WeightedTable<Int>([(0, 80), (1, 15), (2, 5)])
    private static let seenDuringAssessment = WeightedTable<YesNoUnknown>([(.yes, 92), (.no, 5), (.unknown, 3)])
    private static let contactsPerChild = WeightedTable<Int>([(1, 75), (2, 17), (3, 6), (4, 2)])
}
