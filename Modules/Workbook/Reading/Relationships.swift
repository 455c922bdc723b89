import Foundation

/// The relationships of one part of a package (from its `.rels` part): which other parts it
/// refers to, by relationship id and type, with each target resolved to a part name.
struct Relationships: XMLPartHandler {
    /// One relationship.
    struct Relationship {
        var id: String
        /// The relationship type URI; compared by its last path segment (``type(_:)``), since
        /// Strict OOXML files use a different prefix from transitional ones.
        var type: String
        /// The target's part name inside the archive, e.g. `xl/worksheets/sheet1.xml`.
        var target: String
    }

    private(set) var all: [Relationship] = []
    private let sourceDirectory: [Substring]

    /// An empty set for the relationships of `sourcePart` (`""` for the package itself), whose
    /// folder relative targets are resolved against.
    init(of sourcePart: String) {
        sourceDirectory = Array(sourcePart.split(separator: "/", omittingEmptySubsequences: true).dropLast())
    }

    /// The name of the part that holds `part`'s relationships: `xl/workbook.xml` has
    /// `xl/_rels/workbook.xml.rels`; the package's own are `_rels/.rels`.
    static func partName(for part: String) -> String {
        var components = part.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        let name = components.popLast() ?? ""
        return (components + ["_rels", name + ".rels"]).joined(separator: "/")
    }

    /// The relationship with identifier `id`.
    subscript(id id: String) -> Relationship? {
        all.first { $0.id == id }
    }

    /// The first relationship whose type ends with `/suffix`, e.g. `styles`.
    func first(ofType suffix: String) -> Relationship? {
        all.first { $0.type.hasSuffix("/" + suffix) }
    }

    mutating func start(_ element: String, attributes: [String: String]) throws {
        // External targets (hyperlinks, linked files) are not parts of this package.
        guard element == "Relationship", attributes["TargetMode"] != "External",
            let id = attributes["Id"], let type = attributes["Type"], let target = attributes["Target"]
        else { return }
        all.append(Relationship(id: id, type: type, target: resolve(target)))
    }

    mutating func end(_ element: String) throws {}
    mutating func text(_ text: String) throws {}

    /// Resolves a target URI against the source's folder: `worksheets/sheet1.xml` from
    /// `xl/workbook.xml` is `xl/worksheets/sheet1.xml`, `/xl/styles.xml` is absolute, `..` climbs.
    private func resolve(_ target: String) -> String {
        let decoded = target.removingPercentEncoding ?? target
        var components = decoded.hasPrefix("/") ? [] : sourceDirectory
        for component in decoded.split(separator: "/", omittingEmptySubsequences: true) {
            switch component {
            case ".": continue
            case "..": _ = components.popLast()
            default: components.append(component)
            }
        }
        return components.joined(separator: "/")
    }
}
