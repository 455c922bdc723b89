import ArgumentParser
import Domain

/// A date option (`--as-of`, `--on`, `--until`) is a `CalendarDate`, accepting what Annex A
/// dates accept (`2026-11-25`, `25/11/2026`); anything else gets ArgumentParser's one wording,
/// "The value '…' is invalid for '--on <date>'", followed by the option's help.
extension CalendarDate: ExpressibleByArgument {
    public init?(argument: String) {
        guard let date = CalendarDate.parse(argument) else { return nil }
        self = date
    }

    /// Shown for a default value in `--help`, as coordinators type dates.
    public var defaultValueDescription: String { iso }
}
