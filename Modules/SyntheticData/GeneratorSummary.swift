import Domain

/// What a generator run wrote: where, for how many authorities, and how many rows in each file.
public struct GeneratorSummary: Sendable, Hashable {
    /// The directory holding the files.
    public let directory: String
    /// How many authorities the files cover.
    public let authorities: Int
    /// Every file written, Lists 1 to 11 first, then workforce, fostering households and children
    /// not in school.
    public let files: [GeneratedFile]

    /// Data rows in `list`'s file.
    public func rows(in list: AnnexAList) -> Int {
        files.first { $0.list == list }?.rows ?? 0
    }

    /// Data rows in the eleven Annex A lists.
    public var annexARows: Int {
        files.filter { $0.list != nil }.reduce(0) { $0 + $1.rows }
    }

    /// Data rows in every file.
    public var totalRows: Int {
        files.reduce(0) { $0 + $1.rows }
    }
}
