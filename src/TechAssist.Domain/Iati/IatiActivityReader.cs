using System.Collections.Immutable;
using System.Globalization;
using System.Xml.Linq;
using NodaTime;
using NodaTime.Text;
using TechAssist.Collections;
using TechAssist.Languages;
using TechAssist.Supply;

namespace TechAssist.Iati;

/// <summary>Reads one <c>iati-activity</c> element into a provider, an offering and a summary, or an error.</summary>
/// <remarks>One instance per activity; not thread-safe.</remarks>
internal sealed class IatiActivityReader(
    XElement activity, int line, string fileName, IatiImportOptions options, string rootLanguage, string? rootCurrency)
{
    private static readonly XNamespace Xml = XNamespace.Xml;
    private readonly ImmutableArray<IatiImportProblem>.Builder _warnings = ImmutableArray.CreateBuilder<IatiImportProblem>();

    internal string? Identifier { get; private set; }

    internal ImmutableArray<IatiImportProblem> Warnings => _warnings.ToImmutable();

    internal Outcome Read()
    {
        try
        {
            return ReadOrThrow();
        }
        catch (ActivityException exception)
        {
            return new Outcome(exception.Message, null, null, null);
        }
    }

    private Outcome ReadOrThrow()
    {
        Identifier = activity.Element("iati-identifier")?.Value.Trim();
        if (string.IsNullOrEmpty(Identifier))
        {
            throw new ActivityException("the activity has no iati-identifier");
        }

        if (!OfferingId.TryFrom(Identifier, out var offeringId))
        {
            throw new ActivityException($"the iati-identifier '{Identifier}' cannot be an offering id (1 to 100 characters without white space)");
        }

        var provider = IatiProviderReader.Read(activity, options, Warn);
        var geography = IatiGeography.Read(activity, Warn);
        var languages = ReadLanguages();
        var period = ReadPeriod();
        var budget = ReadBudget();
        var gender = ReadGenderMarker();
        var relevance = ReadRelevance(out var skipReason);

        var summary = new IatiActivitySummary
        {
            IatiIdentifier = Identifier,
            Line = line,
            Level = geography.Level,
            Provider = provider.Id,
            IsRelevant = relevance is not null,
            SkipReason = skipReason,
        };
        if (relevance is null)
        {
            return new Outcome(null, summary, null, null);
        }

        var offering = new Offering
        {
            Id = offeringId,
            Provider = provider.Id,
            Title = Narrative(activity.Element("title")) ?? Identifier,
            Coverage = relevance,
            Scope = geography.Scope,
            Modality = Modality.Funding,
            Languages = languages,
            Capacity = new Capacity { Engagements = geography.Engagements, Budget = budget },
            Period = period,
            FundingStatus = activity.Element("activity-status")?.Attribute("code")?.Value == "1" ? FundingStatus.Pipeline : FundingStatus.Funded,
            GenderEquality = gender,
        };
        return new Outcome(null, summary, provider, offering);
    }

    internal static string? Narrative(XElement? element)
    {
        var narratives = element?.Elements("narrative").Where(n => !string.IsNullOrWhiteSpace(n.Value)).ToList();
        if (narratives is null || narratives.Count == 0)
        {
            return null;
        }

        var english = narratives.FirstOrDefault(n => (string?)n.Attribute(Xml + "lang") == "en");
        return (english ?? narratives[0]).Value.Trim();
    }

    private void Warn(string reason) =>
        _warnings.Add(new IatiImportProblem { FileName = fileName, Line = line, IatiIdentifier = Identifier, Reason = reason });

    private EquatableArray<LanguageCode> ReadLanguages()
    {
        var text = (string?)activity.Attribute(Xml + "lang") ?? rootLanguage;
        if (string.IsNullOrEmpty(text))
        {
            return default;
        }

        if (LanguageCode.TryParse(text, out var language))
        {
            return EquatableArray.Create(language);
        }

        Warn($"xml:lang '{text}' is not an ISO 639-1 language code; the offering's languages are left empty");
        return default;
    }

    private DateInterval? ReadPeriod()
    {
        LocalDate? plannedStart = null, actualStart = null, plannedEnd = null, actualEnd = null;
        foreach (var date in activity.Elements("activity-date"))
        {
            var text = (string?)date.Attribute("iso-date");
            var type = (string?)date.Attribute("type");
            var parsed = LocalDatePattern.Iso.Parse(text?.Trim() ?? string.Empty);
            if (!parsed.Success)
            {
                throw new ActivityException($"activity-date of type {type} has iso-date '{text}', which is not a date (yyyy-mm-dd)");
            }

            switch (type)
            {
                case "1": plannedStart = parsed.Value; break;
                case "2": actualStart = parsed.Value; break;
                case "3": plannedEnd = parsed.Value; break;
                case "4": actualEnd = parsed.Value; break;
                default: throw new ActivityException($"activity-date type '{type}' is not a code of the ActivityDateType codelist (1 to 4)");
            }
        }

        var start = actualStart ?? plannedStart;
        var end = actualEnd ?? plannedEnd;
        if (start is null || end is null)
        {
            return null;
        }

        if (end < start)
        {
            Warn($"the activity ends ({end:uuuu-MM-dd}) before it starts ({start:uuuu-MM-dd}); the offering has no period");
            return null;
        }

        return new DateInterval(start.Value, end.Value);
    }

    private Budget? ReadBudget()
    {
        var budgets = activity.Elements("budget").ToList();
        if (budgets.Count == 0)
        {
            return null;
        }

        // Revised budgets (type 2) replace the original ones (type 1, the default) for the same periods.
        var revised = budgets.Where(b => (string?)b.Attribute("type") == "2").ToList();
        var chosen = revised.Count > 0 ? revised : budgets;
        var total = 0m;
        var currencies = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var value in chosen.Select(b => b.Element("value")))
        {
            var text = value?.Value.Trim();
            if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
            {
                throw new ActivityException($"budget value '{text}' is not a number");
            }

            try
            {
                total += amount;
            }
            catch (OverflowException)
            {
                throw new ActivityException($"the budgets add up to more than {decimal.MaxValue.ToString(CultureInfo.InvariantCulture)}, the largest amount this library holds");
            }

            var currency = (string?)value!.Attribute("currency") ?? (string?)activity.Attribute("default-currency") ?? rootCurrency;
            currencies.Add(currency ?? string.Empty);
        }

        if (currencies.Count != 1 || currencies.Min is not { Length: > 0 } single)
        {
            Warn(currencies.Contains(string.Empty)
                ? "a budget has no currency and the activity no default-currency; the offering has no budget"
                : $"the budgets are in several currencies ({string.Join(", ", currencies)}); the offering has no budget");
            return null;
        }

        if (!CurrencyCode.TryParse(single, out var code))
        {
            Warn($"currency '{single}' is not in the IATI Currency codelist; the offering has no budget");
            return null;
        }

        if (total <= 0)
        {
            Warn($"the budgets add up to {total.ToString(CultureInfo.InvariantCulture)} {code}; the offering has no budget");
            return null;
        }

        return new Budget { Amount = total, Currency = code };
    }

    private PolicySignificance? ReadGenderMarker()
    {
        var marker = activity.Elements("policy-marker").FirstOrDefault(m =>
            ((string?)m.Attribute("vocabulary") ?? "1") == "1" && (string?)m.Attribute("code") == "1");
        if (marker is null)
        {
            return null;
        }

        var text = (string?)marker.Attribute("significance");
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var code) && Enum.IsDefined((PolicySignificance)code))
        {
            return (PolicySignificance)code;
        }

        Warn($"the gender-equality policy marker has significance '{text}', not a code of the PolicySignificance codelist (0 to 4); left out");
        return null;
    }

    private Coverage? ReadRelevance(out string? skipReason)
    {
        var sectors = activity.Elements("sector").Concat(activity.Elements("transaction").Elements("sector")).ToList();
        var dacCodes = sectors
            .Where(s => ((string?)s.Attribute("vocabulary") ?? "1") == "1")
            .Select(s => ((string?)s.Attribute("code"))?.Trim() ?? string.Empty)
            .Where(c => c.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        var relevant = dacCodes.Where(options.RelevantSectorCodes.Contains).ToList();
        var sdg = options.SdgTarget16Point5IsRelevant && (
            activity.Elements("tag").Any(t => (string?)t.Attribute("vocabulary") == "3" && ((string?)t.Attribute("code"))?.Trim() == IatiRelevance.SdgTarget)
            || sectors.Any(s => (string?)s.Attribute("vocabulary") == "8" && ((string?)s.Attribute("code"))?.Trim() == IatiRelevance.SdgTarget));
        if (sdg)
        {
            relevant.Add(IatiRelevance.SdgTarget);
        }

        if (relevant.Count == 0)
        {
            skipReason = dacCodes.Count == 0
                ? "not relevant: no DAC 5-digit sector and no SDG target 16.5 tag"
                : $"not relevant: DAC sectors {string.Join(", ", dacCodes)} are not anti-corruption sectors and there is no SDG target 16.5 tag";
            return null;
        }

        skipReason = null;
        var coverages = relevant.Select(IatiRelevance.CoverageOf).ToList();
        return new Coverage
        {
            Provisions = coverages.SelectMany(c => c.Provisions).Distinct().Order().ToEquatableArray(),
            Chapters = coverages.SelectMany(c => c.Chapters).Distinct().Order().ToEquatableArray(),
            ThematicAreas = coverages.SelectMany(c => c.ThematicAreas).Distinct().Order().ToEquatableArray(),
        };
    }

    internal sealed record Outcome(string? Error, IatiActivitySummary? Summary, Provider? Provider, Offering? Offering);
}

/// <summary>Stops reading an activity that cannot be read; the message is the reason reported.</summary>
internal sealed class ActivityException(string message) : Exception(message);
