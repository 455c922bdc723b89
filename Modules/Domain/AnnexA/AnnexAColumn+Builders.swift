extension AnnexAColumn {
    static func text(
        _ key: String, _ heading: String, variants: [String] = [],
        required: Bool = true, since2024: Bool = false
    ) -> AnnexAColumn {
        AnnexAColumn(
            key: key, heading: heading, variants: variants, kind: .text,
            required: required, since2024: since2024)
    }

    static func date(
        _ key: String, _ heading: String, variants: [String] = [],
        required: Bool = true, since2024: Bool = false
    ) -> AnnexAColumn {
        AnnexAColumn(
            key: key, heading: heading, variants: variants, kind: .date,
            required: required, since2024: since2024)
    }

    static func integer(
        _ key: String, _ heading: String, variants: [String] = [],
        required: Bool = true
    ) -> AnnexAColumn {
        AnnexAColumn(key: key, heading: heading, variants: variants, kind: .integer, required: required)
    }

    static func code<Code: CodeSet>(
        _ key: String, _ heading: String, _ codeSet: Code.Type,
        variants: [String] = [], required: Bool = true,
        since2024: Bool = false
    ) -> AnnexAColumn {
        AnnexAColumn(
            key: key, heading: heading, variants: variants, kind: .code(CodeSetDescriptor(codeSet)),
            required: required, since2024: since2024)
    }

    // Columns that recur across lists, defined once so the same concept keeps one key and heading.
    static let childID = text("child_id", "Child Unique ID")
    static let gender = code("gender", "Gender", Gender.self)
    static let ethnicity = code("ethnicity", "Ethnicity", Ethnicity.self)
    static let dateOfBirth = date("date_of_birth", "Date of Birth", required: false)
    static let age = integer("age", "Age of Child (Years)", variants: ["Age"], required: false)
    static let disability = code("disability", "Does the Child have a Disability", YesNoUnknown.self)
    static let allocatedTeam = text("allocated_team", "Allocated Team")
    static let allocatedWorker = text("allocated_worker", "Allocated Worker")
    static let familyID = text("family_id", "Family identifier", required: false)

    /// The five columns that open Lists 1 to 9.
    static let childCharacteristics = [childID, gender, ethnicity, dateOfBirth, age]
}
