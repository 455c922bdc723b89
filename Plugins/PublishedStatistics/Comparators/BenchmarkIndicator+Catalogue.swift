extension BenchmarkIndicator {
    /// The indicators compared, in the order the report shows them.
    ///
    /// The published figures are for a year to 31 March (or at 31 March); the Annex A figures
    /// look back over a window from the snapshot's as-of date. Each `annexA` says how they differ.
    static let catalogue: [BenchmarkIndicator] = [
        BenchmarkIndicator(
            id: "rereferrals", title: "Re-referrals within 12 months", unit: "%", direction: .lowerIsBetter,
            source: .value(Series(file: "c1", breakdown: "Referrals and Re-referrals", measure: "rereferral_percent")),
            published:
                "Referrals in the year to 31 March that came within 12 months of a previous referral of the same child, as a share of all referrals in the year.",
            annexA:
                "List 3 counts referrals in the six months before the as-of date whose child had an earlier referral in the 12 months before it: a look-back window from the as-of date, not a year to 31 March."
        ),
        BenchmarkIndicator(
            id: "nfa", title: "Referrals ending in no further action", unit: "%", direction: .lowerIsBetter,
            source: .value(Series(file: "c1", breakdown: "Referrals and Re-referrals", measure: "no_further_action_percent")),
            published: "Referrals in the year to 31 March that led to no further action, as a share of all referrals in the year.",
            annexA:
                "List 3's NFA flag over the look-back window before the as-of date; referrals still open at the as-of date have no outcome yet, so the share is of decided referrals."
        ),
        BenchmarkIndicator(
            id: "repeat-plans", title: "Second or subsequent child protection plans", unit: "%", direction: .lowerIsBetter,
            source: .value(
                Series(file: "d3", breakdown: "Child Protection Plans which are a second or subsequent plan", measure: "CPP_subsequent_percent")),
            published: "Plans that started in the year to 31 March and were a second or subsequent plan for the child (ever), as a share of plans started.",
            annexA: "List 7 marks a previous plan ever; Reporting counts the plans started in the look-back window before the as-of date."
        ),
        BenchmarkIndicator(
            id: "plans-two-years", title: "Child protection plans open two years or more", unit: "%", direction: .lowerIsBetter,
            source: .value(Series(file: "d5", breakdown: "Child Protection Plans by length of time", measure: "2_years_or_more_percent")),
            published: "Plans open at 31 March that had lasted two years or more, as a share of plans open at 31 March.",
            annexA: "List 7's plans open at the as-of date that started two years or more before it: the same measure on another day than 31 March."
        ),
        BenchmarkIndicator(
            id: "cin-rate", title: "Children in need per 10,000 children", unit: "per 10,000", direction: .context,
            source: .rate(
                numerator: Series(file: "b1", breakdown: "Children in Need", measure: "At31_episodes"),
                denominator: Series(file: "cla", breakdown: "Children looked after on 31 March each year", measure: "population_estimate"),
                scale: 10_000),
            published:
                "Episodes of need open at 31 March (b1) per 10,000 children under 18 (the population estimate of the children-looked-after file, same year).",
            annexA: "List 6 counts children open as in need at the as-of date; the population is the published one, so only the count's day differs."
        ),
        BenchmarkIndicator(
            id: "cla-rate", title: "Children looked after per 10,000 children", unit: "per 10,000", direction: .context,
            source: .value(Series(file: "cla", breakdown: "Children looked after on 31 March each year", measure: "rate_per_10000")),
            published: "Children looked after at 31 March per 10,000 children under 18.",
            annexA: "List 8 counts children in care at the as-of date, not at 31 March."
        ),
        BenchmarkIndicator(
            id: "three-placements", title: "Children looked after with three or more placements in the year", unit: "%", direction: .lowerIsBetter,
            source: .value(
                Series(file: "cla_stability", breakdown: "CLA on 31 March | With 3 or more placements during the year", measure: "children_percent")),
            published:
                "Children looked after at 31 March who had three or more placements during the year to 31 March, as a share of those looked after at 31 March.",
            annexA: "List 8's placement count over the 12 months before the as-of date, for children in care at the as-of date."
        ),
        BenchmarkIndicator(
            id: "care-leavers-eet", title: "Care leavers aged 19 to 21 in education, employment or training", unit: "%", direction: .higherIsBetter,
            source: .value(
                Series(file: "cl_activity", breakdown: "19 to 21 years | Total in education, employment or training", measure: "care_leaver_percent")),
            published:
                "Care leavers aged 19 to 21 in education, employment or training around their birthday, as a share of those aged 19 to 21 in the year to 31 March.",
            annexA: "List 9's activity as last recorded for each care leaver open at the as-of date, of every age the list holds (17 to 25)."
        ),
        BenchmarkIndicator(
            id: "care-leavers-accommodation", title: "Care leavers aged 19 to 21 in suitable accommodation", unit: "%", direction: .higherIsBetter,
            source: .value(
                Series(file: "cl_accommodation", breakdown: "19 to 21 years | Accommodation considered suitable", measure: "care_leaver_percent")),
            published: "Care leavers aged 19 to 21 whose accommodation was considered suitable around their birthday, as a share of those aged 19 to 21.",
            annexA: "List 9's suitability as last recorded for each care leaver open at the as-of date, of every age."
        ),
        BenchmarkIndicator(
            id: "care-leavers-in-touch", title: "Care leavers aged 19 to 21 in touch", unit: "%", direction: .higherIsBetter,
            source: .complement(Series(file: "cl_activity", breakdown: "19 to 21 years | Total information not known", measure: "care_leaver_percent")),
            published:
                "100% minus the share of care leavers aged 19 to 21 whose activity was not known (the DfE's measure of the authority not being in touch).",
            annexA: "List 9's 'in touch' answer as last recorded for each care leaver open at the as-of date."
        ),
        BenchmarkIndicator(
            id: "workforce-turnover", title: "Children's social worker turnover", unit: "%", direction: .lowerIsBetter,
            source: .value(Series(file: "csww", breakdown: "", measure: "turnover_rate_fte")),
            published: "Social workers (FTE) who left in the year to 30 September as a share of those in post at 30 September.",
            annexA: "Not in Annex A. The workforce register holds the staff in post, not leavers: no own current figure.",
            register: .turnover
        ),
        BenchmarkIndicator(
            id: "workforce-agency", title: "Agency social workers", unit: "%", direction: .lowerIsBetter,
            source: .value(Series(file: "csww", breakdown: "", measure: "agency_rate_fte")),
            published: "Agency workers (FTE) as a share of agency and employed social workers at 30 September.",
            annexA: "Not in Annex A: the workforce register's agency social workers (FTE) at the as-of date are the own current figure.",
            register: .agency
        ),
        BenchmarkIndicator(
            id: "workforce-vacancy", title: "Social worker vacancies", unit: "%", direction: .lowerIsBetter,
            source: .value(Series(file: "csww", breakdown: "", measure: "vacancy_rate_fte")),
            published: "Vacant posts (FTE) as a share of established posts at 30 September.",
            annexA: "Not in Annex A. The workforce register holds people, not the establishment of posts: no own current figure.",
            register: .vacancy
        ),
        BenchmarkIndicator(
            id: "workforce-caseload", title: "Average caseload of case-holding social workers", unit: "cases", direction: .lowerIsBetter,
            source: .value(Series(file: "csww", breakdown: "", measure: "caseload_fte")),
            published: "Cases held at 30 September per case-holding social worker (FTE).",
            annexA:
                "Annex A's allocated cases at the as-of date per allocated worker named in the lists (Reporting's cases per worker): workers, not FTE. "
                + "The own current figure joins List 6's allocated workers to the workforce register for their FTE.",
            register: .caseload
        )
    ]
}
