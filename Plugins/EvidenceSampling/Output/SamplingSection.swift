import PluginKit
import Postgres

/// The sampling section of the readiness report: the samples drawn from the snapshot, and for
/// the latest one its composition by stratum and its balance against the population.
/// EvidenceSampling's contribution to ``ReportSections/point``; the picks' case keys appear
/// only in a child-level table.
struct SamplingSection: ReportSection {
    let title = "Evidence sample"
    let anchor = "evidence-sample"
    let order = 110

    /// The balance characteristics the report shows (team and worker tables are too long for it).
    static let characteristics = ["age band", "gender", "ethnicity group", "disability", "placement type group", "legal status group"]

    func content(for request: ReportRequest, on connection: PostgresConnection) async throws -> ReportSectionContent {
        let samples = try await connection.query(
            """
            SELECT s.id, s.manifest_id, m.sha256, m.inspection_id,
                   (SELECT count(*) FROM sampling_picks p WHERE p.sample_id = s.id) AS picks
            FROM sampling_samples s JOIN sampling_manifests m ON m.id = s.manifest_id
            WHERE m.snapshot_id = $1
              -- A rehearsal's samples are not the live record (kernel: inspections.rehearsal).
              AND \(Rehearsals.scope("m.inspection_id", rehearsal: false))
            ORDER BY s.id
            """, [request.snapshotID])
        guard let latest = try samples.last.map({ try $0.decode(Int.self, "id") }) else {
            return ReportSectionContent(
                summary:
                    "No sample has been drawn from snapshot \(request.snapshotID). Freeze a manifest with `ilacs-sampler manifest` before the seed is chosen.")
        }
        let list = ReportTable(
            caption: "Samples drawn from snapshot \(request.snapshotID)", columns: ["Sample", "Manifest", "Inspection", "Cases", "Manifest SHA-256"],
            rows: try samples.map { row in
                [
                    String(try row.decode(Int.self, "id")), String(try row.decode(Int.self, "manifest_id")),
                    (try row.decode(Int?.self, "inspection_id")).map(String.init) ?? "none", String(try row.decode(Int.self, "picks")),
                    try row.decode(String.self, "sha256")
                ]
            })
        let sample = try await SampleStore.load(latest, on: connection)
        let (_, manifest) = try await ManifestStore.load(sample.manifestID, on: connection)
        let counts = Dictionary(grouping: manifest.cases, by: \.stratum).mapValues(\.count)
        let picked = Dictionary(grouping: sample.picks, by: \.stratum).mapValues(\.count)
        let composition = ReportTable(
            caption: "Sample \(latest) by stratum: cases in the population and cases picked", columns: ["Stratum", "Population", "Picked"],
            rows: counts.keys.sorted().map { [$0, String(counts[$0]!), String(picked[$0] ?? 0)] })
        let balance = BalanceTable(manifest: manifest, picks: sample.picks).rows.filter { Self.characteristics.contains($0.dimension) }
        let ages = balance.filter { $0.dimension == "age band" }
        var parts = [
            ReportPart(heading: "Samples", tables: [list, composition]),
            ReportPart(
                heading: "Balance of sample \(latest) against its population",
                charts: [
                    ReportChart(
                        title: "Age bands: share of population and of sample \(latest)",
                        summary:
                            "Bar chart comparing, for each of \(ages.count) age bands, its percentage of the \(manifest.cases.count) eligible cases with its percentage of the \(sample.picks.count) picked.",
                        unit: "%", series: ["Population", "Sample"],
                        bars: ages.map { ReportChart.Bar(label: $0.group, values: [$0.populationPercent, $0.samplePercent]) })
                ],
                tables: [
                    ReportTable(
                        caption: "Sample \(latest) against its population, by characteristic and group (percentages of each)",
                        columns: ["Characteristic", "Group", "Population", "Population %", "Sample", "Sample %"],
                        rows: balance.map {
                            [$0.dimension, $0.group, String($0.population), String($0.populationPercent), String($0.sample), String($0.samplePercent)]
                        })
                ])
        ]
        if request.includeChildRows {
            parts.append(
                ReportPart(
                    heading: "Picks of sample \(latest)",
                    tables: [
                        ReportTable(
                            caption: "Every pick: position, case key, stratum, rank and rule", columns: ["Position", "Case key", "Stratum", "Rank", "Rule"],
                            rows: sample.picks.map { [String($0.position), $0.key, $0.stratum, String($0.rank), $0.rule] }, childLevel: true)
                    ]))
        }
        return ReportSectionContent(
            summary:
                "\(samples.count) sample(s) drawn from snapshot \(request.snapshotID); the latest, sample \(latest), has \(sample.picks.count) cases from \(manifest.cases.count) eligible. `ilacs-sampler verify \(latest)` recomputes it.",
            parts: parts)
    }
}
