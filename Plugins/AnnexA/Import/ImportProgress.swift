/// How far an import has got, for a progress bar or progress lines.
public struct ImportProgress: Sendable {
    /// The list being read.
    public var list: Int
    /// Its file or sheet.
    public var source: String
    /// Rows read from it so far.
    public var rows: Int
    /// True when the list is finished.
    public var finished: Bool
}
