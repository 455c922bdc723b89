/// One column of an Annex A list: its stable key, Ofsted's exact heading and what it holds.
public struct AnnexAColumn: Sendable, Hashable {
    /// A stable snake_case identifier, usable as a database column name; the same concept has the
    /// same key in every list (`child_id`, `gender`, `date_of_birth`, `allocated_worker`).
    public let key: String
    /// Ofsted's Aug-2019 heading, character for character (trailing spaces and curly apostrophes
    /// included); for List 9's 2024-only columns, the 2024 heading.
    public let heading: String
    /// Other headings real files use for this column (2024 template, tool samples).
    public let variants: [String]
    /// What the cells hold.
    public let kind: ColumnKind
    /// False when the cell may be left blank.
    public let required: Bool
    /// True only for List 9's four columns added by the 2024 template: files on the Aug-2019
    /// template do not have them, so they must not be demanded there.
    public let since2024: Bool

    init(
        key: String, heading: String, variants: [String] = [], kind: ColumnKind,
        required: Bool, since2024: Bool = false
    ) {
        self.key = key
        self.heading = heading
        self.variants = variants
        self.kind = kind
        self.required = required
        self.since2024 = since2024
    }
}
