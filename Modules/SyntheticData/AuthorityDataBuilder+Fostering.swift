import Domain

extension AuthorityDataBuilder {
    /// Generates the fostering households: mainstream and kinship in the authority's numbers,
    /// interleaved; mostly approved; contact details only at the reserved domain example.org and
    /// in Ofcom's drama range of mobile numbers, so no real person can be emailed or called.
    mutating func buildFosteringHouseholds() {
        var kinshipLeft = sizes.kinshipHouseholds
        var total = sizes.mainstreamHouseholds + sizes.kinshipHouseholds
        while total > 0 {
            // Drawing each type with its remaining share keeps the counts exact and the order mixed.
            let kinship = random.int(below: total) < kinshipLeft
            if kinship { kinshipLeft -= 1 }
            total -= 1
            addHousehold(type: kinship ? .kinship : .mainstream)
        }
    }

    private mutating func addHousehold(type: FosteringHousehold.HouseholdType) {
        let number = data.fosteringHouseholds.count + 1
        let surname = random.element(of: PersonNames.surnames)
        let couple = random.chance(type == .kinship ? 0.5 : 0.65)
        var carers = [random.element(of: PersonNames.femaleFirstNames) + " " + surname]
        if couple {
            let partnerSurname = random.chance(0.8) ? surname : random.element(of: PersonNames.surnames)
            let partner = random.chance(0.9) ? PersonNames.maleFirstNames : PersonNames.femaleFirstNames
            carers.append(random.element(of: partner) + " " + partnerSurname)
        }
        let email = random.chance(0.92) ? Self.email(for: carers[0], number: number) : nil
        let area = random.int(below: areaCount)
        data.fosteringHouseholds.append(
            FosteringHousehold(
                id: "\(authority.code)-H\(number.zeroPadded(to: 5))",
                carerNames: carers,
                email: email,
                phone: random.chance(0.95) ? "07700 900\(random.int(in: 0...999).zeroPadded(to: 3))" : nil,
                approvalStatus: Self.approvalStatus.draw(using: &random),
                type: type,
                supportGroup: supportGroup(type: type, area: area),
                consentToEmail: email != nil && random.chance(0.88)
            ))
    }

    private mutating func supportGroup(type: FosteringHousehold.HouseholdType, area: Int) -> String? {
        if random.chance(0.1) { return nil }
        if type == .kinship, random.chance(0.5) { return "Kinship Carers Support Group" }
        let place = areaCount > 1 ? WorkforceBuilder.compassAreas[area] : authority.name
        return "\(place) Foster Carers Support Group"
    }

    /// "first.surname42@example.org" from a carer's name, letters only.
    private static func email(for name: String, number: Int) -> String {
        let local = name.lowercased().unicodeScalars.compactMap { scalar -> String? in
            if scalar == " " { return "." }
            return ("a"..."z").contains(scalar) ? String(scalar) : nil
        }.joined()
        return "\(local)\(number)@example.org"
    }

    private static let approvalStatus = WeightedTable<FosteringHousehold.ApprovalStatus>([
        (.approved, 90), (.underReview, 4), (.suspended, 2), (.deregistered, 4)
    ])
}
