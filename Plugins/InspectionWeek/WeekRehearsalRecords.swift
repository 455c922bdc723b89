import PluginKit

/// The week on site's rows of a rehearsal, removed when it ends (counted under "week"): bookings
/// and case keys of its conversations, the conversations, tracking, children's requests and the
/// plan's settings.
enum WeekRehearsalRecords {
    static let records: any RehearsalRecords = {
        let conversations = "SELECT id FROM week_conversations WHERE inspection_id = $1"
        return DeletingRehearsalRecords(
            label: "week",
            [
                "DELETE FROM week_bookings WHERE conversation_id IN (\(conversations))",
                "DELETE FROM week_conversation_cases WHERE conversation_id IN (\(conversations))", "DELETE FROM week_conversations WHERE inspection_id = $1",
                "DELETE FROM week_tracking WHERE inspection_id = $1", "DELETE FROM week_child_requests WHERE inspection_id = $1",
                "DELETE FROM week_settings WHERE inspection_id = $1"
            ])
    }()
}
