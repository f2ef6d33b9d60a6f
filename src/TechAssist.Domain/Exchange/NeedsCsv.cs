using NodaTime;
using TechAssist.Assistance;
using TechAssist.Consent;
using TechAssist.Convention;
using TechAssist.Needs;
using TechAssist.Reports;
using TechAssist.States;
using TechAssist.Validation;

namespace TechAssist.Exchange;

/// <summary>Needs as CSV, one need per row, in the layout of docs/csv.md: what a State states about a need, for people who fill spreadsheets.</summary>
/// <remarks>
/// <para>Columns, in this order: <c>id</c>, <c>state</c>, <c>provision</c>, <c>assistance_type</c>, <c>priority</c>,
/// <c>identified</c>, <c>source</c>, <c>source_reference</c>, <c>consent</c>, <c>gender_responsive</c>,
/// <c>description</c>. Required columns: id, state, provision, assistance_type, identified and consent.</para>
/// <para>A row carries no status history or provenance: <see cref="Read(TextReader, string, string, IClock)"/> records
/// each row as a new open need (<see cref="NeedRecording"/>), and <see cref="Write"/> writes what the State stated.
/// Keep a need's history in a <see cref="NeedsDocument"/>.</para>
/// <para>Thread-safe: the methods keep no state.</para>
/// </remarks>
public static class NeedsCsv
{
    private static readonly CsvLayout Layout = new(
        "needs",
        "need",
        new("id", Required: true),
        new("state", Required: true),
        new("provision", Required: true),
        new("assistance_type", Required: true),
        new("priority"),
        new("identified", Required: true),
        new("source"),
        new("source_reference"),
        new("consent", Required: true),
        new("gender_responsive"),
        new("description"));

