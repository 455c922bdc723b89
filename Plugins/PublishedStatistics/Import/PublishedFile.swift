/// One of the Department for Education's published files that `benchmarks import` knows, in the
/// Explore Education Statistics layout: one row per year, geographic level and breakdown.
///
/// A file is recognised by the start of its name (`c1_children_in_need_referrals...`), so that a
/// known file with a column missing can be named as such; its columns may come in any order.
struct PublishedFile: Sendable, Equatable {
    /// The stable key stored with each value (`c1`).
    let key: String
    /// How the file's name starts, lower case.
    let namePrefix: String
    /// What it holds, for `benchmarks list`.
    let title: String
    /// The columns that split a level's rows further (`care_leaver_age`, `breakdown`), joined
    /// with ` | ` into the stored breakdown.
    let breakdownColumns: [String]
    /// The value columns the comparators read: the file is refused without them. Every other
    /// column that is not geographic or a breakdown is stored too.
    let measureColumns: [String]

    /// The columns every statistics file has (`new_la_code` and `la_name` may swap places).
    static let geographicColumns = [
        "time_period", "time_identifier", "geographic_level", "country_code", "country_name", "region_code", "region_name",
        "old_la_code", "new_la_code", "la_name"
    ]

    /// The files of children's social care statistics the comparators use.
    static let known: [PublishedFile] = [
        PublishedFile(
            key: "b1", namePrefix: "b1_children_in_need", title: "Children in need at 31 March (episodes)",
            breakdownColumns: ["category"], measureColumns: ["At31_episodes"]),
        PublishedFile(
            key: "c1", namePrefix: "c1_children_in_need_referrals_and_rereferrals", title: "Referrals, re-referrals within 12 months, no further action",
            breakdownColumns: ["category"], measureColumns: ["referral_count", "rereferral_percent", "no_further_action_percent"]),
        PublishedFile(
            key: "d3", namePrefix: "d3_cpps_subsequent_plan", title: "Child protection plans that are a second or subsequent plan",
            breakdownColumns: ["category"], measureColumns: ["CPP_start", "CPP_subsequent_percent"]),
        PublishedFile(
            key: "d5", namePrefix: "d5_cpps_at31march_by_duration", title: "Child protection plans open at 31 March by duration",
            breakdownColumns: ["category"], measureColumns: ["CPP_At31", "2_years_or_more_percent"]),
        PublishedFile(
            key: "cla", namePrefix: "cla_number_and_rate_per_10k_children", title: "Children looked after: numbers and rates per 10,000",
            breakdownColumns: ["population_type"], measureColumns: ["population_estimate", "children_count", "rate_per_10000"]),
        PublishedFile(
            key: "cla_stability", namePrefix: "la_cla_placement_stability", title: "Placement stability of children looked after",
            breakdownColumns: ["cla_group", "placement_stability"], measureColumns: ["children_count", "children_percent"]),
        PublishedFile(
            key: "cl_activity", namePrefix: "la_care_leavers_activity", title: "Care leavers' activity (education, employment, training)",
            breakdownColumns: ["care_leaver_age", "breakdown"], measureColumns: ["care_leaver_count", "care_leaver_percent"]),
        PublishedFile(
            key: "cl_accommodation", namePrefix: "la_care_leavers_accommodation_suitability", title: "Care leavers' accommodation suitability",
            breakdownColumns: ["care_leaver_age", "breakdown"], measureColumns: ["care_leaver_count", "care_leaver_percent"]),
        PublishedFile(
            key: "csww", namePrefix: "csww_indicators", title: "Children's social work workforce",
            breakdownColumns: [],
            measureColumns: ["turnover_rate_fte", "agency_rate_fte", "vacancy_rate_fte", "caseload_fte"])
    ]

    /// The statistical-neighbour model's file name start.
    static let neighbourModelPrefix = "sn_model"

    /// The known file whose name starts like `fileName`'s, if any.
    static func matching(fileName: String) -> PublishedFile? {
        let name = fileName.lowercased()
        // Longest prefix first, so that a more specific name wins.
        return known.sorted { $0.namePrefix.count > $1.namePrefix.count }.first { name.hasPrefix($0.namePrefix) }
    }
}
