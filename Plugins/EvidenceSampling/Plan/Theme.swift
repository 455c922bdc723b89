/// A characteristic a quota asks the sample to include, e.g. children with a disability.
public enum Theme: Sendable, Hashable, CustomStringConvertible {
    /// The row's `Does the Child have a Disability` is yes.
    case disability
    /// The row's UASC column is yes (Lists 8 and 9).
    case uasc
    /// Three or more placements in the last 12 months (List 8).
    case threeOrMorePlacements
    /// The child is on a local list imported with `ilacs-admin local-list import`.
    case localList(String)

    /// The built-in themes by the names a plan uses.
    public static let builtIn: [String: Theme] = [
        "disability": .disability, "uasc": .uasc, "placements 3+": .threeOrMorePlacements
    ]

    /// The name a plan and a manifest use: `disability`, `uasc`, `placements 3+`, `local:NAME`.
    public var description: String {
        switch self {
        case .disability: "disability"
        case .uasc: "uasc"
        case .threeOrMorePlacements: "placements 3+"
        case .localList(let name): "local:\(name)"
        }
    }
}
