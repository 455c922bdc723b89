import Logging

/// Applies pending migrations: all of them in one transaction, under an advisory lock, so that
/// two migrators started at once never both apply, and a failure leaves the schema unchanged.
public struct Migrator: Sendable {
    /// The advisory-lock key every migrator of this software takes ("ILACSMIG").
    static let lockKey = 0x494C_4143_534D_4947
    private let logger: Logger

    /// Creates a migrator.
    public init(logger: Logger = Logger(label: "ilacs.migrator")) {
        self.logger = logger
    }

    /// What a run did.
    public struct Outcome: Sendable, Equatable {
        /// `owner/id` of each migration applied by this run, in order.
        public var applied: [String]
        /// How many were already applied before this run.
        public var alreadyApplied: Int
    }

    /// The `owner/id` of each migration in `migrations` the database has not recorded, in the
    /// order given; reads only, so a role that may not change the schema can check it is current.
    /// - Throws: `PostgresError` `.migrationChanged` when an applied migration's SQL has changed.
    public func pending(_ migrations: [Migration], on connection: PostgresConnection) async throws -> [String] {
        let exists = try await connection.query("SELECT to_regclass('ilacs_migrations') IS NOT NULL AS present")[0].decode(Bool.self, at: 0)
        let recorded = exists ? try await Self.recorded(on: connection) : [:]
        var pending: [String] = []
        for migration in migrations {
            let name = "\(migration.owner)/\(migration.id)"
            guard let checksum = recorded[name] else {
                pending.append(name)
                continue
            }
            try Self.check(migration, name: name, recorded: checksum)
        }
        return pending
    }

    /// Applies every migration in `migrations` that the database has not recorded yet, in the order given.
    /// - Throws: `PostgresError` `.migrationChanged` when an applied migration's SQL has changed;
    ///   the server's error when a migration fails. Either way nothing is applied.
    @discardableResult
    public func apply(_ migrations: [Migration], on connection: PostgresConnection) async throws -> Outcome {
        try await connection.transaction { connection in
            try await connection.execute("SELECT pg_advisory_xact_lock($1)", [Self.lockKey])
            try await connection.executeScript(
                """
                CREATE TABLE IF NOT EXISTS ilacs_migrations (
                    owner      text        NOT NULL,
                    id         text        NOT NULL,
                    checksum   text        NOT NULL,
                    applied_at timestamptz NOT NULL DEFAULT now(),
                    PRIMARY KEY (owner, id)
                )
                """)
            let recorded = try await Self.recorded(on: connection)
            var outcome = Outcome(applied: [], alreadyApplied: 0)
            for migration in migrations {
                let name = "\(migration.owner)/\(migration.id)"
                if let checksum = recorded[name] {
                    try Self.check(migration, name: name, recorded: checksum)
                    outcome.alreadyApplied += 1
                    continue
                }
                logger.info("applying migration \(name)")
                try await connection.executeScript(migration.sql)
                try await connection.execute(
                    "INSERT INTO ilacs_migrations (owner, id, checksum) VALUES ($1, $2, $3)",
                    [migration.owner, migration.id, migration.checksum])
                outcome.applied.append(name)
            }
            return outcome
        }
    }

    /// The checksum recorded for each applied migration, by `owner/id`.
    private static func recorded(on connection: PostgresConnection) async throws -> [String: String] {
        var recorded: [String: String] = [:]
        for row in try await connection.query("SELECT owner, id, checksum FROM ilacs_migrations") {
            recorded["\(try row.decode(String.self, at: 0))/\(try row.decode(String.self, at: 1))"] = try row.decode(String.self, at: 2)
        }
        return recorded
    }

    /// Refuses a migration whose SQL differs from what was applied.
    private static func check(_ migration: Migration, name: String, recorded checksum: String) throws {
        guard checksum == migration.checksum else {
            throw PostgresError(
                code: .migrationChanged,
                message: "migration \(name) was changed after it was applied "
                    + "(recorded checksum \(checksum.prefix(12))…, now \(migration.checksum.prefix(12))…); "
                    + "restore its original SQL and put the change in a new migration")
        }
    }
}
