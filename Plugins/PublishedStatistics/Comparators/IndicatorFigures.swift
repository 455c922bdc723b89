import Postgres

/// An indicator's figure for every year, level and area that its published series cover.
struct IndicatorFigures: Sendable {
    private struct Key: Hashable {
        var year: Int
        var level: PublishedValue.Level
        var area: String
    }

    private var figures: [Key: Figure] = [:]
    private var names: [String: String] = [:]

    /// Loads the series `source` reads and combines them into figures.
    static func load(_ source: BenchmarkIndicator.Source, on connection: PostgresConnection) async throws -> IndicatorFigures {
        var cells: [[Key: Figure]] = []
        var result = IndicatorFigures()
        for series in source.series {
            let rows = try await connection.query(
                """
                SELECT year, level, area_code, area_name, value::float8, suppression FROM published_values
                WHERE file_key = $1 AND breakdown = $2 AND measure = $3
                """, [series.file, series.breakdown, series.measure])
            var loaded: [Key: Figure] = [:]
            for row in rows {
                guard let level = PublishedValue.Level(rawValue: try row.decode(at: 1)) else { continue }
                let key = Key(year: try row.decode(at: 0), level: level, area: try row.decode(at: 2))
                loaded[key] = Figure(value: try row.decode(at: 4), suppression: try row.decode(at: 5))
                result.names[key.area] = try row.decode(String.self, at: 3)
            }
            cells.append(loaded)
        }
        switch source {
        case .value:
            result.figures = cells[0]
        case .complement:
            result.figures = cells[0].mapValues { figure in figure.value.map { .number(100 - $0) } ?? figure }
        case .rate(_, _, let scale):
            for (key, numerator) in cells[0] {
                let denominator = cells[1][key] ?? .absent
                if let top = numerator.value, let bottom = denominator.value, bottom > 0 {
                    result.figures[key] = .number(top / bottom * scale)
                } else {
                    // The first missing part says why; a row with no denominator at all is absent.
                    result.figures[key] = numerator.value == nil ? numerator : denominator
                }
            }
        }
        return result
    }

    /// The figure of `area` at `level` in `year`; ``Figure/absent`` when not published.
    func figure(year: Int, level: PublishedValue.Level, area: String) -> Figure {
        figures[Key(year: year, level: level, area: area)] ?? .absent
    }

    /// The newest year in which any authority has a value.
    var latestYear: Int? {
        figures.filter { $0.key.level == .localAuthority && $0.value.value != nil }.map(\.key.year).max()
    }

    /// Every year with a figure.
    var years: Set<Int> { Set(figures.keys.map(\.year)) }

    /// The areas of `level` with a row in `year`, by code.
    func areas(year: Int, level: PublishedValue.Level) -> [String] {
        figures.keys.filter { $0.year == year && $0.level == level }.map(\.area).sorted()
    }

    /// The area's name as published (the code when not known).
    func name(of code: String) -> String { names[code] ?? code }
}
