import Domain

/// A ``WeekBriefing`` as plain lines, for `ilacs-admin week briefing`: children by case key and
/// Annex A rows only.
enum BriefingText {
    /// The briefing's lines, without line ends.
    static func lines(_ briefing: WeekBriefing) -> [String] {
        var lines = ["Conversation \(briefing.conversationID) (\(briefing.kind.rawValue), \(briefing.status)): \(briefing.title)"]
        if let slot = briefing.slot {
            lines.append("Booked: \(when(slot)), \(slot.place), inspector \(slot.inspectorID)")
        } else {
            lines.append("Not booked")
        }
        if let practitioner = briefing.practitioner {
            lines.append("Practitioner at \(briefing.date.iso): " + context(practitioner))
        }
        if let wishes = briefing.wishes {
            lines.append("The child would like to talk \(WeekBriefing.wayText(wishes.way)); access needs: \(wishes.accessNeeds ?? "none recorded")")
        }
        lines.append("Children covered: \(briefing.children.count)")
        for child in briefing.children {
            lines.append("  \(child.caseKey)  stratum: \(child.stratum.isEmpty ? "not in the sample" : child.stratum)  rows: \(rows(child))")
        }
        return lines
    }

    /// `2026-12-08 09:00-10:00`.
    static func when(_ slot: WeekBriefing.Slot) -> String {
        "\(slot.day.iso) \(time(slot.starts))-\(time(slot.ends))"
    }

    /// `09:05`.
    static func time(_ moment: LocalDateTime) -> String {
        (moment.hour < 10 ? "0" : "") + "\(moment.hour):" + (moment.minute < 10 ? "0" : "") + "\(moment.minute)"
    }

    /// `caseload 12; last supervision 2026-11-02; group reflective supervision in the last quarter 1; training in the last year 3`.
    static func context(_ practitioner: WeekBriefing.Practitioner) -> String {
        let context = practitioner.context
        return "caseload \(practitioner.caseload); last supervision \(context.lastSupervision?.iso ?? "none recorded"); "
            + "group reflective supervision in the last quarter \(context.groupReflectiveLastQuarter); training in the last year \(context.trainingLastYear)"
    }

    /// `List 8 row 14; List 6 row 3`, or `none`.
    static func rows(_ child: WeekBriefing.Child) -> String {
        child.rows.isEmpty ? "none" : child.rows.map { "List \($0.list) row \($0.rowNumber)" }.joined(separator: "; ")
    }
}
