using System.Globalization;
using NodaTime;
using TechAssist.Convention;
using TechAssist.Iati;
using TechAssist.Languages;
using TechAssist.States;
using TechAssist.Supply;
using TechAssist.Validation;

namespace TechAssist.Exchange;

/// <summary>Offerings of technical assistance as CSV, one offering per row, in the layout of docs/csv.md.</summary>
/// <remarks>
/// <para>Columns, in this order: <c>id</c>, <c>provider</c>, <c>title</c>, <c>assistance_types</c>, <c>provisions</c>,
/// <c>chapters</c>, <c>thematic_areas</c>, <c>scope</c>, <c>recipient</c>, <c>regional_group</c>, <c>scope_states</c>,
/// <c>iati_regions</c>, <c>modality</c>, <c>languages</c>, <c>engagements</c>, <c>budget_amount</c>,
/// <c>budget_currency</c>, <c>start</c>, <c>end</c>, <c>funding_status</c>, <c>states_parties_only</c>,
/// <c>excluded_states</c>, <c>gender_equality</c>. Required: id, provider, title, scope, modality and engagements.</para>
/// <para>Thread-safe: the methods keep no state.</para>
/// </remarks>
public static class OfferingsCsv
{
    private static readonly CsvLayout Layout = new(
        "offerings",
        "offering",
        new("id", Required: true),
        new("provider", Required: true),
        new("title", Required: true),
        new("assistance_types"),
        new("provisions"),
        new("chapters"),
        new("thematic_areas"),
        new("scope", Required: true),
        new("recipient"),
        new("regional_group"),
        new("scope_states"),
        new("iati_regions"),
        new("modality", Required: true),
        new("languages"),
        new("engagements", Required: true),
        new("budget_amount"),
        new("budget_currency"),
        new("start"),
        new("end"),
        new("funding_status"),
        new("states_parties_only"),
        new("excluded_states"),
        new("gender_equality"));

    /// <summary>Reads offerings from CSV text.</summary>
    /// <param name="reader">The CSV text, header first; left open.</param>
    /// <param name="fileName">The name problems start with: <c>offerings.csv:5: column scope: ...</c>.</param>
    /// <returns>The offerings of the good rows, in file order, and a problem for each bad cell, each rule of
    /// <see cref="OfferingValidator"/> a row breaks, each repeated id and each malformed row. Columns not in the layout are ignored.</returns>
    /// <exception cref="ArgumentException"><paramref name="fileName"/> is empty.</exception>
    public static ImportResult<Offering> Read(TextReader reader, string fileName) =>
        CsvImport.Read(reader, fileName, Layout, row => ReadRow(row, null), o => o.Id.Value);

    /// <summary>Reads offerings from CSV text, refusing a row whose provider is not among <paramref name="providers"/> (for instance those of a providers file).</summary>
    /// <remarks>See <see cref="Read(TextReader, string)"/>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="fileName"/> is empty.</exception>
    public static ImportResult<Offering> Read(TextReader reader, string fileName, IEnumerable<ProviderId> providers)
    {
        ArgumentNullException.ThrowIfNull(providers);
        var known = providers.ToHashSet();
        return CsvImport.Read(reader, fileName, Layout, row => ReadRow(row, known), o => o.Id.Value);
    }

    /// <summary>Reads offerings from a CSV stream (UTF-8 unless a byte order mark says otherwise); see <see cref="Read(TextReader, string)"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="fileName"/> is empty.</exception>
    public static ImportResult<Offering> Read(Stream stream, string fileName) =>
        CsvImport.Read(stream, fileName, Layout, row => ReadRow(row, null), o => o.Id.Value);

    /// <summary>Reads offerings from a CSV stream, refusing a row whose provider is not among <paramref name="providers"/>; see <see cref="Read(TextReader, string)"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="fileName"/> is empty.</exception>
    public static ImportResult<Offering> Read(Stream stream, string fileName, IEnumerable<ProviderId> providers)
    {
        ArgumentNullException.ThrowIfNull(providers);
        var known = providers.ToHashSet();
        return CsvImport.Read(stream, fileName, Layout, row => ReadRow(row, known), o => o.Id.Value);
    }

