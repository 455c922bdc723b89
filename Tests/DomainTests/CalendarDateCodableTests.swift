import Domain
import Foundation
import Testing

@Suite("CalendarDate coding")
struct CalendarDateCodableTests {
    @Test("encodes as an ISO string and decodes any parseable form")
    func codesAsISOString() throws {
        let dates = [CalendarDate(year: 2024, month: 3, day: 5)!, CalendarDate(year: 1999, month: 12, day: 31)!]
        let json = try JSONEncoder().encode(dates)
        #expect(String(decoding: json, as: UTF8.self) == #"["2024-03-05","1999-12-31"]"#)
        #expect(try JSONDecoder().decode([CalendarDate].self, from: json) == dates)
        let ukForm = Data(#"["05/03/2024"]"#.utf8)
        #expect(try JSONDecoder().decode([CalendarDate].self, from: ukForm) == [dates[0]])
    }

    @Test("decoding text that is not a date fails")
    func rejectsNonDates() {
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([CalendarDate].self, from: Data(#"["31/02/2024"]"#.utf8))
        }
    }
}
