/// One version of the ILACS framework: the date it applies from, the areas it grades, and the
/// rule it uses to say what the next inspection is likely to be.
///
/// The versions are data (``all``), so a change Ofsted announces is one more entry. The version
/// in force on an inspection's start date decides which judgements it may carry; the version in
/// force today decides how the next inspection's type is explained.
public struct FrameworkVersion: Sendable, Hashable, Identifiable {
    /// A stable identifier, e.g. `ilacs-2026`.
    public var id: String
    /// The name to show, e.g. "ILACS from 1 April 2026".
    public var name: String
    /// The first start date of an inspection the version applies to.
    public var appliesFrom: CalendarDate
    /// The areas graded, in Ofsted's report order.
    public var areas: [JudgementArea]
    /// How the next inspection's likely type follows from the last graded inspection.
    public var nextTypeRule: NextInspectionRule
    /// What changed from the version before, in one sentence.
    public var change: String

    /// Creates a version.
    public init(
        id: String, name: String, appliesFrom: CalendarDate, areas: [JudgementArea], nextTypeRule: NextInspectionRule, change: String
    ) {
        self.id = id
        self.name = name
        self.appliesFrom = appliesFrom
        self.areas = areas
        self.nextTypeRule = nextTypeRule
        self.change = change
    }

    /// The framework as published in 2018, with care leavers inside the children in care judgement.
    public static let ilacs2018 = FrameworkVersion(
        id: "ilacs-2018", name: "ILACS from January 2018", appliesFrom: CalendarDate(year: 2018, month: 1, day: 1)!,
        areas: [.overallEffectiveness, .leadership, .helpAndProtection, .childrenInCare], nextTypeRule: .overallGrade,
        change: "the ILACS framework replaced the single inspection framework")
    /// Care leavers judged separately from January 2023.
    public static let ilacs2023 = FrameworkVersion(
        id: "ilacs-2023", name: "ILACS from January 2023", appliesFrom: CalendarDate(year: 2023, month: 1, day: 1)!,
        areas: JudgementArea.defaults, nextTypeRule: .overallGrade,
        change: "the experiences and progress of care leavers became a separate judgement")
    /// No overall effectiveness grade from 1 April 2026; the next type follows the four judgements.
    public static let ilacs2026 = FrameworkVersion(
        id: "ilacs-2026", name: "ILACS from 1 April 2026", appliesFrom: CalendarDate(year: 2026, month: 4, day: 1)!,
        areas: [.leadership, .helpAndProtection, .childrenInCare, .careLeavers], nextTypeRule: .leadersAndTwoOfThreePractice,
        change: "the overall effectiveness judgement is no longer given; four judgements remain")

    /// Every version, earliest first.
    public static let all: [FrameworkVersion] = [ilacs2018, ilacs2023, ilacs2026]

    /// The version in force on `date`: the latest that applies from it or earlier (the first
    /// version for a date before every version).
    public static func inForce(on date: CalendarDate, versions: [FrameworkVersion] = all) -> FrameworkVersion {
        versions.last { $0.appliesFrom <= date } ?? versions[0]
    }

    /// Checks `judgements` against the areas this version grades.
    /// - Throws: ``FrameworkError`` naming the first area the version does not grade and the
    ///   change that explains it.
    public func check(_ judgements: [JudgementArea: Judgement], startingOn start: CalendarDate) throws {
        let outside = judgements.keys.filter { area in !areas.contains(area) }.sorted { $0.id < $1.id }
        guard let area = outside.first else { return }
        let later = Self.all.first { $0.appliesFrom > appliesFrom && $0.areas.contains(area) }
        let why =
            later.map { "it is graded only from \($0.appliesFrom.iso) (\($0.change))" }
            ?? "\(change) (\(name), from \(appliesFrom.iso))"
        throw FrameworkError(
            "an inspection starting on \(start.iso) cannot have a grade for '\(Self.typed(area))': \(why); "
                + "give only: \(areas.map(Self.typed).joined(separator: ", "))")
    }

    /// An area's id as typed on the command line (`care-leavers`).
    private static func typed(_ area: JudgementArea) -> String {
        String(area.id.map { $0 == "_" ? "-" : $0 })
    }
}

/// A judgement that the framework in force does not allow: one line naming the change.
public struct FrameworkError: Error, CustomStringConvertible, Equatable {
    /// The line to show.
    public let description: String

    /// Creates the error.
    public init(_ description: String) {
        self.description = description
    }
}
