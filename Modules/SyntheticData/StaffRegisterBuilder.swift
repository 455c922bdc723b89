import Domain

/// Builds an authority's workforce register from the workers its Annex A lists name.
///
/// Every worker of ``Workforce`` is a member of staff of the same team (team managers manage
/// their team), plus a service manager over the team managers, an independent reviewing service
/// (IROs and their manager) and a practice supervisor in some teams. About 4% of staff have no
/// email. Supervision is roughly monthly from the later of the start date and a year ago, with
/// realistic gaps (about one month in seven missed); some teams hold group reflective sessions.
/// Leave: about a third of staff had some in the five months before the as-of date, and about
/// one in eight has some in the two weeks after it, when inspectors are on site.
///
/// Two deliberate data-quality findings for `workforce match`: one case holder's name in the
/// register differs from the one Annex A gives (a changed surname: matches no one), and one
/// practice supervisor shares a case holder's name (matches two people).
///
/// It draws from a stream of its own (the authority's stream number plus 1000), so the Annex A
/// files are the same bytes with or without it.
struct StaffRegisterBuilder {
    private let code: String
    private let asOf: CalendarDate
    private var random: SeededRandom
    private var register = StaffRegister()
    private var usedNames: Set<String>
    /// The number of the next staff id given to someone Annex A does not name.
    private var nextNumber = 1

    /// A builder for the authority with old LA code `code`, whose lists are as of `asOf`.
    init(code: String, asOf: CalendarDate, seed: UInt64, workers: [Worker]) {
        self.code = code
        self.asOf = asOf
        random = SeededRandom(seed: seed, stream: (UInt64(code) ?? 0) + 1000)
        usedNames = Set(workers.map(\.name))
    }

    private struct Member {
        var id: String
        var name: String
        var team: String
        var role: String
        var managerID: String?
        var fte: Double
        var isAgency: Bool
        var start: CalendarDate
    }

    /// The register for `workers` in `teams`; `allocatedNames` are the Annex A "Allocated
    /// Worker" names in list order, from which the two deliberate findings are picked.
    mutating func build(teams: [Team], workers: [Worker], allocatedNames: [String], childrenInCare: Int) -> StaffRegister {
        let teamNames = Dictionary(uniqueKeysWithValues: teams.map { ($0.id, $0.name) })
        var members: [Member] = []
        nextNumber = workers.count + 1
        let serviceManager = Member(
            id: newID(), name: uniqueName(), team: "Children's Social Care Management", role: "Service manager", managerID: nil, fte: 1,
            isAgency: false, start: startDate(agency: false))
        members.append(serviceManager)
        var managerOfTeam: [String: String] = [:]
        for worker in workers where worker.role == "Team manager" {
            managerOfTeam[worker.teamID] = managerOfTeam[worker.teamID] ?? worker.id
        }
        for worker in workers {
            let isManager = managerOfTeam[worker.teamID] == worker.id
            members.append(
                Member(
                    id: worker.id, name: worker.name, team: teamNames[worker.teamID] ?? "", role: worker.role,
                    managerID: isManager ? serviceManager.id : managerOfTeam[worker.teamID], fte: worker.fte, isAgency: worker.isAgency,
                    start: startDate(agency: worker.isAgency)))
        }
        // The independent reviewing service: an IRO for about every 60 children in care.
        let iroManager = Member(
            id: newID(), name: uniqueName(), team: "Independent Reviewing Service", role: "Team manager", managerID: serviceManager.id, fte: 1,
            isAgency: false, start: startDate(agency: false))
        members.append(iroManager)
        for _ in 0..<max(2, childrenInCare / 60) {
            let agency = random.chance(0.1)
            members.append(
                Member(
                    id: newID(), name: uniqueName(), team: iroManager.team, role: "IRO", managerID: iroManager.id, fte: random.chance(0.8) ? 1 : 0.8,
                    isAgency: agency, start: startDate(agency: agency)))
        }
        for team in teams where random.chance(0.3) {
            members.append(
                Member(
                    id: newID(), name: uniqueName(), team: team.name, role: "Practice supervisor", managerID: managerOfTeam[team.id], fte: 1,
                    isAgency: false, start: startDate(agency: false)))
        }
        plantFindings(&members, allocatedNames: allocatedNames, serviceManager: serviceManager.id)
        members.sort { $0.id < $1.id }
        for member in members {
            register.staff.append(staffRow(member))
            addLeave(member)
            addSupervision(member)
            addTraining(member)
        }
        addGroupReflective(members)
        register.supervision.sort { ($0[0], $0[2]) < ($1[0], $1[2]) }
        return register
    }

    // MARK: - Staff