    /// <summary>Writes offerings as CSV, ordered by id, with the formula guard described in docs/csv.md.</summary>
    public static void Write(TextWriter writer, IEnumerable<Offering> offerings)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(offerings);
        CsvOutput.Write(writer, Layout.Header(), offerings.OrderBy(o => o.Id).Select(Row));
    }

    private static string?[] Row(Offering o) =>
    [
        o.Id.Value,
        o.Provider.Value,
        o.Title,
        CsvText.JoinList(o.AssistanceTypes.Select(CsvCells.Code)),
        CsvText.JoinList(o.Coverage.Provisions.Select(p => p.Code)),
        CsvText.JoinList(o.Coverage.Chapters.Select(c => c.ToString())),
        CsvText.JoinList(o.Coverage.ThematicAreas.Select(a => a.ToString())),
        o.Scope.Level.ToString(),
        o.Scope.Recipient?.Value,
        o.Scope.RegionalGroup?.ToString(),
        CsvText.JoinList(o.Scope.States.Select(s => s.Value)),
        CsvText.JoinList(o.Scope.IatiRegions.Select(IatiRegionCell.Format)),
        o.Modality.ToString(),
        CsvText.JoinList(o.Languages.Select(l => l.Value)),
        o.Capacity.Engagements.ToString(CultureInfo.InvariantCulture),
        o.Capacity.Budget?.Amount.ToString(CultureInfo.InvariantCulture),
        o.Capacity.Budget?.Currency.Value,
        o.Period is { } period ? CsvText.Date(period.Start) : null,
        o.Period is { } until ? CsvText.Date(until.End) : null,
        o.FundingStatus.ToString(),
        CsvText.YesNo(o.Eligibility.StatesPartiesOnly),
        CsvText.JoinList(o.Eligibility.ExcludedStates.Select(s => s.Value)),
        o.GenderEquality?.ToString(),
    ];

    private static Offering? ReadRow(CsvRow row, HashSet<ProviderId>? known)
    {
        var provider = row.Required<ProviderId>("provider", ProviderId.TryFrom, CsvCells.DescribeId);
        if (provider is { } named && known is not null && !known.Contains(named))
        {
            row.Problem("provider", named.Value, $"provider {named} is not among the providers given");
        }

        var offering = new Offering
        {
            Id = row.Required<OfferingId>("id", OfferingId.TryFrom, CsvCells.DescribeId) ?? default,
            Provider = provider ?? default,
            Title = row.RequiredText("title") ?? string.Empty,
            AssistanceTypes = row.List<Assistance.AssistanceType>("assistance_types", CsvCells.TryParseAssistanceType, CsvCells.DescribeAssistanceType),
            Coverage = new Coverage
            {
                Provisions = row.List<ProvisionReference>("provisions", CsvCells.TryParseProvision, CsvCells.DescribeProvision),
                Chapters = row.List<ChapterNumber>("chapters", CsvCells.TryParseChapter, CsvCells.DescribeChapter),
                ThematicAreas = row.List<ThematicArea>("thematic_areas", CsvCells.TryParseEnum, t => $"'{t}' is not a thematic area: expected {CsvText.OneOf(Enum.GetNames<ThematicArea>())}"),
            },
            Scope = new Scope
            {
                Level = row.EnumValue<ScopeLevel>("scope", required: true, "a scope") ?? ScopeLevel.Global,
                Recipient = row.Optional<CountryCode>("recipient", CsvCells.TryParseCountry, CsvCells.DescribeCountry),
                RegionalGroup = row.EnumValue<RegionalGroup>("regional_group", required: false, "a regional group"),
                States = row.List<CountryCode>("scope_states", CsvCells.TryParseCountry, CsvCells.DescribeCountry),
                IatiRegions = row.List<IatiRegion>("iati_regions", IatiRegionCell.TryParse, IatiRegionCell.Describe),
            },
            Modality = row.EnumValue<Modality>("modality", required: true, "a modality") ?? Modality.Funding,
            Languages = row.List<LanguageCode>("languages", CsvCells.TryParseLanguage, CsvCells.DescribeLanguage),
            Capacity = new Capacity { Engagements = ReadEngagements(row), Budget = ReadBudget(row) },
            Period = ReadPeriod(row),
            FundingStatus = row.EnumValue<FundingStatus>("funding_status", required: false, "a funding status") ?? FundingStatus.Funded,
            Eligibility = new Eligibility
            {
                StatesPartiesOnly = row.YesNo("states_parties_only") ?? true,
                ExcludedStates = row.List<CountryCode>("excluded_states", CsvCells.TryParseCountry, CsvCells.DescribeCountry),
            },
            GenderEquality = row.Optional<PolicySignificance>("gender_equality", TryParseSignificance,
                t => $"'{t}' is not a policy significance: expected {CsvText.OneOf(Enum.GetNames<PolicySignificance>())}, or its IATI code 0 to 4"),
        };
        var result = OfferingValidator.Validate(offering, "row");
        row.AddValidation(result.Problems, "row.", ColumnOf);
        return result.Value;
    }

    private static int ReadEngagements(CsvRow row)
    {
        if (row.RequiredText("engagements") is null)
        {
            return 0;
        }

        return row.Integer("engagements") ?? 1;
    }

    private static Budget? ReadBudget(CsvRow row)
    {
        var amount = row.Optional<decimal>("budget_amount",
            (string t, out decimal v) => decimal.TryParse(t, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out v),
            t => $"'{t}' is not an amount: write digits with a dot for decimals and no thousands separator, such as 250000.50");
        var currency = row.Optional<CurrencyCode>("budget_currency", CurrencyCode.TryParse, t => $"'{t}' is not a currency code of the IATI list, such as EUR or USD");
        if (amount is { } a && currency is { } c)
        {
            return new Budget { Amount = a, Currency = c };
        }

        if (amount is not null && row.Text("budget_currency") is null)
        {
            row.Problem("budget_currency", null, "a budget amount needs its currency");
        }
        else if (currency is not null && row.Text("budget_amount") is null)
        {
            row.Problem("budget_amount", null, "a budget currency needs its amount");
        }

        return null;
    }

    private static DateInterval? ReadPeriod(CsvRow row)
    {
        var start = row.Date("start", required: false);
        var end = row.Date("end", required: false);
        if (start is { } s && end is { } e)
        {
            if (e < s)
            {
                row.Problem("end", CsvText.Date(e), $"the end {CsvText.Date(e)} is before the start {CsvText.Date(s)}");
                return null;
            }

            return new DateInterval(s, e);
        }

        if (start is not null && row.Text("end") is null)
        {
            row.Problem("end", null, "a period with a start needs its end (leave both empty for an open offering)");
        }
        else if (end is not null && row.Text("start") is null)
        {
            row.Problem("start", null, "a period with an end needs its start (leave both empty for an open offering)");
        }

        return null;
    }

    private static bool TryParseSignificance(string text, out PolicySignificance value)
    {
        if (text.Length == 1 && text[0] is >= '0' and <= '4')
        {
            value = (PolicySignificance)(text[0] - '0');
            return true;
        }

        return CsvCells.TryParseEnum(text, out value);
    }

    private static string ColumnOf(string path) => path switch
    {
        "assistanceTypes" => "assistance_types",
        "coverage" => "provisions",
        "coverage.provisions" => "provisions",
        "coverage.chapters" => "chapters",
        "coverage.thematicAreas" => "thematic_areas",
        "scope" or "scope.level" => "scope",
        "scope.recipient" => "recipient",
        "scope.regionalGroup" => "regional_group",
        "scope.states" => "scope_states",
        "scope.iatiRegions" => "iati_regions",
        "fundingStatus" => "funding_status",
        "genderEquality" => "gender_equality",
        "capacity" or "capacity.engagements" => "engagements",
        "capacity.budget.amount" => "budget_amount",
        "capacity.budget.currency" => "budget_currency",
        "eligibility" or "eligibility.excludedStates" => "excluded_states",
        _ => path,
    };
}
