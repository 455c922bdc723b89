import Domain

/// One child picked in a sample drawn for an inspection, as the week on site needs it: where
/// the child's rows are in the Annex A lists and who works with them. Contributed by the
/// EvidenceSampling plugin through ``point``; no names of children, only the Child Unique ID.
public struct SampledCase: Sendable, Equatable, Codable {
    /// One row of the Annex A lists.
    public struct Row: Sendable, Equatable, Codable {
        /// The list's number, 1...11 (``Domain/AnnexAList``).
        public var list: Int
        /// The row's number in the imported file.
        public var rowNumber: Int

        /// Creates a row reference.
        public init(list: Int, rowNumber: Int) {
            self.list = list
            self.rowNumber = rowNumber
        }
    }

    /// The sample it was picked in.
    public var sampleID: Int
    /// The frozen manifest the sample was drawn from.
    public var manifestID: Int
    /// The Annex A snapshot the manifest froze.
    public var snapshotID: Int
    /// Its place in the sample, from 1.
    public var position: Int
    /// The manifest's case key (`L8:CHILD-ID`).
    public var caseKey: String
    /// The stratum it was picked in.
    public var stratum: String
    /// The Child Unique ID.
    public var childID: String
    /// The picked row first, then the child's other rows among the manifest's cases.
    public var rows: [Row]
    /// The allocated worker, as Annex A names them.
    public var worker: String
    /// The allocated team, as Annex A names it.
    public var team: String

    /// Creates a sampled case.
    public init(
        sampleID: Int, manifestID: Int, snapshotID: Int, position: Int, caseKey: String, stratum: String, childID: String, rows: [Row], worker: String,
        team: String
    ) {
        self.sampleID = sampleID
        self.manifestID = manifestID
        self.snapshotID = snapshotID
        self.position = position
        self.caseKey = caseKey
        self.stratum = stratum
        self.childID = childID
        self.rows = rows
        self.worker = worker
        self.team = team
    }

    /// The picked row's list.
    public var list: AnnexAList? { rows.first.flatMap { AnnexAList(rawValue: $0.list) } }

    /// Where samples plug in: every enabled reader is used. Named `inspection.sampled-cases`.
    public static let point = ExtensionPoint<any InspectionReader<SampledCase>>(name: "inspection.sampled-cases")
}
