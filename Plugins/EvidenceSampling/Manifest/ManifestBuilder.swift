import AnnexAStore

/// Turns a plan and the rows it matched into a manifest: case keys, strata, themes,
/// exclusions and sizes, checking before any seed exists that the plan can be met.
struct ManifestBuilder {
    let plan: SamplingPlan
    /// The plan file's name, for messages.
    let file: String

    /// Builds the manifest.
    /// - Parameters:
    ///   - rows: the rows the population parts matched.
    ///   - localLists: the members of each local list the quotas name.
    /// - Throws: `PlanError` or `SelectionError` naming the rule or line that cannot be met.
    func build(snapshot: AnnexASnapshot, rows: [PopulationRow], localLists: [String: Set<String>]) throws -> Manifest {
        let excluded = Dictionary(plan.exclusions.map { ($0.childID, $0) }, uniquingKeysWith: { first, _ in first })
        var cases: [ManifestCase] = []
        var exclusions: [Manifest.Exclusion] = []
        var seen: [String: PopulationRow] = [:]
        var valueProblems = ManifestValueProblems()
        for row in rows {
            let key = row.key
            if let earlier = seen[key] {
                throw SamplingError(
                    "List \(row.list.number) rows \(earlier.rowNumber) and \(row.rowNumber) give the same case key (same child\(PopulationQuery.startColumn(row.list) == nil ? "" : " and start date")); correct the list and import it again"
                )
            }
            seen[key] = row
            if let exclusion = excluded[row.childID] {
                exclusions.append(.init(key: key, list: row.list, rowNumber: row.rowNumber, childID: row.childID, reason: exclusion.reason))
                continue
            }
            cases.append(manifestCase(row, key: key, localLists: localLists))
            if row.hasValueProblems { valueProblems.casesWithValueProblems += 1 }
            let depends = unknownDependencies(row)
            if !depends.isEmpty {
                valueProblems.dependentCases.append(.init(list: row.list.number, rowNumber: row.rowNumber, columns: depends))
            }
        }
        let matched = Set(exclusions.map(\.childID))
        if let unmatched = plan.exclusions.first(where: { !matched.contains($0.childID) }) {
            throw PlanError(file: file, line: unmatched.line, "the excluded child is not in the population; check the Child Unique ID")
        }
        guard !cases.isEmpty else { throw SelectionError("the population is empty: no row of the snapshot matches the plan") }
        let rules = try SizeAllocation.rules(plan, cases: cases)
        try SelectionFeasibility.check(cases: cases, rules: rules)
        var manifest = Manifest(
            snapshotID: snapshot.id, snapshotSHA256: snapshot.contentSHA256, plan: plan, rules: rules,
            cases: cases, exclusions: exclusions)
        manifest.valueProblems = valueProblems
        return manifest
    }

    /// The columns a case's stratum, caps or quotas read that are unknown for its row, sorted.
    private func unknownDependencies(_ row: PopulationRow) -> [String] {
        guard !row.unknownColumns.isEmpty else { return [] }
        var read: Set<String> = []
        for dimension in plan.strata {
            switch dimension {
            case .cohort: break
            case .team: read.insert("allocated_team")
            case .worker: read.insert("allocated_worker")
            case .gender: read.insert("gender")
            case .ageBand: if row.age == nil { read.formUnion(["age", "date_of_birth"]) }
            }
        }
        if plan.perWorkerCap != nil { read.insert("allocated_worker") }
        if plan.perTeamCap != nil { read.insert("allocated_team") }
        for quota in plan.quotas {
            switch quota.theme {
            case .disability: read.insert("disability")
            case .uasc: read.insert("uasc")
            case .threeOrMorePlacements: read.insert("placements_in_last_12_months")
            case .localList: break
            }
        }
        return read.intersection(row.unknownColumns).sorted()
    }

    private func manifestCase(_ row: PopulationRow, key: String, localLists: [String: Set<String>]) -> ManifestCase {
        let profile = CaseProfile(
            age: row.age, gender: row.gender, ethnicity: row.ethnicity, disability: row.disability,
            placementType: row.placementType, legalStatus: row.legalStatus)
        var themes: [String] = []
        if row.disability == "Y" { themes.append(Theme.disability.description) }
        if row.uasc == "Y" { themes.append(Theme.uasc.description) }
        if let placements = row.placements, placements >= 3 { themes.append(Theme.threeOrMorePlacements.description) }
        for (name, members) in localLists where members.contains(row.childID) {
            themes.append(Theme.localList(name).description)
        }
        let stratum = plan.strata.map { dimension -> String in
            switch dimension {
            case .cohort: plan.population[row.part].cohort
            case .team: row.team
            case .worker: row.worker
            case .gender: profile.gender
            case .ageBand: profile.ageBand
            }
        }.joined(separator: " / ")
        return ManifestCase(
            key: key, list: row.list, rowNumber: row.rowNumber, childID: row.childID, stratum: stratum,
            team: row.team, worker: row.worker, themes: themes, profile: profile)
    }
}
