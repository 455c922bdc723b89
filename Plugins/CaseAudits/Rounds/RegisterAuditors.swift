import WorkforceRegister

/// Auditors from the workforce register (`ilacs-admin workforce import`), by their role there:
/// practice supervisors and advanced practitioners audit, service managers moderate, team
/// managers receive the actions for their teams' inadequate cases. Staff without an email
/// address are left out: a round's people are reached by email.
public struct RegisterAuditors: AuditorDirectory {
    /// The register read.
    public let register: WorkforceRegister

    /// A directory over `register`.
    public init(register: WorkforceRegister) {
        self.register = register
    }

    /// The round role a register role gives, or nil for roles that take no part in audits.
    static func role(of staffRole: StaffRole) -> Auditor.Role? {
        switch staffRole {
        case .practiceSupervisor, .advancedPractitioner: .auditor
        case .serviceManager: .moderator
        case .teamManager: .manager
        default: nil
        }
    }

    public func auditors() async throws -> [Auditor] {
        guard try await register.latestImport() != nil else {
            throw CaseAuditError("there is no workforce register yet: run 'ilacs-admin workforce import DIR' first, or give --auditors FILE")
        }
        let found = try await register.allStaff().compactMap { member -> Auditor? in
            guard let role = Self.role(of: member.role), let email = member.email, !email.isEmpty else { return nil }
            return Auditor(id: member.id, name: member.name, email: email, team: member.team, role: role)
        }
        guard found.contains(where: \.role.audits) else {
            throw CaseAuditError("the workforce register has no practice supervisor or advanced practitioner with an email to audit; give --auditors FILE")
        }
        return found.sorted { $0.id < $1.id }
    }
}
