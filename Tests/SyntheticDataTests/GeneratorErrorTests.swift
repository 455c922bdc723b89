import Domain
import Foundation
import SyntheticData
import Testing

@Suite("Errors")
struct GeneratorErrorTests {
    @Test("an output path under a file cannot be created, and the message names it on one line")
    func directoryUnderAFile() throws {
        let file = GeneratedRun.temporaryDirectory()
        try Data("not a directory".utf8).write(to: URL(fileURLWithPath: file))
        let generator = AnnexAGenerator(size: .small, seed: 1, asOf: CalendarDate(year: 2025, month: 1, day: 31)!)
        let error = #expect(throws: GeneratorError.self) {
            try generator.write(to: file + "/out")
        }
        #expect(error?.code == .cannotCreateDirectory)
        #expect(error?.description.contains(file + "/out") == true)
        #expect(error?.description.contains("\n") == false)
    }

    @Test("an output path that is a file is refused")
    func pathIsAFile() throws {
        let file = GeneratedRun.temporaryDirectory()
        try Data("not a directory".utf8).write(to: URL(fileURLWithPath: file))
        let generator = AnnexAGenerator(size: .small, seed: 1, asOf: CalendarDate(year: 2025, month: 1, day: 31)!)
        #expect(throws: GeneratorError.self) {
            try generator.write(to: file)
        }
    }
}
