import Foundation
import ZIPFoundation

/// A folder of its own for one test, so tests can run in parallel; removed when the test ends.
struct TemporaryFolder: ~Copyable {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("workbook-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    /// The path of `name` inside the folder.
    func path(_ name: String) -> String {
        url.appendingPathComponent(name).path
    }

    /// Writes a ZIP archive at `name` whose entries are `parts` (name to text), deflated, in order.
    func zip(_ name: String, parts: [(name: String, text: String)]) throws -> String {
        let path = path(name)
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .create, pathEncoding: nil)
        for (part, text) in parts {
            let data = Data(text.utf8)
            try archive.addEntry(
                with: part, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate
            ) { position, size in
                data.subdata(in: Int(position)..<(Int(position) + size))
            }
        }
        return path
    }
}

/// Where the project's shared reference files are: `shared/` sits beside the repository (or the
/// scratch package), so it is found by walking up from this file.
enum SharedFiles {
    static func path(_ relativePath: String, from file: String = #filePath) -> String? {
        var folder = URL(fileURLWithPath: file).deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("shared").appendingPathComponent(relativePath)
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate.path }
            folder.deleteLastPathComponent()
        }
        return nil
    }

    static let annexATemplate = path("reference/ofsted-annex-a-template-2019.xlsx")
}
