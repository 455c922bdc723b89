import Domain
import Postgres

/// The two steps of the calibrated window, as `inspection history import` and `inspection window`
/// run them (and `make bench` times them): import the national record, then print the window.
public enum NationalRecordRun {
    /// Imports the national record at `path` in one transaction, adding the rows of `authority`
    /// (a name or URN) to the inspection history.
    /// - Returns: the import's outcome, as the command prints it.
    public static func importFile(path: String, sourceName: String, authority: String?, actor: String, pool: PostgresPool) async throws -> String {
        let record = try NationalRecordFile(path: path)
        return HistoryImportCommand.text(
            try await NationalRecordStore(pool: pool).importFile(record, sourceName: sourceName, authority: authority, actor: actor))
    }

    /// The window seen on `today` (the rule, then the measured picture from pairs whose first
    /// inspection started on or after `pairsFrom`), as `inspection window` prints it.
    public static func window(today: CalendarDate, pairsFrom: CalendarDate, pool: PostgresPool) async throws -> String {
        try await pool.withConnection { connection in
            let forecast = InspectionWindow.forecast(history: try await InspectionStore.all(on: connection), today: today)
            let measured = try await CalibratedWindow.load(window: forecast.window, today: today, from: pairsFrom, on: connection)
            return WindowCommand.text(forecast) + "\n"
                + (measured?.lines.joined(separator: "\n")
                    ?? "\nNo national record is imported, so the window is the rule alone; import it with: ilacs-admin inspection history import FILE")
        }
    }
}
