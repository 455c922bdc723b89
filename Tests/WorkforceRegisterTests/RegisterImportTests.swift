import Foundation
import Testing
import WorkforceRegister

@testable import Workforce

@Suite("Workforce register import")
struct RegisterImportTests {
    @Test("the generated register imports with every row, and importing the same files again changes nothing")
    func roundTrip() async throws {
        try await RegisterFixture.with { fixture in
            let first = try await fixture.importRegister()
            #expect(first.changed)
            for (name, table) in [
                ("staff", "workforce_staff"), ("leave", "workforce_leave"), ("supervision", "workforce_supervision"), ("training", "workforce_training")
            ] {
                let rows = try fixture.records("\(name).csv").count - 1
                #expect(rows > 0, "\(name).csv is empty")
                #expect(try await fixture.count(table) == rows, "\(table)")
                #expect(first.version.counts[name] == rows)
            }
            let again = try await fixture.importRegister()
            #expect(!again.changed)
            #expect(again.version.id == first.version.id)
            #expect(try await fixture.count("workforce_imports") == 1)
            #expect(try await fixture.count("audit_events WHERE action = 'workforce.import'") == 1)
            let staff = try await WorkforceRegister(pool: fixture.pool).allStaff()
            #expect(staff.contains { $0.email == nil } && staff.contains { $0.isAgency } && staff.contains { $0.role == .iro })
            #expect(staff.contains { $0.workingDays != .fullWeek })
            // Some leave falls in the two weeks after the as-of date, when inspectors are on site.
            #expect(try await fixture.count("workforce_leave WHERE from_date > '\(RegisterFixture.asOf.iso)'") > 0)
            #expect(try await fixture.count("workforce_supervision WHERE kind = 'group_reflective'") > 0)
        }
    }

    @Test("a changed file replaces the register as a new, audited version")
    func newVersion() async throws {
        try await RegisterFixture.with { fixture in
            let first = try await fixture.importRegister()
            let changed = try fixture.folder(editing: "training.csv") { $0.removeLast() }
            defer { try? FileManager.default.removeItem(atPath: changed) }
            let second = try await fixture.importRegister(changed)
            #expect(second.changed && second.version.id > first.version.id)
            #expect(try await fixture.count("workforce_training") == (first.version.counts["training"] ?? 0) - 1)
            #expect(try await fixture.count("audit_events WHERE action = 'workforce.import'") == 2)
            #expect(try await WorkforceRegister(pool: fixture.pool).latestImport()?.id == second.version.id)
        }
    }

    @Test("a workbook with the four sheets imports as the CSV files do, and its problems name the sheet")
    func workbook() async throws {
        try await RegisterFixture.with { fixture in
            let good = try fixture.workbook()
            defer { try? FileManager.default.removeItem(atPath: good) }
            let imported = try await fixture.importRegister(good)
            #expect(imported.changed)
            for (name, table) in [("staff", "workforce_staff"), ("leave", "workforce_leave"), ("supervision", "workforce_supervision")] {
                #expect(try await fixture.count(table) == fixture.records("\(name).csv").count - 1, "\(table)")
            }
            #expect(try await fixture.importRegister(good).changed == false)
            let bad = try fixture.workbook { file, records in
                if file == .leave { records[1][2] = "2000-01-01" }
            }
            defer { try? FileManager.default.removeItem(atPath: bad) }
            let name = URL(fileURLWithPath: bad).lastPathComponent
            do {
                try await fixture.importRegister(bad)
                Issue.record("the import was accepted")
            } catch let failure as RegisterImportFailure {
                #expect(
                    failure.problems.map(\.description) == [
                        "\(name) sheet leave, row 2, column 'to': before 'from'; the last day of leave cannot come before the first"
                    ])
            }
        }
    }

    /// One bad input: how the generated files are spoiled, and the one line it must give.
    struct BadInput: Sendable, CustomTestStringConvertible {
        var name: String
        var file: String
        var edit: @Sendable (inout [[String]]) -> Void
        /// The whole line, or its start when it ends with a list of what is allowed.
        var line: @Sendable ([[String]]) -> String
        var testDescription: String { name }
    }

    static let badInputs: [BadInput] = [
        BadInput(name: "unknown column", file: "staff.csv", edit: { $0[0].append("Nickname") }) { _ in
            "staff.csv, row 1, column 'nickname': unknown column; staff.csv has the columns id, name, email, team, role, manager_id, fte, agency, start_date, working_days"
        },
        BadInput(name: "missing column", file: "staff.csv", edit: { records in for index in records.indices { records[index].remove(at: 2) } }) { _ in
            "staff.csv, row 1, column 'email': missing column; add it (its cells may be blank where allowed)"
        },
        BadInput(name: "bad date", file: "staff.csv", edit: { $0[2][8] = "31/02/2025" }) { _ in
            "staff.csv, row 3, column 'start_date': not a date; write YYYY-MM-DD or DD/MM/YYYY"
        },
        BadInput(name: "unknown role", file: "staff.csv", edit: { $0[1][4] = "Wizard" }) { _ in
            "staff.csv, row 2, column 'role': not a known role; use one of: " + StaffRole.allCases.map(\.label).joined(separator: ", ")
        },
        BadInput(name: "manager not in staff", file: "staff.csv", edit: { $0[3][5] = "XX-W9999" }) { _ in
            "staff.csv, row 4, column 'manager_id': no one in staff.csv has this id"
        },
        BadInput(name: "duplicate staff id", file: "staff.csv", edit: { $0.append($0[1]) }) { records in
            "staff.csv, row \(records.count), column 'id': the same staff id as row 2; staff ids must be unique"
        },
        BadInput(name: "leave ends before it starts", file: "leave.csv", edit: { $0[1][2] = "2000-01-01" }) { _ in
            "leave.csv, row 2, column 'to': before 'from'; the last day of leave cannot come before the first"
        },
        BadInput(name: "overlapping leave", file: "leave.csv", edit: { $0.append($0[1]) }) { records in
            "leave.csv, row \(records.count), column 'from': overlaps the same person's leave on row 2; merge the two periods"
        },
        BadInput(name: "unknown supervisor", file: "supervision.csv", edit: { $0[1][1] = "XX-W9999" }) { _ in
            "supervision.csv, row 2, column 'supervisor_id': no one in staff.csv has this id"
        }
    ]

    @Test("each bad input gives one line naming file, row and column, never the value, and leaves the register as it was", arguments: badInputs)
    func badInput(_ bad: BadInput) async throws {
        try await RegisterFixture.with { fixture in
            let before = try await fixture.importRegister()
            var records = try fixture.records(bad.file)
            bad.edit(&records)
            let spoiled = try fixture.folder(editing: bad.file, bad.edit)
            defer { try? FileManager.default.removeItem(atPath: spoiled) }
            do {
                try await fixture.importRegister(spoiled)
                Issue.record("the import was accepted")
            } catch let failure as RegisterImportFailure {
                #expect(failure.problems.map(\.description) == [bad.line(records)])
                for value in ["XX-W9999", "31/02/2025", "2000-01-01", "Wizard"] {
                    #expect(!failure.problems.contains { $0.description.contains(value) }, "the value \(value) is shown")
                }
                #expect(failure.description == "1 problem in the register files; nothing was imported and the register is unchanged")
            }
            #expect(try await WorkforceRegister(pool: fixture.pool).latestImport() == before.version)
            #expect(try await fixture.count("workforce_staff") == before.version.counts["staff"])
            #expect(try await fixture.count("workforce_leave") == before.version.counts["leave"])
            #expect(try await fixture.count("workforce_supervision") == before.version.counts["supervision"])
        }
    }
}
