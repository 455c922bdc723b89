import Postgres

/// The plugin's tables: each imported file, every published value (or why it is missing), and
/// the statistical-neighbour model.
enum PublishedStatisticsSchema {
    static let owner = PublishedStatisticsPlugin.pluginName

    static let migrations: [Migration] = [
        Migration(
            owner: owner, id: "0001_published_values",
            sql: """
                -- Every import of a file, kept; the newest per file key holds its values.
                CREATE TABLE published_imports (
                    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                    file_key    text NOT NULL,
                    file_name   text NOT NULL,
                    sha256      text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
                    rows        integer NOT NULL CHECK (rows > 0),
                    values_kept integer NOT NULL,
                    imported_at timestamptz NOT NULL DEFAULT now(),
                    imported_by text NOT NULL CHECK (imported_by <> '')
                );

                -- One published figure, or why it is missing: never a zero for a suppressed cell.
                CREATE TABLE published_values (
                    file_key    text NOT NULL,
                    year        integer NOT NULL,
                    level       text NOT NULL CHECK (level IN ('national', 'regional', 'local authority')),
                    area_code   text NOT NULL CHECK (area_code <> ''),
                    area_name   text NOT NULL,
                    breakdown   text NOT NULL,
                    measure     text NOT NULL,
                    value       numeric,
                    suppression text CHECK (suppression IN ('c', 'x', 'z', 'u', 'k', 'low')),
                    CHECK ((value IS NULL) <> (suppression IS NULL)),
                    PRIMARY KEY (file_key, measure, breakdown, year, level, area_code)
                );

                -- Each authority's ten statistical neighbours, closest first.
                CREATE TABLE statistical_neighbours (
                    authority_code text NOT NULL,
                    position       integer NOT NULL CHECK (position BETWEEN 1 AND 10),
                    neighbour_code text NOT NULL,
                    closeness      text NOT NULL,
                    PRIMARY KEY (authority_code, position)
                );
                """)
    ]
}
