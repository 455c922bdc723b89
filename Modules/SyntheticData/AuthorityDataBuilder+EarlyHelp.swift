import Domain

extension AuthorityDataBuilder {
    /// Generates List 2: early help assessments in the six months and interventions still running,
    /// some of them for children whose social care episode closed with a step down to early help.
    mutating func buildEarlyHelp() {
        for _ in 0..<sizes.earlyHelp {
            let child: CaseChild
            let start: CalendarDate
            if !closedEpisodes.isEmpty, random.chance(0.2) {
                let stepDown = random.element(of: closedEpisodes)
                child = stepDown.child
                start = random.date(from: stepDown.closed, through: window.asOf)
            } else {
                child = newChild(ages: Demographics.agesInEarlyHelp)
                // A quarter are interventions that began before the six months and are still coordinated.
                let from = random.chance(0.25) ? window.twelveMonthsAgo : window.sixMonthsAgo
                start = random.date(from: max(from, child.dateOfBirth!), through: window.asOf)
            }
            let completed =
                start <= window.asOf.adding(days: -20) && random.chance(0.7)
                ? min(start.adding(days: random.int(in: 5...40)), window.asOf) : nil
            data.earlyHelp.append(
                EarlyHelpRecord(
                    child: child.characteristics, assessmentStartDate: start, assessmentCompletionDate: completed,
                    organisationCompletingAssessment: organisation(for: child)
                ))
        }
    }

    /// Who led the early help assessment: the local family hub most often, then schools and health.
    private mutating func organisation(for child: CaseChild) -> String {
        switch Self.organisations.draw(using: &random) {
        case "Family Hub":
            let area = WorkforceBuilder.compassAreas[child.area]
            return areaCount > 1 ? "Family Hub \(area)" : "Family Hub"
        case let organisation:
            return organisation
        }
    }

    private static let organisations = WeightedTable<String>([
        ("Family Hub", 40), ("Early Help Unit", 15), ("School", 20), ("Health Visiting Service", 8),
        ("School Nursing Service", 3), ("Youth Service", 5), ("Voluntary sector partner", 6), ("Housing Service", 3)
    ])
}