    /// A surname changed in the register (Annex A's name then matches no one) and a second
    /// person sharing another case holder's name (it then matches two).
    private mutating func plantFindings(_ members: inout [Member], allocatedNames: [String], serviceManager: String) {
        let names = allocatedNames.filter { !$0.isEmpty }
        guard let renamed = names.first, let shared = names.first(where: { $0 != renamed }) else { return }
        if let index = members.firstIndex(where: { $0.name == renamed }) {
            let first = renamed.split(separator: " ").first.map(String.init) ?? renamed
            var name: String
            repeat {
                name = first + " " + random.element(of: PersonNames.surnames)
            } while usedNames.contains(name)
            usedNames.insert(name)
            members[index].name = name
        }
        if let twin = members.first(where: { $0.name == shared }) {
            members.append(
                Member(
                    id: newID(), name: shared, team: "Children's Social Care Management", role: "Practice supervisor",
                    managerID: serviceManager, fte: 1, isAgency: false, start: twin.start))
        }
    }

    private func staffRow(_ member: Member) -> [String] {
        [
            member.id, member.name, email(member), member.team, member.role, member.managerID ?? "", String(member.fte),
            member.isAgency ? "yes" : "no", member.start.iso, workingDays(member)
        ]
    }

    private func email(_ member: Member) -> String {
        // About one in 25 has none on record (agency staff between contracts, a new starter).
        guard (member.id.hashValueStable % 25) != 7 else { return "" }
        let local = member.name.lowercased().split(separator: " ").map { $0.filter(\.isLetter) }.joined(separator: ".")
        return "\(local)@la\(code).example.org"
    }

    /// Part-time staff work whole days: FTE times five, rounded, dropping days from the end of the week.
    private func workingDays(_ member: Member) -> String {
        let days = max(1, min(5, Int((member.fte * 5).rounded())))
        let names = ["Mon", "Tue", "Wed", "Thu", "Fri"]
        let offset = member.id.hashValueStable % 5
        return (0..<days).map { (offset + $0) % 5 }.sorted().map { names[$0] }.joined(separator: " ")
    }

    private mutating func newID() -> String {
        defer { nextNumber += 1 }
        return "\(code)-W\(nextNumber.zeroPadded(to: 4))"
    }

    private mutating func startDate(agency: Bool) -> CalendarDate {
        asOf.adding(days: -(agency ? random.int(in: 20...700) : random.int(in: 20...6000)))
    }

    private mutating func uniqueName() -> String {
        var name: String
        repeat {
            name = PersonNames.workforceFirstName(using: &random) + " " + random.element(of: PersonNames.surnames)
        } while usedNames.contains(name)
        usedNames.insert(name)
        return name
    }

    // MARK: - Leave, supervision, training

    private mutating func addLeave(_ member: Member) {
        if random.chance(0.35) {
            let from = random.date(from: asOf.adding(days: -150), through: asOf.adding(days: -12))
            register.leave.append([member.id, from.iso, from.adding(days: random.int(in: 0...9)).iso])
        }
        // The two weeks after the as-of date: the week on site and the one after.
        if random.chance(0.12) {
            let from = random.date(from: asOf.adding(days: 1), through: asOf.adding(days: 14))
            register.leave.append([member.id, from.iso, from.adding(days: random.int(in: 0...4)).iso])
        }
    }

    private mutating func addSupervision(_ member: Member) {
        guard let supervisor = member.managerID else { return }
        var day = max(member.start, asOf.adding(days: -365)).adding(days: random.int(in: 7...35))
        while day <= asOf {
            // About one month in seven is missed: leave, sickness, a manager's vacancy.
            if !random.chance(0.15) {
                register.supervision.append([member.id, supervisor, day.iso, "individual"])
            }
            day = day.adding(days: random.int(in: 25...38))
        }
    }

    /// Some teams meet monthly for group reflective supervision, facilitated by their manager.
    private mutating func addGroupReflective(_ members: [Member]) {
        let byTeam = Dictionary(grouping: members.filter { $0.managerID != nil }, by: \.team)
        for team in byTeam.keys.sorted() where random.chance(0.5) {
            let teamMembers = byTeam[team] ?? []
            guard let facilitator = teamMembers.first(where: { $0.role == "Team manager" }) ?? teamMembers.first else { continue }
            var day = asOf.adding(days: -random.int(in: 330...365))
            while day <= asOf {
                for member in teamMembers where member.id != facilitator.id && member.start <= day && random.chance(0.8) {
                    register.supervision.append([member.id, facilitator.id, day.iso, "group reflective"])
                }
                day = day.adding(days: random.int(in: 28...45))
            }
        }
    }

    private mutating func addTraining(_ member: Member) {
        var dates = (0..<random.int(in: 0...4)).map { _ in random.date(from: asOf.adding(days: -540), through: asOf) }
        dates.sort()
        for date in dates {
            register.training.append([member.id, random.element(of: Self.courses), date.iso])
        }
    }

    private static let courses = [
        "Signs of Safety", "Working with neglect", "Contextual safeguarding", "Court skills", "Child sexual exploitation",
        "Domestic abuse awareness", "Life story work", "Trauma-informed practice", "Assessment and analysis", "Reflective supervision"
    ]
}

extension String {
    /// A hash that is the same in every run (Swift's `hashValue` is seeded per process).
    fileprivate var hashValueStable: Int {
        unicodeScalars.reduce(0) { ($0 &* 31 &+ Int($1.value)) & 0x7FFF_FFFF }
    }
}
