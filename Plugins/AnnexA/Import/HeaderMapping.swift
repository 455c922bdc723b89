import Domain

/// Which column of a file holds which Annex A column, matched tolerantly by heading.
///
/// Headings match ignoring case, surrounding and doubled spaces, curly versus straight quotes
/// and apostrophes, and any `?` or `)` (real files add and drop them), and by the known
/// variants Domain lists (`Age` for `Age of Child (Years)`, `LA in Touch`, ...).
struct HeaderMapping {
    /// The list the file holds.
    let list: AnnexAList
    /// For each of `list.columns`, the index of the file column holding it, or nil when absent.
    let sourceIndex: [Int?]
    /// How many cells the file's header has.
    let width: Int

    /// Matches `header` against `list`'s columns.
    /// - Returns: the mapping and warnings (unknown columns are ignored, with a warning).
    /// - Throws: `ImportFailure` for a first row that is no heading row, duplicate headings or a
    ///   missing required column.
    static func match(header: [String], list: AnnexAList, source: String) throws -> (HeaderMapping, [ImportProblem]) {
        let lookup = lookups[list.rawValue - 1]
        // A file without its heading row starts with a child's data: never repeat those cells
        // back as "unknown columns" (they are personal data); say what is wrong once.
        guard header.contains(where: { lookup[normalise($0)] != nil }) else {
            throw ImportFailure(problems: [
                ImportProblem(
                    severity: .error, list: list.number, source: source, row: 1,
                    reason: "the first row holds none of List \(list.number)'s headings; add Ofsted's heading row above the data")
            ])
        }
        var sourceIndex = [Int?](repeating: nil, count: list.columns.count)
        var problems: [ImportProblem] = []
        for (fileIndex, heading) in header.enumerated() {
            let key = normalise(heading)
            if key.isEmpty { continue }
            guard let column = lookup[key] else {
                problems.append(
                    ImportProblem(
                        severity: .warning, list: list.number, source: source, row: 1, column: heading,
                        reason: "not an Annex A column of List \(list.number); it is ignored"))
                continue
            }
            if sourceIndex[column] != nil {
                problems.append(
                    ImportProblem(
                        severity: .error, list: list.number, source: source, row: 1, column: heading,
                        reason: "this column appears twice; delete one of them"))
            }
            sourceIndex[column] = fileIndex
        }
        for (index, column) in list.columns.enumerated() where sourceIndex[index] == nil && !column.since2024 {
            problems.append(
                ImportProblem(
                    severity: .error, list: list.number, source: source, row: 1, column: column.heading,
                    reason: "this required column is missing; add it with Ofsted's heading"))
        }
        if problems.contains(where: { $0.severity == .error }) { throw ImportFailure(problems: problems) }
        return (HeaderMapping(list: list, sourceIndex: sourceIndex, width: header.count), problems)
    }

    /// True when `cells` hold the heading of `list`'s identifier column (its first column).
    static func holdsIdentifierHeading(_ cells: [String], list: AnnexAList) -> Bool {
        let identifier = lookups[list.rawValue - 1]
        return cells.contains { identifier[normalise($0)] == 0 }
    }

    /// The form headings are compared in.
    static func normalise(_ heading: String) -> String {
        var result = ""
        var pendingSpace = false
        for character in heading.lowercased() {
            switch character {
            case "?", ")": continue
            case "‘", "’", "`", "´": result.append("'")
            case "“", "”": result.append("\"")
            case _ where character.isWhitespace: pendingSpace = !result.isEmpty
            default:
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(character)
            }
        }
        return result
    }

    /// Per list, normalised heading or variant -> column index; built once.
    private static let lookups: [[String: Int]] = AnnexAList.allCases.map { list in
        var lookup: [String: Int] = [:]
        for (index, column) in list.columns.enumerated() {
            for heading in [column.heading] + column.variants { lookup[normalise(heading)] = index }
        }
        return lookup
    }
}
