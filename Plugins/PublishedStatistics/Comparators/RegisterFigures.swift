import AnnexAStore
import Domain
import Postgres
import WorkforceRegister

/// Works out the authority's own current workforce figures from the workforce register, read
/// only through the kernel's ``WorkforceRegister`` API, at a snapshot's as-of date.
///
/// - Agency rate: agency FTE over the FTE of staff in social worker roles in post (started on or
///   before the as-of date), as a percentage.
/// - Caseload: the snapshot's open List 6 cases (status not closed, no closure date) with an
///   allocated worker, turned into caseloads by ``WorkforceRegister/caseloads(allocatedWorkerNames:)``;
///   the cases of staff in social worker roles over those staff's FTE.
/// - Turnover and vacancy: not computable (see ``RegisterMeasure/notComputable``).
struct RegisterFigures: Sendable {
    private var figures: [RegisterMeasure: RegisterFigure] = [:]

    /// The figure of `measure`, when the register was read.
    subscript(measure: RegisterMeasure) -> RegisterFigure? { figures[measure] }

    /// No register figures (no snapshot to date them).
    static let none = RegisterFigures()

    /// The figures at snapshot `snapshotID`, dated `asOf`; each says why when no register is imported.
    static func load(register: WorkforceRegister, snapshotID: Int, asOf: CalendarDate, on connection: PostgresConnection) async throws -> RegisterFigures {
        var result = RegisterFigures()
        func set(_ measure: RegisterMeasure, _ value: Double?, _ basis: String) {
            result.figures[measure] = RegisterFigure(measure: measure, asOf: asOf.iso, value: value, basis: basis, differs: measure.differs)
        }
        guard try await register.latestImport() != nil else {
            for measure in [RegisterMeasure.turnover, .agency, .vacancy, .caseload] {
                set(measure, nil, measure.notComputable ?? "no workforce register is imported; `ilacs-admin workforce import` loads it")
            }
            return result
        }
        for measure in [RegisterMeasure.turnover, .vacancy] { set(measure, nil, measure.notComputable ?? "") }
        let socialWorkers = try await register.allStaff().filter { RegisterMeasure.socialWorkerRoles.contains($0.role) && $0.startDate <= asOf }
        let total = socialWorkers.reduce(0) { $0 + $1.fte }
        let agency = socialWorkers.filter(\.isAgency).reduce(0) { $0 + $1.fte }
        set(
            .agency, total > 0 ? agency / total * 100 : nil,
            "\(Figure.format(agency)) agency FTE of \(Figure.format(total)) social worker FTE in post (\(socialWorkers.count) staff)")

        let names = try await connection.query(
            """
            SELECT allocated_worker FROM \(AnnexATables.table(.childrenInNeed))
            WHERE snapshot_id = $1 AND case_status <> 'CLOSED' AND cin_closure_date IS NULL AND btrim(coalesce(allocated_worker, '')) <> ''
            """, [snapshotID]
        ).map { try $0.decode(String.self, at: 0) }
        let caseloads = try await register.caseloads(allocatedWorkerNames: names)
        let holders = socialWorkers.filter { caseloads[$0.id, default: 0] > 0 }
        let cases = holders.reduce(0) { $0 + caseloads[$1.id, default: 0] }
        let holderFTE = holders.reduce(0) { $0 + $1.fte }
        set(
            .caseload, holderFTE > 0 ? Double(cases) / holderFTE : nil,
            "\(cases) of \(names.count) open List 6 cases with an allocated worker, held by \(holders.count) social workers (\(Figure.format(holderFTE)) FTE)")
        return result
    }
}
