/// Keeps spreadsheet programs from running cell text as a formula (CSV/formula injection).
public enum FormulaGuard {
    /// `text` with a leading apostrophe when it begins with `=`, `+`, `-` or `@` (also after
    /// spaces, tab or CR, which Excel skips), so Excel shows it as text instead of evaluating it.
    public static func neutralised(_ text: String) -> String {
        guard let first = text.first(where: { $0 != " " && $0 != "\t" && $0 != "\r" }) else { return text }
        return "=+-@".contains(first) ? "'" + text : text
    }
}
