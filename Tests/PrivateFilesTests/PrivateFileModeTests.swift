import Foundation
import PrivateFiles
import Tabular
import Testing
import Workbook

/// Every file that may hold child-level data is its owner's only (0600), in folders the code
/// creates for its owner only (0700), and spools do not outlive their writer.
@Suite("Private files")
struct PrivateFileModeTests {
    /// A fresh folder for one test, removed afterwards.
    func withFolder(_ body: (String) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("private-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try body(folder)
    }

    func mode(_ path: String) throws -> Int {
        try #require(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
    }

    @Test("CSV, XLSX and whole-file writes are mode 0600, whatever the umask allows, with no spool left beside them")
    func fileModes() throws {
        try withFolder { folder in
            let csv = try CSVWriter(path: "\(folder)/children.csv")
            try csv.write(["Child Unique ID"])
            try csv.close()
            let xlsx = try XLSXWriter(path: "\(folder)/children.xlsx")
            try xlsx.addSheet(named: "List_8") { sheet in try sheet.appendRow(["Child Unique ID"]) }
            try xlsx.finish()
            try PrivateFile.write(Data("{}".utf8), toPath: "\(folder)/sample.json")
            FileManager.default.createFile(atPath: "\(folder)/existing.json", contents: nil, attributes: [.posixPermissions: 0o644])
            try PrivateFile.write(Data("{}".utf8), toPath: "\(folder)/existing.json")
            for name in ["children.csv", "children.xlsx", "sample.json", "existing.json"] {
                #expect(try mode("\(folder)/\(name)") == 0o600, "\(name)")
            }
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["children.csv", "children.xlsx", "existing.json", "sample.json"])
        }
    }

    @Test("folders the code creates are mode 0700, parents included")
    func directoryModes() throws {
        try withFolder { folder in
            try PrivateFile.createDirectory(atPath: "\(folder)/maildir/new")
            #expect(try mode("\(folder)/maildir") == 0o700)
            #expect(try mode("\(folder)/maildir/new") == 0o700)
        }
    }

    @Test("a spool is removed when dropped or removed, and kept only when it became the file")
    func spools() throws {
        try withFolder { folder in
            do {
                let dropped = Spool(path: "\(folder)/dropped.partial")
                FileManager.default.createFile(atPath: dropped.path, contents: Data("x".utf8))
            }
            let kept = Spool(path: "\(folder)/kept")
            FileManager.default.createFile(atPath: kept.path, contents: Data("x".utf8))
            kept.kept()
            do {
                let unfinished = try XLSXWriter(path: "\(folder)/unfinished.xlsx")
                #expect(try FileManager.default.contentsOfDirectory(atPath: folder).contains { $0.hasSuffix(".partial") })
                #expect(
                    try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".partial") }.map { try mode("\(folder)/\($0)") } == [
                        0o600
                    ])
                _ = unfinished
            }
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["kept"])
        }
    }
}
