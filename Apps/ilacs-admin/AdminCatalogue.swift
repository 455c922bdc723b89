import AnnexA
import CarerEngagement
import EvidenceSampling
import PluginKit
import Reporting

/// The plugins linked into `ilacs-admin`, in the order their migrations and commands apply.
enum AdminCatalogue {
    static let plugins: [any Plugin] = [AnnexAPlugin(), EvidenceSamplingPlugin(), ReportingPlugin(), CarerEngagementPlugin()]
}
