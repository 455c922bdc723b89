/// What the generator has just finished, for progress lines.
///
/// Events carry counts, codes and file names only, never personal data.
public enum GeneratorProgress: Sendable, Hashable {
    /// Authority `number` of `count` (LA `code`, `name`) is written; `rowsSoFar` counts every row
    /// written so far in all files.
    case authorityWritten(number: Int, of: Int, code: String, name: String, rowsSoFar: Int)
    /// A file is complete with `rows` data rows.
    case fileWritten(name: String, rows: Int)
}
