import Domain

/// One Annex A row that a plan's population part matched, with the columns sampling uses.
struct PopulationRow: Sendable {
    /// Index of the plan's population part that matched it.
    let part: Int
    let list: AnnexAList
    let rowNumber: Int
    let childID: String
    /// The start date that tells a child's rows apart on lists where a child can have several.
    let startDate: CalendarDate?
    let team: String
    let worker: String
    let age: Int?
    let gender: String?
    let ethnicity: String?
    let disability: String?
    let uasc: String?
    let placements: Int?
    let placementType: String?
    let legalStatus: String?
    /// The keys of the columns whose value was kept as given and is unknown.
    let unknownColumns: Set<String>
    /// Whether any cell of the row was kept as given (unknown or repaired).
    let hasValueProblems: Bool

    /// The team or worker of a row whose allocated team or worker is unknown.
    static let unknown = "(unknown)"

    /// The case key: `L<list>:<Child Unique ID>`, plus `:<start date ISO>` where needed.
    var key: String {
        let base = "L\(list.number):\(childID)"
        guard PopulationQuery.startColumn(list) != nil, let startDate else { return base }
        return base + ":" + startDate.iso
    }
}
