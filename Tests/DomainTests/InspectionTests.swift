import Domain
import Testing

@Suite("Inspections and judgements")
struct InspectionTests {
    @Test("judgements use Ofsted's wording")
    func judgementNames() {
        #expect(
            Judgement.allCases.map(\.displayName)
                == ["Outstanding", "Good", "Requires improvement to be good", "Inadequate"])
    }

    @Test("the default judgement areas are the five ILACS areas, with unique ids")
    func defaultAreas() {
        #expect(JudgementArea.defaults.count == 5)
        #expect(Set(JudgementArea.defaults.map(\.id)).count == 5)
        #expect(JudgementArea.defaults.contains(.childrenInCare))
    }

    @Test("areas are identified by id, so configured wording does not split a judgement")
    func areasCompareByID() {
        let renamed = JudgementArea(id: JudgementArea.careLeavers.id, displayName: "Care leavers")
        #expect(renamed == .careLeavers)
        let inspection = Inspection(
            id: "2024-ilacs", type: .standard, startDate: CalendarDate(year: 2024, month: 5, day: 20)!,
            endDate: CalendarDate(year: 2024, month: 5, day: 31), judgements: [.careLeavers: .good])
        #expect(inspection.judgements[renamed] == .good)
    }

    @Test("inspection types have stable stored values and display names")
    func inspectionTypes() {
        #expect(
            InspectionType.allCases.map(\.rawValue)
                == ["standard", "short", "focused_visit", "monitoring_visit", "jtai"])
        #expect(InspectionType.jtai.displayName == "Joint targeted area inspection")
    }
}
