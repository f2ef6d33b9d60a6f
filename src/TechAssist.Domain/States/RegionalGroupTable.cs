using System.Collections.Frozen;
using System.Collections.Immutable;
using TechAssist.Collections;
using TechAssist.Validation;

namespace TechAssist.States;

/// <summary>Which regional group each State is counted in and which groups it takes part in.</summary>
/// <remarks>
/// <para><see cref="Default"/> is today's United Nations table: 54 African, 54 Asia-Pacific, 23 Eastern European,
/// 33 Latin American and Caribbean and 29 Western European and Others States. Its special cases: the United States
/// belongs to no group but attends WEOG as an observer and is counted there for elections; Türkiye is counted in WEOG
/// and takes full part in Asia-Pacific too; Israel is a full WEOG member; Kiribati is listed in Asia-Pacific (it was in
/// no group around 2010); the two observer States belong to none.</para>
/// <para>Users with another view (a historic table, a different treatment of the United States) build their own with
/// <see cref="Create"/>. Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class RegionalGroupTable
{
    private static readonly Lazy<RegionalGroupTable> DefaultTable = new(CreateDefault);

    private readonly FrozenDictionary<CountryCode, RegionalGroupAssignment> _byState;
    private readonly FrozenDictionary<RegionalGroup, EquatableArray<CountryCode>> _members;

    private RegionalGroupTable(EquatableArray<RegionalGroupAssignment> assignments)
    {
        Assignments = assignments;
        _byState = assignments.ToFrozenDictionary(a => a.State);
        _members = Enum.GetValues<RegionalGroup>().ToFrozenDictionary(
            group => group,
            group => assignments.Where(a => a.Group == group).Select(a => a.State).Order().ToEquatableArray());
    }

    /// <summary>Today's United Nations regional groups, from the embedded reference table.</summary>
    public static RegionalGroupTable Default => DefaultTable.Value;

    /// <summary>The assignments, ordered by State code.</summary>
    public EquatableArray<RegionalGroupAssignment> Assignments { get; }

    /// <summary>Builds a table from assignments; every problem is listed (unknown or repeated States, a group listed twice).</summary>
    /// <remarks>States missing from the assignments belong to no group.</remarks>
    public static ValidationResult<RegionalGroupTable> Create(IEnumerable<RegionalGroupAssignment> assignments)
    {
        ArgumentNullException.ThrowIfNull(assignments);
        var problems = new ProblemCollector();
        var seen = new HashSet<CountryCode>();
        var list = assignments.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            var a = list[i];
            var path = $"assignments[{i}]";
            if (a is null)
            {
                problems.Add(path, null, "an assignment is missing");
                continue;
            }

            if (!StateCatalogue.Contains(a.State))
            {
                problems.Add(path + ".state", a.State.Value, $"'{a.State}' is not a State in the catalogue of 195 States");
            }
            else if (!seen.Add(a.State))
            {
                problems.Add(path + ".state", a.State.Value, $"{a.State} is assigned more than once");
            }

            if (a.Group is { } group && !Enum.IsDefined(group))
            {
                problems.Add(path + ".group", group.ToString(), $"'{group}' is not a regional group");
            }

            for (var j = 0; j < a.AlsoParticipatesIn.Count; j++)
            {
                var other = a.AlsoParticipatesIn[j];
                if (other == a.Group || a.AlsoParticipatesIn.AsSpan()[..j].Contains(other))
                {
                    problems.Add($"{path}.alsoParticipatesIn[{j}]", other.ToString(), $"{other} is listed twice for {a.State}");
                }
            }
        }

        return problems.HasProblems
            ? ValidationResult.Failure<RegionalGroupTable>(problems.ToArray())
            : ValidationResult.Success(new RegionalGroupTable(list.OrderBy(a => a.State).ToEquatableArray()));
    }

    /// <summary>The group <paramref name="state"/> is counted in, or null when it is in none.</summary>
    public RegionalGroup? GroupOf(CountryCode state) => _byState.TryGetValue(state, out var a) ? a.Group : null;

    /// <summary>Every group <paramref name="state"/> takes part in, the group it is counted in first.</summary>
    public EquatableArray<RegionalGroup> GroupsOf(CountryCode state)
    {
        if (!_byState.TryGetValue(state, out var a))
        {
            return default;
        }

        return a.Group is { } group ? a.AlsoParticipatesIn.AsImmutableArray().Insert(0, group) : a.AlsoParticipatesIn;
    }

    /// <summary>The assignment of <paramref name="state"/>, or null when the table has none.</summary>
    public RegionalGroupAssignment? AssignmentOf(CountryCode state) => _byState.GetValueOrDefault(state);

    /// <summary>The States counted in <paramref name="group"/>, ordered by code.</summary>
    public EquatableArray<CountryCode> MembersOf(RegionalGroup group) => _members.GetValueOrDefault(group);

    // Internal so that a test can build it afresh: Default builds it once per process, before any test can look.
    internal static RegionalGroupTable CreateDefault()
    {
        var assignments = ImmutableArray.CreateBuilder<RegionalGroupAssignment>();
        foreach (var row in StateCatalogue.Rows)
        {
            var code = CountryCode.Parse(row["iso3"]);
            var note = row["note"].Length == 0 ? null : row["note"];
            assignments.Add(new RegionalGroupAssignment
            {
                State = code,
                Group = ParseGroup(row["un_regional_group"]),
                Note = note,

                // The two cases the reference table can only state in its notes.
                Participation = code.Value == "USA" ? GroupParticipation.Observer : GroupParticipation.Full,
                AlsoParticipatesIn = code.Value == "TUR" ? EquatableArray.Create(RegionalGroup.AsiaPacific) : default,
            });
        }

        return Create(assignments).GetValueOrThrow();
    }

    private static RegionalGroup? ParseGroup(string text) => text switch
    {
        "" => null,
        "African" => RegionalGroup.African,
        "Asia-Pacific" => RegionalGroup.AsiaPacific,
        "Eastern European" => RegionalGroup.EasternEuropean,
        "Latin American and Caribbean" => RegionalGroup.LatinAmericanAndCaribbean,
        "Western European and Others" => RegionalGroup.WesternEuropeanAndOthers,
        _ => throw new InvalidOperationException($"The embedded regional group '{text}' is not known."),
    };
}
