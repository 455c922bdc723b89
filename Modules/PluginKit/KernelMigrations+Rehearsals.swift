import Postgres

extension KernelMigrations {
    /// Rehearsals (dry runs of an inspection): an inspection flagged as a rehearsal is the anchor
    /// every plugin's records of the rehearsal hang off (manifests, campaigns, people, messages),
    /// so live views leave them out and ending the rehearsal removes them. One at a time.
    static let rehearsals = Migration(
        owner: owner, id: "0025_rehearsals",
        sql: """
            ALTER TABLE inspections ADD COLUMN rehearsal boolean NOT NULL DEFAULT false;
            -- At most one rehearsal runs at a time, however many start at once.
            CREATE UNIQUE INDEX inspections_one_rehearsal ON inspections (rehearsal) WHERE rehearsal;
            """)
}
