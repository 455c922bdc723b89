import CommandLineSupport
import Domain
import Foundation
import Postgres

/// The window as measured on the national record: how re-inspections fell against the rule,
/// and for this authority the chance of the call in each of the next eight weeks.
struct CalibratedWindow {
    /// The national record's file, rows and import day.
    var source: (name: String, rows: Int, importedOn: String)
    /// The measurement.
    var calibration: WindowCalibration
    /// The next eight weeks; nil when there is no estimate (see ``chancesNote``).
    var chances: [WindowCalibration.WeeklyChance]?
    /// Why there are no chances, when there are none.
    var chancesNote: String?

    /// The measurement from the imported national record, seen on `today` for an authority whose
    /// window is `window`; nil when no national record has been imported.
    static func load(window: InspectionWindow?, today: CalendarDate, from: CalendarDate, on connection: PostgresConnection) async throws -> CalibratedWindow? {
        guard let source = try await NationalRecordStore.latestImport(on: connection) else { return nil }
        let calibration = WindowCalibration(records: try await NationalRecordStore.graded(on: connection), from: from)
        var measured = CalibratedWindow(source: source, calibration: calibration, chances: nil, chancesNote: nil)
        guard let last = window?.lastGraded else {
            measured.chancesNote = "No graded inspection is recorded for the authority, so there is nothing to count the weeks from."
            return measured
        }
        if last.judgements[.overallEffectiveness] == .inadequate {
            measured.chancesNote = "The last graded inspection was inadequate: re-inspection follows monitoring visits, which the estimate does not cover."
            return measured
        }
        measured.chances = calibration.callChances(lastGradedStart: last.startDate, today: today)
        if measured.chances == nil {
            measured.chancesNote = "No authority in the national record waited this long after a graded inspection, so the record gives no estimate."
        }
        return measured
    }

    /// The lines `inspection window` prints.
    var lines: [String] {
        let calibration = calibration
        var lines = [
            "",
            "Measured on the national record (\(source.name), \(source.rows) rows, imported \(source.importedOn)): consecutive graded inspections of an authority,",
            "the first starting on or after \(calibration.from.iso) and not inadequate; days from the three-year anniversary (negative: before it).",
            Self.row(["group", "pairs", "inside", "share", "early", "late", "lower quartile", "median", "upper quartile"])
        ]
        for summary in calibration.summaries {
            let cells = [
                summary.label, String(summary.pairs), String(summary.inside), summary.insideShare.map(Self.percent) ?? "-", String(summary.early),
                String(summary.late), Self.days(summary.lowerQuartile), Self.days(summary.median), Self.days(summary.upperQuartile)
            ]
            lines.append(Self.row(cells))
        }
        let survival = calibration.survival
        lines.append("")
        lines.append(
            "The chance the call comes in each of the next eight weeks (Kaplan-Meier over \(survival.observations) graded inspections: \(survival.events) followed by the next, "
                + "\(survival.observations - survival.events) still waiting, censored at \(calibration.observedUntil.iso), the record's latest start; the call taken as the week before the start):"
        )
        if let chances {
            for (index, week) in chances.enumerated() {
                lines.append("week \(index + 1)".padded(8) + "\(week.first.iso) to \(week.last.iso)  " + Self.percent(week.chance))
            }
            lines.append("within the eight weeks: " + Self.percent(chances.map(\.chance).reduce(0, +)))
        } else if let chancesNote {
            lines.append(chancesNote)
        }
        return lines
    }

    private static let widths = [38, 5, 6, 6, 5, 5, 14, 7, 14]

    /// Cells in aligned columns, with no trailing spaces.
    private static func row(_ cells: [String]) -> String {
        (cells.dropLast().enumerated().map { $0.element.padded(widths[$0.offset]) } + cells.suffix(1)).joined(separator: " ")
    }

    private static func percent(_ share: Double) -> String { String(format: "%.1f%%", share * 100) }

    private static func days(_ value: Double?) -> String { value.map { String(format: "%.1f", $0) } ?? "-" }
}
