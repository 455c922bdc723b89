/// The commented example plan `ilacs-sampler plan example` prints; it works on the data
/// `ilacs-admin generate` writes once the local list it names is imported, as its first lines say.
enum PlanExample {
    static let text = """
        # ILACS Ready sampling plan. First import the local list its last quota names
        # (`ilacs-admin generate` writes the file beside the lists), or delete that quota:
        #   ilacs-admin local-list import --name children-not-in-school children_not_in_school.csv
        # Then freeze it with:
        #   ilacs-sampler manifest --snapshot ID --plan plan.yaml
        # before anyone chooses the seed.
        name: Children's records for the inspection

        # Who can be picked: rows of the Annex A lists. Each part is a cohort. `where` keeps rows
        # whose column (its key or Ofsted heading) is `empty`, `not empty`, a value or a list of values;
        # coded columns take any spelling of the code (`c) Child in need plan` or `CIN`).
        population:
          - cohort: child protection          # current child-protection plans
            list: 7
            where:
              plan_end_date: empty
          - cohort: children in care          # in care now
            list: 8
            where:
              date_ceased_looked_after: empty
          - cohort: care leavers
            list: 9
          - cohort: children in need          # children-in-need plans
            list: 6
            where:
              case_status: c) Child in need plan
          - cohort: open assessments
            list: 4
            where:
              assessment_authorisation_date: empty

        # Strata: any of cohort, team, worker, gender, age band; a stratum is named by its values
        # joined with " / ", e.g. "children in care / Children in Care Team 2".
        strata: [cohort]

        # Either a total shared in proportion to the strata's sizes, each getting a minimum...
        sample:
          total: 40
          minimum per stratum: 4
        # ...or a size per stratum:
        #   sizes:
        #     child protection: 10
        #     children in care: 10

        # At most this many picks per allocated worker and per allocated team.
        caps:
          per worker: 2
          per team: 8

        # Met first, in this order: themes are disability, uasc, placements 3+, or a local list
        # imported with `ilacs-admin local-list import --name NAME FILE.csv`.
        quotas:
          - theme: disability
            minimum: 2
          - theme: uasc
            minimum: 1
          - theme: placements 3+
            minimum: 1
          - local list: children-not-in-school
            minimum: 1

        # Children left out, each with the reason that will be shown to the inspectors.
        # exclusions:
        #   - child: 891-000123
        #     reason: restricted record

        """
}
