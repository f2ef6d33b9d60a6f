using NodaTime;
using TechAssist.Checklists;
using TechAssist.Collections;
using TechAssist.Reports;
using TechAssist.States;

namespace TechAssist.Reviews;

/// <summary>How many States parties reported on a date, overall and per regional group, and who did not.</summary>
/// <remarks>
/// <para>The States parties are those of the <see cref="ConventionStatusTable"/> on the date (the European Union is not
/// counted). A State party reported when it has a submitted or final report submitted on or before the date
/// (<see cref="ReportSelection"/>), on the checklist given or on any. Reports of non-parties are ignored.</para>
/// <para>Groups come from the <see cref="RegionalGroupTable"/>: each State counts in the group it is counted in. The five
/// groups always appear in their order; a last entry with a null group appears only when some State party has no group.</para>
/// </remarks>
public sealed record ResponseRateReview
{
    /// <summary>The date of the review.</summary>
    public required LocalDate At { get; init; }

    /// <summary>The checklist counted, or null for any.</summary>
    public ChecklistId? Checklist { get; init; }

    /// <summary>The States parties that reported, out of all States parties.</summary>
    public required Rate Overall { get; init; }

    /// <summary>The rates per group.</summary>
    public required EquatableArray<GroupResponseRate> Groups { get; init; }

    /// <summary>Computes the review.</summary>
    public static ResponseRateReview Compute(
        ConventionStatusTable statuses,
        RegionalGroupTable groups,
        IEnumerable<SelfAssessmentReport> reports,
        LocalDate at,
        ChecklistId? checklist)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(reports);
        var parties = statuses.StatesPartiesOn(at);
        var reporting = ReportSelection.ReportingStates(reports, checklist, at);
        var byGroup = parties.ToLookup(groups.GroupOf);
        var keys = Enum.GetValues<RegionalGroup>().Select(g => (RegionalGroup?)g).ToList();
        if (byGroup.Contains(null))
        {
            keys.Add(null);
        }

        var rates = keys.Select(group =>
        {
            var members = byGroup[group].ToList();
            var yes = members.Where(reporting.Contains).ToEquatableArray();
            return new GroupResponseRate
            {
                Group = group,
                Rate = Rate.From(yes.Count, members.Count),
                Reporting = yes,
                NonReporting = members.Where(s => !reporting.Contains(s)).ToEquatableArray(),
            };
        }).ToEquatableArray();

        return new ResponseRateReview
        {
            At = at,
            Checklist = checklist,
            Overall = Rate.From(parties.Count(reporting.Contains), parties.Count),
            Groups = rates,
        };
    }

    /// <summary>The rate of <paramref name="group"/> (null: States in no group), or null when the review has none.</summary>
    public GroupResponseRate? For(RegionalGroup? group) => Groups.FirstOrDefault(g => g.Group == group);

    /// <summary>One row for all States parties, then one per group.</summary>
    public EquatableArray<ResponseRateRow> ToRows() =>
        Groups.Select(g => Row(GroupLabels.Of(g.Group), g.Rate)).Prepend(Row(GroupLabels.All, Overall)).ToEquatableArray();

    /// <summary>One row per State party that did not report, by group then code.</summary>
    public EquatableArray<NonReportingRow> ToNonReportingRows() =>
        Groups.SelectMany(g => g.NonReporting.Select(state => new NonReportingRow
        {
            Group = GroupLabels.Of(g.Group),
            State = state,
            Name = StateCatalogue.TryGet(state, out var known) ? known.Name : state.Value,
        })).ToEquatableArray();

    private static ResponseRateRow Row(string group, Rate rate) =>
        new() { Group = group, Reporting = rate.Numerator, Parties = rate.Denominator, Percent = rate.RoundedPercent };
}
