import Domain

/// One file a generator run wrote.
public struct GeneratedFile: Sendable, Hashable {
    /// The file name within the output directory, e.g. "List_8.csv".
    public let name: String
    /// The Annex A list the file holds, or nil for a companion file.
    public let list: AnnexAList?
    /// Data rows, not counting the header.
    public let rows: Int
}
