import ArgumentParser
import Domain
import Foundation

/// Reads the values coordinators type for inspections, with one-line errors that list what is
/// accepted. Hyphens and underscores are interchangeable and case is ignored.
enum InspectionArguments {
    /// `short`, `focused-visit`, ... as an inspection type allowed here.
    static func type(_ text: String, allowed: [InspectionType] = InspectionType.allCases) throws -> InspectionType {
        guard let type = InspectionType(rawValue: normalised(text)), allowed.contains(type) else {
            throw ValidationError("unknown inspection type '\(text)'; use one of: \(allowed.map(display).joined(separator: ", "))")
        }
        return type
    }

    /// `area=grade`, e.g. `children_in_care=good` or `overall-effectiveness=requires-improvement`.
    static func judgement(_ text: String, areas: [JudgementArea] = JudgementArea.defaults) throws -> (JudgementArea, Judgement) {
        let parts = text.split(separator: "=", maxSplits: 1).map { normalised(String($0)) }
        let grades = Judgement.allCases.map { display($0.rawValue) }.joined(separator: ", ")
        guard parts.count == 2 else {
            throw ValidationError("--judgement takes AREA=GRADE, e.g. children-in-care=good; grades: \(grades)")
        }
        guard let area = areas.first(where: { $0.id == parts[0] }) else {
            throw ValidationError("unknown judgement area '\(parts[0])'; use one of: \(areas.map { display($0.id) }.joined(separator: ", "))")
        }
        guard let grade = Judgement(rawValue: parts[1] == "ri" ? Judgement.requiresImprovement.rawValue : parts[1]) else {
            throw ValidationError("unknown grade '\(parts[1])'; use one of: \(grades)")
        }
        return (area, grade)
    }

    /// `--call-at` and `--type` as the timeline of a call: a short or standard inspection.
    static func call(_ callAt: String, type: String) throws -> NotificationTimeline {
        guard let call = LocalDateTime.parse(callAt) else {
            throw ValidationError("--call-at must be a date and time such as \"2026-11-25 10:30\", not '\(callAt)'")
        }
        // A notified type always has a timeline.
        return NotificationTimeline(call: call, type: try Self.type(type, allowed: NotificationTimeline.notifiedTypes))!
    }

    /// A stored snake_case id as typed on the command line.
    static func display(_ id: String) -> String { id.replacingOccurrences(of: "_", with: "-") }

    private static func display(_ type: InspectionType) -> String { display(type.rawValue) }

    private static func normalised(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(of: "-", with: "_")
    }
}
