import Configuration
import Foundation

/// Which authority this installation is, as the national record names it: `--authority NAME`
/// (or an Ofsted URN) on a command, else the setting `REPORTING_AUTHORITY_NAME`.
///
/// This is the one place that says who the authority is, until the kernel holds the authority's
/// identity; switching to that means changing ``resolve(_:configuration:)`` only.
enum AuthorityName {
    /// The configuration key (`REPORTING_AUTHORITY_NAME`).
    static let key = "reporting.authority.name"

    /// The option's value, else the setting's; nil when neither is given.
    static func resolve(_ option: String?, configuration: ConfigReader) -> String? {
        let given = option ?? configuration.string(forKey: ConfigKey(key))
        return given.map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// A name as compared: lower case, `&` as `and`, punctuation and a trailing "council",
    /// "county council" or "city council" dropped, single spaces.
    static func normalised(_ name: String) -> String {
        let spelled: String = name.lowercased().replacingOccurrences(of: "&", with: " and ")
        var words = String(spelled.map { $0.isLetter || $0.isNumber ? $0 : " " }).split(separator: " ").map(String.init)
        if words.last == "council" {
            words.removeLast()
            if ["county", "city", "borough"].contains(words.last) { words.removeLast() }
        }
        return words.joined(separator: " ")
    }

    /// The URN and name of the one authority in `authorities` (URN to name) that `name` means:
    /// a URN, or a name equal to one once normalised.
    /// - Returns: nil when no authority has that name or URN.
    /// - Throws: `ReportingError` when the name is part of two or more authorities' names
    ///   (e.g. "northamptonshire"), naming them.
    static func match(_ name: String, in authorities: [String: String]) throws -> (urn: String, name: String)? {
        if let byURN = authorities[name] { return (name, byURN) }
        let wanted = normalised(name)
        let exact = authorities.filter { normalised($0.value) == wanted }
        if exact.count == 1, let only = exact.first { return (only.key, only.value) }
        let partial = (exact.isEmpty ? authorities.filter { normalised($0.value).contains(wanted) } : exact).sorted { $0.value < $1.value }
        guard partial.count < 2 else {
            throw ReportingError(
                "the authority name '\(name)' matches \(partial.count) authorities in the national record ("
                    + partial.map { "\($0.value), URN \($0.key)" }.joined(separator: "; ") + "); give the full name or the URN with --authority")
        }
        return nil
    }
}
