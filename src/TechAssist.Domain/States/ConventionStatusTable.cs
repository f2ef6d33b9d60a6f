using System.Collections.Frozen;
using NodaTime;
using TechAssist.Collections;
using TechAssist.Validation;

namespace TechAssist.States;

/// <summary>The Convention status of each State and of the European Union, as the user supplies it.</summary>
/// <remarks>
/// <para>No verified list of parties and dates ships: load yours (JSON, CSV, your own code) and build the table with
/// <see cref="Create"/>, which lists every problem. A State absent from the table has no standing.</para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class ConventionStatusTable
{
    private readonly FrozenDictionary<PartyId, ConventionStatus> _byParty;

    private ConventionStatusTable(EquatableArray<ConventionStatus> statuses)
    {
        Statuses = statuses;
        _byParty = statuses.ToFrozenDictionary(s => s.Party);
    }

    /// <summary>The statuses, ordered by party code.</summary>
    public EquatableArray<ConventionStatus> Statuses { get; }

    /// <summary>An empty table: nobody has signed.</summary>
    public static ConventionStatusTable Empty { get; } = new(default);

    /// <summary>Builds a table and lists every problem: unknown or repeated parties, dates out of order, a consent date without its kind.</summary>
    public static ValidationResult<ConventionStatusTable> Create(IEnumerable<ConventionStatus> statuses)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        var list = statuses.ToList();
        var problems = new ProblemCollector();
        var seen = new HashSet<PartyId>();
        for (var i = 0; i < list.Count; i++)
        {
            var path = $"statuses[{i}]";
            var status = list[i];
            if (status is null)
            {
                problems.Add(path, null, "a status is missing");
                continue;
            }

            var party = status.Party;
            if (!party.IsValid || (party.IsState && !StateCatalogue.Contains(party.State)))
            {
                problems.Add(path + ".party", party.Value, $"'{party}' is not a State in the catalogue of 195 States nor EU");
            }
            else if (!seen.Add(party))
            {
                problems.Add(path + ".party", party.Value, $"{party} is listed more than once");
            }

            if (status.ConsentedOn is { } consented && status.SignedOn is { } signed && consented < signed)
            {
                problems.Add(path + ".consentedOn", consented.ToString("uuuu-MM-dd", null), $"consent ({consented:uuuu-MM-dd}) comes before signature ({signed:uuuu-MM-dd})");
            }

            if (status.ConsentedOn is not null && status.Consent is null)
            {
                problems.Add(path + ".consent", null, "a consent date needs its kind (Ratification, Acceptance, Approval or Accession)");
            }

            if (status.ConsentedOn is null && status.Consent is not null)
            {
                problems.Add(path + ".consentedOn", null, $"{status.Consent} is given without its date");
            }

            if (status.Consent is { } kind && !Enum.IsDefined(kind))
            {
                problems.Add(path + ".consent", kind.ToString(), $"'{kind}' is not a kind of consent");
            }

            if (status.Consent == ConsentKind.Accession && status.SignedOn is not null)
            {
                problems.Add(path + ".signedOn", status.SignedOn.Value.ToString("uuuu-MM-dd", null), "accession is for parties that did not sign; a signatory ratifies, accepts or approves");
            }
        }

        return problems.HasProblems
            ? ValidationResult.Failure<ConventionStatusTable>(problems.ToArray())
            : ValidationResult.Success(new ConventionStatusTable(list.OrderBy(s => s.Party).ToEquatableArray()));
    }

    /// <summary>The status of <paramref name="party"/>, or null when the table has none.</summary>
    public ConventionStatus? StatusOf(PartyId party) => _byParty.GetValueOrDefault(party);

    /// <summary>Where <paramref name="party"/> stood on <paramref name="date"/>.</summary>
    public ConventionStanding StandingOn(PartyId party, LocalDate date) =>
        _byParty.TryGetValue(party, out var status) ? status.StandingOn(date) : ConventionStanding.None;

    /// <summary>The parties on <paramref name="date"/>, States and the European Union, ordered by code.</summary>
    public EquatableArray<PartyId> PartiesOn(LocalDate date) =>
        Statuses.Where(s => s.StandingOn(date) == ConventionStanding.Party).Select(s => s.Party).ToEquatableArray();

    /// <summary>The States parties on <paramref name="date"/> (the European Union left out), ordered by code.</summary>
    public EquatableArray<CountryCode> StatesPartiesOn(LocalDate date) =>
        PartiesOn(date).Where(p => p.IsState).Select(p => p.State).ToEquatableArray();

    /// <summary>The signatories that were not yet parties on <paramref name="date"/>, ordered by code.</summary>
    public EquatableArray<PartyId> SignatoriesOn(LocalDate date) =>
        Statuses.Where(s => s.StandingOn(date) == ConventionStanding.Signatory).Select(s => s.Party).ToEquatableArray();
}
