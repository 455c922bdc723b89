/// What an Annex A column holds, which decides how its cells are parsed and rendered.
public enum ColumnKind: Sendable, Hashable {
    /// Free text (identifiers, team and worker names, postcodes).
    case text
    /// A calendar date, written `DD/MM/YYYY` (see ``CalendarDate/parse(_:)`` for what is read).
    case date
    /// A whole number, such as a count of previous plans.
    case integer
    /// A value from the given code set.
    case code(CodeSetDescriptor)
}
