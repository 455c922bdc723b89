/// Redoes a sample's selection from its manifest, its seed and its extensions: the single
/// procedure behind drawing, extending, verifying and explaining.
enum SampleReplay {
    /// The selection `manifest`'s cases give under `seed`, extended as `extensions` say.
    static func selection(_ manifest: Manifest, seed: String, extensions: [SampleRecord.Extension]) throws -> Selection {
        var selection = try Selection(cases: manifest.cases, seed: TicketSeed(seed), rules: manifest.rules)
        for item in extensions {
            try selection.extend(more: item.more, stratum: item.stratum, rule: "extension \(item.number)")
        }
        return selection
    }

    /// `selection`'s picks as they are stored, each extension's picks marked with its number.
    static func picks(_ selection: Selection) -> [SampleRecord.Pick] {
        selection.picks.enumerated().map { index, pick in
            let number = pick.rule.hasPrefix("extension ") ? Int(pick.rule.dropFirst("extension ".count)) ?? 0 : 0
            return SampleRecord.Pick(
                position: index + 1, key: pick.key, stratum: pick.stratum, rank: pick.rank,
                ticket: pick.ticket.description, rule: pick.rule, extensionNumber: number)
        }
    }
}
