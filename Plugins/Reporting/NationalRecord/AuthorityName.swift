import Configuration
import Foundation
import PluginKit

/// Which authority this installation is, as the national record names it: `--authority NAME`
/// (or an Ofsted URN) on a command, else the name of the authority `ILACS_AUTHORITY` configures
/// (the kernel's identity, ``ConfiguredAuthority``), else the deprecated `REPORTING_AUTHORITY_NAME`.
enum AuthorityName {
    /// The deprecated configuration key (`REPORTING_AUTHORITY_NAME`), still read when
    /// `ILACS_AUTHORITY` is not set.
    static let legacyKey = "reporting.authority.name"

    /// What is printed to standard error whenever `REPORTING_AUTHORITY_NAME` is set.
    static let deprecation =
        "REPORTING_AUTHORITY_NAME is deprecated and will be removed in the next release: set ILACS_AUTHORITY to the authority's three-digit "
        + "old LA code instead (ILACS_AUTHORITY=891 for Nottinghamshire; `ilacs-admin authorities` lists them)"

    /// The option's value, else the configured authority's name, else the deprecated setting's
    /// (printing ``deprecation`` to standard error whenever that setting is given); nil when none is.
    /// - Throws: `StartupError` when `ILACS_AUTHORITY` is not an authority's code.
    static func resolve(_ option: String?, configuration: ConfigReader) throws -> String? {
        let legacy = configuration.string(forKey: ConfigKey(legacyKey)).flatMap(given)
        if legacy != nil { FileHandle.standardError.write(Data((deprecation + "\n").utf8)) }
        if let option = option.flatMap(given) { return option }
        if let authority = try ConfiguredAuthority.read(from: configuration) { return authority.name }
        return legacy
    }

    /// `text` trimmed; nil when blank.
    private static func given(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// A name as compared: lower case, `&` as `and`, punctuation and a trailing "council",
    /// "county council" or "city council" dropped, single spaces; the DfE's inverted qualifiers
    /// ("Bristol, City of", "Herefordshire, County of") and a leading "County" ("County Durham")
    /// dropped too, as the national record writes those authorities without them.
    static func normalised(_ name: String) -> String {
        var spelled: String = name.lowercased().replacingOccurrences(of: "&", with: " and ")
        for qualifier in [", city of", ", county of"] where spelled.hasSuffix(qualifier) {
            spelled.removeLast(qualifier.count)
        }
        var words = String(spelled.map { $0.isLetter || $0.isNumber ? $0 : " " }).split(separator: " ").map(String.init)
        if words.last == "council" {
            words.removeLast()
            if ["county", "city", "borough"].contains(words.last) { words.removeLast() }
        }
        if words.first == "county", words.count > 1 { words.removeFirst() }
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
