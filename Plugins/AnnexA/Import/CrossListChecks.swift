import Domain
import Hashing

/// The data-quality checks across Lists 6, 7 and 8, made on the stored rows while they stream
/// in, so the database never joins the lists for them:
/// - a child on a child protection plan (List 7) who is not in List 6 (children in need);
/// - a List 6 case status of looked after without an open period of care in List 8 (no date
///   ceased), or an open period of care without that status;
/// - a List 6 case status of child protection plan without an open plan in List 7 (no end
///   date), or an open plan with a status neither child protection plan nor looked after.
///
/// Child ids are compared as stored, byte for byte, as SQL's `=` compares them; a blank child id
/// matches no row, and a blank or unknown case status fails neither status check. The findings
/// are those of the SQL the import ran before (kept in the tests as the oracle).
struct CrossListChecks {
    /// The child ids of Lists 7 and 8 (far fewer than List 6's), numbered by their bytes: a
    /// table small enough to stay in the processor's cache while List 6's ids are looked up.
    private var children = ByteNumbering()
    /// By child number: on an open plan, in care now (and in List 6, added by ``findings()``).
    private var presence: [Presence] = []
    /// List 7's rows: the child's number (nil for a blank id) and the row.
    private var plans: [(child: Int32?, row: Int)] = []
    /// List 6's child ids, one after another, each row's ending at its `idEnd`.
    private var inNeedIDs: [UInt8] = []
    /// List 6's rows, in order.
    private var inNeed: [InNeedRow] = []

    /// Where a child appears.
    private struct Presence: OptionSet {
        let rawValue: UInt8
        static let inNeed = Presence(rawValue: 1)
        static let onOpenPlan = Presence(rawValue: 2)
        static let inCareNow = Presence(rawValue: 4)
    }

    /// What the checks need of one List 6 row.
    private struct InNeedRow {
        /// Where the child id ends in `inNeedIDs`; nil for a blank id.
        let idEnd: Int?
        /// Whether the case status is looked after, child protection plan, or another; nil when
        /// blank or unknown.
        let lookedAfter: Bool?
        let onPlan: Bool
        let row: Int
    }

    /// The positions of the columns read, within each list's values.
    private static let childID = column("child_id", of: .childrenInNeed)
    private static let caseStatus = column("case_status", of: .childrenInNeed)
    private static let planChildID = column("child_id", of: .childProtection)
    private static let planEndDate = column("plan_end_date", of: .childProtection)
    private static let careChildID = column("child_id", of: .childrenInCare)
    private static let dateCeased = column("date_ceased_looked_after", of: .childrenInCare)

    private static func column(_ key: String, of list: AnnexAList) -> Int {
        list.columns.firstIndex { $0.key == key }!
    }

    /// Takes one stored row of `list`, `row` its number in the file. Rows of lists other than
    /// 6, 7 and 8 are not needed.
    mutating func add(_ values: StoredRow, row: Int, of list: AnnexAList) {
        switch list {
        case .childrenInNeed:
            let id = values[Self.childID]
            var idEnd: Int?
            if !id.isNull {
                values.withBytes(ofText: id) { inNeedIDs.append(contentsOf: $0) }
                idEnd = inNeedIDs.count
            }
            let status = values[Self.caseStatus]
            inNeed.append(
                InNeedRow(
                    idEnd: idEnd, lookedAfter: status.isNull ? nil : values.withBytes(ofText: status) { $0.elementsEqual(Self.lookedAfter) },
                    onPlan: !status.isNull && values.withBytes(ofText: status) { $0.elementsEqual(Self.childProtectionPlan) }, row: row))
        case .childProtection:
            let open = values[Self.planEndDate].isNull
            plans.append((number(values[Self.planChildID], of: values, marking: open ? .onOpenPlan : []), row))
        case .childrenInCare:
            _ = number(values[Self.careChildID], of: values, marking: values[Self.dateCeased].isNull ? .inCareNow : [])
        default:
            break
        }
    }

    /// The stored case statuses the checks look for.
    private static let lookedAfter = Array(CaseStatus.lookedAfter.rawValue.utf8)
    private static let childProtectionPlan = Array(CaseStatus.childProtectionPlan.rawValue.utf8)

    /// The number of the child whose id is `value` (in `row`), its flags joined with `flags`; nil
    /// for a blank id.
    private mutating func number(_ value: CellValue, of row: StoredRow, marking flags: Presence) -> Int32? {
        guard !value.isNull else { return nil }
        let child = row.withBytes(ofText: value) { children.number(UnsafeRawBufferPointer($0)) }
        if Int(child) == presence.count { presence.append([]) }
        presence[Int(child)].formUnion(flags)
        return child
    }

    /// The findings of every row taken: plans of children missing from List 6 by row, then the
    /// status checks against List 8 and against List 7, each by row.
    func findings() -> [QualityFinding] {
        var presence = presence
        var againstCare: [QualityFinding] = []
        var againstPlans: [QualityFinding] = []
        inNeedIDs.withUnsafeBytes { ids in
            var idStart = 0
            for entry in inNeed {
                var flags: Presence = []
                if let idEnd = entry.idEnd {
                    if let child = children.existingNumber(UnsafeRawBufferPointer(rebasing: ids[idStart..<idEnd])) {
                        presence[Int(child)].insert(.inNeed)
                        flags = presence[Int(child)]
                    }
                    idStart = idEnd
                }
                guard let lookedAfter = entry.lookedAfter else { continue }
                if lookedAfter != flags.contains(.inCareNow) {
                    againstCare.append(
                        Self.statusMismatch(
                            row: entry.row,
                            lookedAfter
                                ? "case status is looked after but the child is not in care in List 8"
                                : "the child is in care in List 8 but the case status is not looked after"))
                }
                if !lookedAfter && entry.onPlan != flags.contains(.onOpenPlan) {
                    againstPlans.append(
                        Self.statusMismatch(
                            row: entry.row,
                            entry.onPlan
                                ? "case status is child protection plan but List 7 has no open plan for the child"
                                : "List 7 has an open plan for the child but the case status is neither child protection plan nor looked after"))
                }
            }
        }
        let missing = plans.filter { plan in plan.child.map { !presence[Int($0)].contains(.inNeed) } ?? true }.map { plan in
            QualityFinding(
                list: 7, row: plan.row, columnKey: "child_id", kind: .missingFromChildrenInNeed,
                message: "this child has a child protection plan but is not in List 6 (children in need)")
        }
        return missing + againstCare + againstPlans
    }

    private static func statusMismatch(row: Int, _ message: String) -> QualityFinding {
        QualityFinding(list: 6, row: row, columnKey: "case_status", kind: .caseStatusMismatch, message: message)
    }
}
