import Testing

@Suite("Fostering households")
struct FosteringHouseholdTests {
    @Test("emails are only at example.org and phones only in Ofcom's drama range", arguments: RunSize.allCases)
    func contactDetailsAreFictional(size: RunSize) {
        let households = size.run.table("fostering_households.csv")
        for email in households.column("Email") where !email.isEmpty {
            #expect(email.hasSuffix("@example.org") && email.filter { $0 == "@" }.count == 1, "\(email)")
        }
        for phone in households.column("Phone") where !phone.isEmpty {
            let digits = phone.dropFirst("07700 900".count)
            #expect(phone.hasPrefix("07700 900") && digits.count == 3 && digits.allSatisfy(\.isNumber), "\(phone)")
        }
    }

    @Test("about four households in five are mainstream and most are approved", arguments: RunSize.allCases)
    func proportions(size: RunSize) {
        let households = size.run.table("fostering_households.csv")
        let types = households.column("Type")
        #expect(types.allSatisfy { $0 == "mainstream" || $0 == "kinship" })
        let kinship = Double(types.filter { $0 == "kinship" }.count) / Double(types.count)
        #expect((0.17...0.25).contains(kinship), "kinship share \(kinship)")
        let statuses = households.column("Approval Status")
        #expect(statuses.allSatisfy { ["approved", "suspended", "under review", "deregistered"].contains($0) })
        #expect(Double(statuses.filter { $0 == "approved" }.count) >= 0.75 * Double(statuses.count))
    }

    @Test("consent to email is yes or no, and only yes where there is an email", arguments: RunSize.allCases)
    func consent(size: RunSize) {
        let households = size.run.table("fostering_households.csv")
        for (email, consent) in zip(households.column("Email"), households.column("Consent to Email")) {
            #expect(consent == "yes" || consent == "no")
            if email.isEmpty { #expect(consent == "no") }
        }
    }

    @Test("some county households have no email and some no support group")
    func gapsInContactDetails() {
        let households = GeneratedRun.county.table("fostering_households.csv")
        #expect(households.column("Email").contains(""))
        #expect(households.column("Support Group").contains(""))
        #expect((300...400).contains(households.rows.count))
    }
}
