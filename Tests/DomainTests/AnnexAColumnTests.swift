import Domain
import Testing

@Suite("Annex A column tables match Ofsted's workbook")
struct AnnexAColumnTests {
    @Test("each list's headings are Ofsted's, character for character", arguments: AnnexAList.allCases)
    func headingsMatchWorkbook(_ list: AnnexAList) {
        #expect(list.columns.map(\.heading) == AnnexAReference.headings[list])
    }

    @Test("keys are unique, snake_case, and the natural key uses real columns", arguments: AnnexAList.allCases)
    func keysAreUsable(_ list: AnnexAList) {
        let keys = list.columns.map(\.key)
        #expect(Set(keys).count == keys.count)
        for key in keys {
            #expect(key.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }, "\(key)")
        }
        #expect(!list.naturalKey.isEmpty)
        #expect(Set(list.naturalKey).isSubset(of: Set(keys)))
        #expect(keys.first == (list.hasChildID ? "child_id" : "adopter_id"))
    }

    @Test("the natural key columns are required", arguments: AnnexAList.allCases)
    func naturalKeyColumnsAreRequired(_ list: AnnexAList) {
        for column in list.columns where list.naturalKey.contains(column.key) && column.key != "cin_start_date" {
            #expect(column.required, "\(column.key)")
        }
    }

    @Test("the same heading has the same key in every list")
    func sharedConceptsShareKeys() {
        var keyByHeading: [String: String] = [:]
        for column in AnnexAList.allCases.flatMap(\.columns) {
            let held = keyByHeading[column.heading, default: column.key]
            #expect(held == column.key, "\(column.heading)")
            keyByHeading[column.heading] = column.key
        }
        let childKeys = ["child_id", "gender", "ethnicity", "date_of_birth", "age"]
        for list in AnnexAList.allCases where list.hasChildID {
            #expect(Set(childKeys).isSubset(of: Set(list.columns.map(\.key))))
        }
    }

    @Test("only List 9's four 2024 columns are flagged as 2024-only")
    func since2024Columns() {
        for list in AnnexAList.allCases where list != .careLeavers {
            #expect(list.columns.allSatisfy { !$0.since2024 })
        }
        let flagged = AnnexAList.careLeavers.columns.filter(\.since2024).map(\.heading)
        #expect(
            flagged == [
                "Unaccompanied Asylum Seeking Child (UASC), or formerly UASC if 18 or over (Y/N)",
                "Allocated Personal Advisor",
                "Latest Pathway Plan Review Date",
                "Latest Date of Contact"
            ])
        #expect(AnnexAList.careLeavers.columns.count == 17)
    }

    @Test("known heading variants are listed")
    func variants() {
        func variants(_ list: AnnexAList, _ key: String) -> [String] {
            list.columns.first { $0.key == key }?.variants ?? []
        }
        #expect(variants(.contacts, "age") == ["Age"])
        #expect(variants(.referrals, "date_of_referral") == ["Date of Referral"])
        #expect(variants(.childrenInNeed, "case_status") == ["Case Status"])
        #expect(variants(.careLeavers, "in_touch").contains("LA in Touch"))
        #expect(
            variants(.childrenInCare, "uasc")
                == ["Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N))"])
        #expect(
            variants(.assessments, "requires_social_care_support")
                == ["Was the child assessed as requiring LA children's social care support?"])
    }

    @Test("blank rules follow liiatools")
    func blankRules() {
        func required(_ list: AnnexAList, _ key: String) -> Bool? {
            list.columns.first { $0.key == key }?.required
        }
        #expect(required(.contacts, "date_of_birth") == false)
        #expect(required(.contacts, "age") == false)
        #expect(required(.contacts, "contact_source") == true)
        #expect(required(.childrenInCare, "placement_urn") == false)
        #expect(required(.childrenInCare, "placement_postcode") == true)
        #expect(required(.careLeavers, "accommodation_type") == false)
        #expect(required(.adopters, "fostering_for_adoption") == true)
        #expect(required(.adopters, "children_placed") == false)
    }

    @Test("list numbers, titles and sheet names")
    func listIdentity() {
        #expect(AnnexAList.allCases.map(\.number) == Array(1...11))
        #expect(AnnexAList.childrenInCare.title == "Children in care")
        #expect(AnnexAList.childrenInCare.sheetName == "List_8")
        #expect(AnnexAList.adopters.sheetName == "List_11")
        #expect(AnnexAList.contacts < AnnexAList.adopters)
        #expect(AnnexAList.allCases.filter { !$0.hasChildID } == [.adopters])
    }
}

@Suite("Every code set parses every spelling listed in annex-a.md")
struct AnnexASpellingTests {
    @Test(
        "each allowed value parses via its column's code set, to distinct codes",
        arguments: AnnexAReference.allowedValues)
    func allowedValuesParse(_ cell: AllowedValuesCell) throws {
        let column = try #require(cell.list.columns.first { $0.heading == cell.heading })
        guard case .code(let descriptor) = column.kind else {
            Issue.record("\(cell.heading) is not a coded column")
            return
        }
        let codes = cell.values.map { descriptor.parse($0) }
        for (value, code) in zip(cell.values, codes) {
            #expect(code != nil, "\(value)")
        }
        #expect(Set(codes.compactMap { $0 }).count == cell.values.count)
    }

    @Test("every coded column of every list has its annex-a.md cell")
    func everyCodedColumnIsCovered() {
        let covered = Set(AnnexAReference.allowedValues.map { "\($0.list.number) \($0.heading)" })
        for list in AnnexAList.allCases {
            for column in list.columns where !column.since2024 {
                if case .code = column.kind {
                    #expect(covered.contains("\(list.number) \(column.heading)"), "\(column.heading)")
                }
            }
        }
    }

    @Test("values Ofsted prints in the Aug-2019 lists render exactly as printed")
    func renderingMatchesWorkbook() {
        // Where our form differs from the workbook, the difference is documented on the code set.
        let documentedDifferences: Set<String> = [
            "u) X1:CodeError", // rendered "u) X1: CodeError"
            "N3 - Parental illness or disability", // List 8's wording; rendered in List 6's
            "c) Not stated/recorded" // List 9's Gender; rendered with "(or unborn)"
        ]
        for cell in AnnexAReference.allowedValues where cell.heading != "Was an Initial Child Protection Conference deemed unnecessary?" {
            guard case .code(let descriptor) = cell.list.columns.first(where: { $0.heading == cell.heading })?.kind
            else { continue }
            for value in cell.values where !documentedDifferences.contains(value) {
                #expect(descriptor.allowedForms.contains(value), "\(value)")
            }
        }
    }
}