    /// <summary>Reads needs from CSV text and records each good row as an open need by <paramref name="recordedBy"/>, now by <paramref name="clock"/>.</summary>
    /// <param name="reader">The CSV text, header first; left open.</param>
    /// <param name="fileName">The name problems start with: <c>needs.csv:14: column priority: ...</c>.</param>
    /// <param name="recordedBy">The actor id written in each need's provenance (<c>secretariat</c>, <c>state:KEN</c>).</param>
    /// <param name="clock">Gives the moment of recording, and today for the check that no need is identified in the future.</param>
    /// <returns>The needs of the good rows, in file order, and a problem for each bad cell, each rule a row breaks
    /// (<see cref="NeedValidator"/>'s rules, as for JSON), each repeated id and each malformed row. A header without
    /// a required column gives one problem and no need. Columns not in the layout are ignored.</returns>
    /// <exception cref="ArgumentException"><paramref name="fileName"/> or <paramref name="recordedBy"/> is empty.</exception>
    public static ImportResult<Need> Read(TextReader reader, string fileName, string recordedBy, IClock clock)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(recordedBy);
        ArgumentNullException.ThrowIfNull(clock);
        return CsvImport.Read(reader, fileName, Layout, row => ReadRow(row, recordedBy, clock), need => need.Id.Value);
    }

    /// <summary>Reads needs from a CSV stream (UTF-8 unless a byte order mark says otherwise); see <see cref="Read(TextReader, string, string, IClock)"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="fileName"/> or <paramref name="recordedBy"/> is empty.</exception>
    public static ImportResult<Need> Read(Stream stream, string fileName, string recordedBy, IClock clock)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(recordedBy);
        ArgumentNullException.ThrowIfNull(clock);
        return CsvImport.Read(stream, fileName, Layout, row => ReadRow(row, recordedBy, clock), need => need.Id.Value);
    }

    /// <summary>Writes the needs <paramref name="viewer"/> may see as CSV, ordered by id; the others are left out.</summary>
    /// <remarks>
    /// <para>Consent is applied here: a need is written only when <see cref="Need.IsVisibleTo"/> allows
    /// <paramref name="viewer"/> (the secretariat sees all; a provider what States shared with all providers or named it
    /// in; the public only what States made public). Nothing says that needs were left out.</para>
    /// <para>Same needs, same bytes: rows ordered by id, invariant culture, CRLF line ends. A text cell starting with
    /// <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return gets an apostrophe in front so that a spreadsheet
    /// does not run it as a formula; <see cref="Read(TextReader, string, string, IClock)"/> removes it again.</para>
    /// </remarks>
    public static void Write(TextWriter writer, IEnumerable<Need> needs, Viewer viewer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(needs);
        var rows = needs.Where(n => n.IsVisibleTo(viewer)).OrderBy(n => n.Id).Select(Row);
        CsvOutput.Write(writer, Layout.Header(), rows);
    }

    private static string?[] Row(Need need) =>
    [
        need.Id.Value,
        need.State.Value,
        need.Provision.Code,
        CsvCells.Code(need.AssistanceType),
        need.Priority.ToString(),
        CsvText.Date(need.Identified),
        need.Source.Kind.ToString(),
        need.Source.Kind == NeedSourceKind.SelfAssessment ? need.Source.Report?.Value : need.Source.Reference,
        ConsentCell.Format(need.Consent),
        CsvText.YesNo(need.AsksForGenderResponsiveness),
        need.Description,
    ];

    private static Need? ReadRow(CsvRow row, string recordedBy, IClock clock)
    {
        var id = row.Required<NeedId>("id", NeedId.TryFrom, CsvCells.DescribeId);
        var state = row.Required<CountryCode>("state", CsvCells.TryParseCountry, CsvCells.DescribeCountry);
        var provision = row.Required<ProvisionReference>("provision", CsvCells.TryParseProvision, CsvCells.DescribeProvision);
        var type = row.Required<AssistanceType>("assistance_type", CsvCells.TryParseAssistanceType, CsvCells.DescribeAssistanceType);
        var priority = row.EnumValue("priority", required: false, "a priority", NeedPriority.High, NeedPriority.Medium, NeedPriority.Low, NeedPriority.Unstated);
        var identified = row.Date("identified", required: true);
        var source = ReadSource(row);
        var consent = ConsentCell.Read(row, "consent");
        var gender = row.YesNo("gender_responsive");
        var entry = new NeedEntry
        {
            Id = id ?? default,
            State = state ?? default,
            Provision = provision ?? default,
            AssistanceType = type ?? AssistanceType.Other,
            Priority = priority ?? NeedPriority.Unstated,
            Identified = identified ?? default,
            Source = source ?? NeedSource.Direct(),
            Consent = consent ?? SharingConsent.Confidential,
            AsksForGenderResponsiveness = gender ?? false,
            Description = row.Text("description"),
        };

        // The validator runs on every row, so that a row lists all its problems; cells that did not parse are reported once.
        var recorded = NeedRecording.Record(entry, recordedBy, clock);
        row.AddValidation(recorded.Problems, string.Empty, ColumnOf);
        return recorded.Value;
    }

    private static NeedSource? ReadSource(CsvRow row)
    {
        var kind = row.EnumValue<NeedSourceKind>("source", required: false, "a source");
        var reference = row.Text("source_reference");
        if (row.HasProblem("source"))
        {
            return null;
        }

        switch (kind ?? NeedSourceKind.Direct)
        {
            case NeedSourceKind.SelfAssessment when reference is null:
                return new NeedSource { Kind = NeedSourceKind.SelfAssessment };
            case NeedSourceKind.SelfAssessment when ReportId.TryFrom(reference, out var report):
                return NeedSource.FromSelfAssessment(report);
            case NeedSourceKind.SelfAssessment:
                row.Problem("source_reference", reference, $"'{reference}' is not a report id: {Internal.Identifier.Check(reference)}");
                return null;
            case NeedSourceKind.ReviewMechanism:
                return new NeedSource { Kind = NeedSourceKind.ReviewMechanism, Reference = reference };
            default:
                return NeedSource.Direct(reference);
        }
    }

    private static string ColumnOf(string path) => path switch
    {
        "assistanceType" => "assistance_type",
        "source.report" or "source.reference" => "source_reference",
        "source" or "source.kind" => "source",
        _ when path.StartsWith("consent", StringComparison.Ordinal) => "consent",
        _ when path.StartsWith("provenance", StringComparison.Ordinal) => "provenance",
        _ => path,
    };
}
