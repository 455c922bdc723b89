import AnnexA
import CarerEngagement
import CaseAudits
import EvidenceSampling
import InspectionWeek
import Messaging
import PluginKit
import PublishedStatistics
import Reporting
import Workforce

/// The plugins linked into `ilacs-admin`, in the order their migrations and commands apply.
/// Messaging (a kernel module in plugin form) comes before CarerEngagement, which queues through it.
enum AdminCatalogue {
    static let plugins: [any Plugin] = [
        AnnexAPlugin(), EvidenceSamplingPlugin(), ReportingPlugin(), MessagingPlugin(), CarerEngagementPlugin(), PublishedStatisticsPlugin(),
        CaseAuditsPlugin(), WorkforcePlugin(), InspectionWeekPlugin()
    ]
}
