import Domain
import Tabular

/// The open files of one run, one writer per ``OutputFile``, and how rows of each kind become cells.
struct OutputWriters {
    private let writers: [CSVWriter]

    /// Creates every file in `directory` (which must exist) with its header row.
    init(directory: String) throws {
        writers = try Self.reportingWriteErrors {
            try OutputFile.all.map { file in
                let writer = try CSVWriter(path: directory + "/" + file.fileName)
                try writer.write(file.header)
                return writer
            }
        }
    }

    /// Data rows written so far in all files (headers not counted).
    var rowsWritten: Int {
        writers.reduce(0) { $0 + $1.records - 1 }
    }

    /// Appends one authority's rows to every file.
    func append(_ data: AuthorityData) throws {
        try Self.reportingWriteErrors { try appendAll(data) }
    }

    private func appendAll(_ data: AuthorityData) throws {
        try append(data.contacts)
        try append(data.earlyHelp)
        try append(data.referrals)
        try append(data.assessments)
        try append(data.section47Enquiries)
        try append(data.childrenInNeed)
        try append(data.childProtection)
        try append(data.childrenInCare)
        try append(data.careLeavers)
        try append(data.adoption)
        try append(data.adopters)
        let teamNames = Dictionary(uniqueKeysWithValues: data.teams.map { ($0.id, $0.name) })
        let workforce = writer(for: .workforce)
        for worker in data.workers {
            try workforce.write([
                worker.teamID, teamNames[worker.teamID] ?? "", worker.id, worker.name, String(worker.fte),
                worker.isAgency ? "yes" : "no"
            ])
        }
        let households = writer(for: .fosteringHouseholds)
        for household in data.fosteringHouseholds {
            try households.write([
                household.id, household.carerNames.joined(separator: " and "), household.email ?? "",
                household.phone ?? "", Self.text(of: household.approvalStatus), household.type.rawValue,
                household.supportGroup ?? "", household.consentToEmail ? "yes" : "no"
            ])
        }
        let notInSchool = writer(for: .childrenNotInSchool)
        for childID in data.childrenNotInSchool {
            try notInSchool.write([childID])
        }
        let register: [(OutputFile, [[String]])] = [
            (.staff, data.register.staff), (.leave, data.register.leave), (.supervision, data.register.supervision),
            (.training, data.register.training)
        ]
        for (file, rows) in register {
            let output = writer(for: file)
            for row in rows { try output.write(row) }
        }
    }

    /// Closes every file, reporting each, and returns what each holds.
    func close(progress: (GeneratorProgress) -> Void) throws -> [GeneratedFile] {
        try zip(OutputFile.all, writers).map { file, writer in
            try Self.reportingWriteErrors { try writer.close() }
            progress(.fileWritten(name: file.fileName, rows: writer.records - 1))
            let list: AnnexAList? = if case .list(let list) = file { list } else { nil }
            return GeneratedFile(name: file.fileName, list: list, rows: writer.records - 1)
        }
    }

    private func append<Record: AnnexARecord>(_ records: [Record]) throws {
        let writer = writer(for: .list(Record.list))
        for record in records {
            try writer.write(record.ofstedCells)
        }
    }

    /// Runs `body`, reporting a file that cannot be written as the generator's own error.
    private static func reportingWriteErrors<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as TabularError {
            throw GeneratorError(.cannotWriteFile, path: error.file, reason: error.message)
        }
    }

    private func writer(for file: OutputFile) -> CSVWriter {
        // `OutputFile.all` has a handful of entries, so a scan is cheaper than a dictionary.
        writers[OutputFile.all.firstIndex(of: file)!]
    }

    /// Approval statuses as people write them ("under review", not the stored "under_review").
    private static func text(of status: FosteringHousehold.ApprovalStatus) -> String {
        switch status {
        case .approved: "approved"
        case .suspended: "suspended"
        case .underReview: "under review"
        case .deregistered: "deregistered"
        }
    }
}
