import Testing

@testable import InspectionWeek

@Suite("Tracking inspectors: existing choices kept, a practitioner's children together, spread by count")
struct TrackingAssignmentTests {
    @Test("a practitioner's children share the tracker one of them already has; new groups go to the least loaded, ties by order")
    func assign() {
        let chosen = TrackingAssignment.assign(
            groups: [["A1", "A2", "A3"], ["B1"], ["C1", "C2"], ["D1"], ["A1"]], existing: ["A2": "7", "X": "9"], inspectors: ["7", "9", "10"])
        // A joins A2's inspector 7 (loads 7: 3, 9: 1 with X, 10: 0); B to 10; C to 9 (tied with 10 at 1, 9 first); D to 10.
        #expect(chosen == ["A1": "7", "A3": "7", "B1": "10", "C1": "9", "C2": "9", "D1": "10"])
        #expect(TrackingAssignment.assign(groups: [["A1"]], existing: [:], inspectors: []) == [:])
    }
}
