import Foundation
import TestSupport

/// The DfE's real published files in `../shared/reference/dfe/` (beside the repository), used
/// as they are; and scratch copies of them made untidy on purpose for the bad-input tests.
enum ReferenceFiles {
    /// The folder of the ten real files.
    static func folder() throws -> String {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let folder = repository.deletingLastPathComponent().appendingPathComponent("shared/reference/dfe").standardizedFileURL.path
        guard FileManager.default.fileExists(atPath: folder + "/sn_model_2025_wide.csv") else {
            throw TestSetupError("the DfE reference files are missing: expected them in \(folder) (../shared/reference/dfe beside the repository)")
        }
        return folder
    }

    /// The path of the real file whose name starts with `prefix`.
    static func path(_ prefix: String) throws -> String {
        let folder = try folder()
        guard let name = try FileManager.default.contentsOfDirectory(atPath: folder).sorted().first(where: { $0.hasPrefix(prefix) }) else {
            throw TestSetupError("no reference file starting \(prefix) in \(folder)")
        }
        return folder + "/" + name
    }

    /// The real file's text, BOM included.
    static func text(_ prefix: String) throws -> String {
        try String(contentsOfFile: try path(prefix), encoding: .utf8)
    }

    /// Writes `text` as `name` in a fresh scratch folder and returns its path.
    static func scratch(_ name: String, _ text: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dfe-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent(name).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// The real file's rows as dictionaries by heading: a small reader of the test's own (quoted
    /// fields, no line breaks inside them, as in these files), so that the tests do not check the
    /// importer with the importer's reader.
    static func rows(_ prefix: String) throws -> [[String: String]] {
        var lines = try text(prefix).split(whereSeparator: \.isNewline).map(String.init)
        if lines[0].hasPrefix("\u{FEFF}") { lines[0].removeFirst() }
        let header = fields(lines[0])
        return try lines.dropFirst().map { line in
            let values = fields(line)
            guard values.count == header.count else { throw TestSetupError("a row of \(prefix) has \(values.count) fields, not \(header.count)") }
            return Dictionary(uniqueKeysWithValues: zip(header, values))
        }
    }

    /// One line's fields: commas inside double quotes belong to the field; quotes are dropped.
    private static func fields(_ line: String) -> [String] {
        var fields: [String] = []
        var field = ""
        var quoted = false
        for character in line {
            if character == "\"" {
                quoted.toggle()
            } else if character == "," && !quoted {
                fields.append(field)
                field = ""
            } else {
                field.append(character)
            }
        }
        return fields + [field]
    }
}
