using System.Globalization;
using NodaTime;
using TechAssist.Consent;
using TechAssist.States;
using TechAssist.Validation;

namespace TechAssist.Needs;

/// <summary>Checks a need, listing every problem with its path and value.</summary>
/// <remarks>
/// Rules: a valid id; a State of the catalogue; a provision; a defined assistance type, priority, status and source
/// kind; an identification date not after today (by <see cref="IClock"/>); a source that names its report (self-assessment)
/// or country report (review mechanism); a complete consent; a status history that starts Open, runs forward in time
/// and ends with <see cref="Need.Status"/>; a provenance with at least one entry, each saying who. Thread-safe.
/// </remarks>
public static class NeedValidator
{
    /// <summary>Checks <paramref name="need"/>.</summary>
    public static ValidationResult<Need> Validate(Need need, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(need);
        ArgumentNullException.ThrowIfNull(clock);
        var problems = new ProblemCollector();
        Check(need, clock, string.Empty, problems);
        return problems.ToResult(need);
    }

    internal static void Check(Need need, IClock clock, string prefix, ProblemCollector problems)
    {
        if (!need.Id.IsValid)
        {
            problems.Add(prefix + "id", null, "a need needs an id");
        }

        if (!need.State.IsValid)
        {
            problems.Add(prefix + "state", null, "a need needs the State that needs assistance");
        }
        else if (!StateCatalogue.Contains(need.State))
        {
            problems.Add(prefix + "state", need.State.Value, $"'{need.State}' is not a State in the catalogue of 195 States");
        }

        if (!need.Provision.IsValid)
        {
            problems.Add(prefix + "provision", null, "a need needs a provision");
        }

        if (!Enum.IsDefined(need.AssistanceType))
        {
            problems.Add(prefix + "assistanceType", need.AssistanceType.ToString(), $"'{need.AssistanceType}' is not an assistance type");
        }

        if (!Enum.IsDefined(need.Priority))
        {
            problems.Add(prefix + "priority", need.Priority.ToString(), $"'{need.Priority}' is not a priority (Unstated, High, Medium or Low)");
        }

        var today = clock.GetCurrentInstant().InUtc().Date;
        if (need.Identified > today)
        {
            problems.Add(prefix + "identified", Iso(need.Identified), $"the date identified {Iso(need.Identified)} is after today ({Iso(today)})");
        }

        CheckWishes(need, prefix, problems);
        CheckSource(need.Source, prefix + "source", problems);
        ConsentRules.Check(need.Consent, prefix + "consent", problems);
        CheckStatus(need, prefix, problems);

        if (need.Provenance.IsEmpty)
        {
            problems.Add(prefix + "provenance", null, "a need keeps at least the entry that recorded it");
        }

        for (var i = 0; i < need.Provenance.Count; i++)
        {
            var entry = need.Provenance[i];
            var path = $"{prefix}provenance[{i.ToString(CultureInfo.InvariantCulture)}]";
            if (entry is null)
            {
                problems.Add(path, null, "a provenance entry is missing");
            }
            else if (string.IsNullOrWhiteSpace(entry.By))
            {
                problems.Add(path + ".by", entry.By, "say who: an actor id");
            }
        }
    }

    private static void CheckWishes(Need need, string prefix, ProblemCollector problems)
    {
        if (need.RequiredLanguage is { IsValid: false })
        {
            problems.Add(prefix + "requiredLanguage", null, "a required language must be an ISO 639-1 code, or left out");
        }

        for (var i = 0; i < need.PreferredLanguages.Count; i++)
        {
            if (!need.PreferredLanguages[i].IsValid)
            {
                problems.Add($"{prefix}preferredLanguages[{i.ToString(CultureInfo.InvariantCulture)}]", null, "a preferred language must be an ISO 639-1 code");
            }
        }

        for (var i = 0; i < need.Deliveries.Count; i++)
        {
            var delivery = need.Deliveries[i];
            var path = $"{prefix}deliveries[{i.ToString(CultureInfo.InvariantCulture)}]";
            if (delivery is null)
            {
                problems.Add(path, null, "a delivery is missing");
            }
            else if (!delivery.Provider.IsValid)
            {
                problems.Add(path + ".provider", null, "a delivery names its provider");
            }
        }
    }

    private static void CheckSource(NeedSource? source, string path, ProblemCollector problems)
    {
        if (source is null)
        {
            problems.Add(path, null, "a need says where it was identified: SelfAssessment, ReviewMechanism or Direct");
            return;
        }

        switch (source.Kind)
        {
            case NeedSourceKind.SelfAssessment when source.Report is not { IsValid: true }:
                problems.Add(path + ".report", null, "a need from a self-assessment names its report");
                break;
            case NeedSourceKind.ReviewMechanism when string.IsNullOrWhiteSpace(source.Reference):
                problems.Add(path + ".reference", source.Reference, "a need from the review mechanism names its country report");
                break;
            case NeedSourceKind.SelfAssessment or NeedSourceKind.ReviewMechanism or NeedSourceKind.Direct:
                break;
            default:
                problems.Add(path + ".kind", source.Kind.ToString(), $"'{source.Kind}' is not a source (SelfAssessment, ReviewMechanism or Direct)");
                break;
        }
    }

    private static void CheckStatus(Need need, string prefix, ProblemCollector problems)
    {
        if (!Enum.IsDefined(need.Status))
        {
            problems.Add(prefix + "status", need.Status.ToString(), $"'{need.Status}' is not a need status (Open, Planned, InDelivery, Met or Withdrawn)");
        }

        var history = need.StatusHistory;
        if (history.IsEmpty)
        {
            problems.Add(prefix + "statusHistory", null, "the status history is empty: it starts with Open on the date identified");
            return;
        }

        if (history[0] is { } first && first.Status != NeedStatus.Open)
        {
            problems.Add(prefix + "statusHistory[0].status", first.Status.ToString(), $"the status history starts with {first.Status}, not Open");
        }

        for (var i = 1; i < history.Count; i++)
        {
            if (history[i] is { } change && history[i - 1] is { } previous && change.On < previous.On)
            {
                problems.Add($"{prefix}statusHistory[{i.ToString(CultureInfo.InvariantCulture)}].on", Iso(change.On), $"{Iso(change.On)} comes before the previous change ({Iso(previous.On)})");
            }
        }

        if (history[^1] is { } last && last.Status != need.Status)
        {
            problems.Add(prefix + "status", need.Status.ToString(), $"the status {need.Status} is not the last entry of the status history ({last.Status})");
        }
    }

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
