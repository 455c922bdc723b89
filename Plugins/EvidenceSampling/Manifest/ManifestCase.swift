import Domain

/// One eligible case as frozen in a manifest: its key, where its row is, its stratum, whom a
/// cap limits, the quota themes it has and its groups for the balance table.
public struct ManifestCase: Sendable, Equatable, SelectionCandidate {
    // What the draw reads of every case comes first, in the case's first 64 bytes: a draw over a
    // million cases waits on memory, not on arithmetic.
    /// `L<list>:<Child Unique ID>`, plus `:<start date ISO>` on lists where a child can have several rows.
    public let key: String
    /// The stratum's name: the plan's strata values joined by ` / `.
    public let stratum: String
    /// The allocated worker.
    public let worker: String
    /// The themes it has, by name, sorted.
    public let themes: [String]
    /// The allocated team.
    public let team: String
    /// The list the row is in.
    public let list: AnnexAList
    /// The row's number in the imported file.
    public let rowNumber: Int
    /// The child's Child Unique ID.
    public let childID: String
    /// Its groups for the balance table.
    public let profile: CaseProfile

    /// Creates a case; text fields lose tabs and line breaks, which the manifest's lines use.
    public init(
        key: String, list: AnnexAList, rowNumber: Int, childID: String, stratum: String, team: String,
        worker: String, themes: [String], profile: CaseProfile
    ) {
        self.key = Self.flat(key)
        self.list = list
        self.rowNumber = rowNumber
        self.childID = childID
        self.stratum = Self.flat(stratum)
        self.team = Self.flat(team)
        self.worker = Self.flat(worker)
        self.themes = themes.sorted()
        self.profile = profile
    }

    /// Whether it qualifies for the quota theme `theme`.
    public func qualifies(for theme: String) -> Bool { themes.contains(theme) }

    /// `text` with tabs and line breaks turned into spaces.
    static func flat(_ text: String) -> String {
        String(text.map { $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" ? " " : $0 })
    }
}
