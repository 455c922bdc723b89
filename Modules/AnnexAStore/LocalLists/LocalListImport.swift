import Domain

/// One import of a named local list of children (e.g. `children-not-in-school`), as stored in
/// the kernel's local-list tables: which file it came from, who imported it and when, and the
/// Annex A snapshot it was drawn against, if any. Its members are read with
/// ``LocalListStore/members(of:on:)``.
public struct LocalListImport: Sendable, Equatable, Codable {
    /// The import's id; a later import of the same list gets a higher one.
    public var id: Int
    /// The list's name: lower-case letters, digits and hyphens.
    public var name: String
    /// The snapshot the list was drawn against (`--snapshot`), or nil when it serves any
    /// snapshot that has no list of its own.
    public var snapshotID: Int?
    /// The imported file's name (not its path).
    public var sourceName: String
    /// How many distinct children it holds.
    public var children: Int
    /// The day it was imported.
    public var importedOn: CalendarDate
    /// Who imported it.
    public var importedBy: String

    /// Creates an import value.
    public init(id: Int, name: String, snapshotID: Int?, sourceName: String, children: Int, importedOn: CalendarDate, importedBy: String) {
        self.id = id
        self.name = name
        self.snapshotID = snapshotID
        self.sourceName = sourceName
        self.children = children
        self.importedOn = importedOn
        self.importedBy = importedBy
    }

    /// One sentence naming the list and the import, for reports and command output:
    /// `local list 'children-not-in-school', import 3 (children.csv, 412 children, imported
    /// 2026-03-02 by jo), drawn against snapshot 4`. It names no child.
    public var citation: String {
        "local list '\(name)', import \(id) (\(sourceName), \(children) \(children == 1 ? "child" : "children"), imported \(importedOn.iso) by \(importedBy)), "
            + (snapshotID.map { "drawn against snapshot \($0)" } ?? "not tied to a snapshot")
    }
}
