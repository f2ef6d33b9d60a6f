using System.Globalization;
using NodaTime;
using TechAssist.Assistance;
using TechAssist.Experts;
using TechAssist.Languages;
using TechAssist.States;
using TechAssist.Validation;

namespace TechAssist.Exchange;

/// <summary>Experts of the directory as CSV, one expert per row, in the layout of docs/csv.md.</summary>
/// <remarks>
/// <para>Columns, in this order: <c>id</c>, <c>name</c>, <c>nationality</c>, <c>nominating_state</c>, <c>languages</c>,
/// <c>expertise</c>, <c>assistance_types</c>, <c>availability</c>, <c>capacity</c>, <c>employer</c>,
/// <c>employer_state</c>, <c>conflicts</c>, and, only with contact details, <c>email</c> and <c>telephone</c>.
/// Required: id, name, nationality, nominating_state, languages and expertise.</para>
/// <para>Contact details are personal data: <see cref="Write"/> leaves the two contact columns out unless asked.</para>
/// <para>Thread-safe: the methods keep no state.</para>
/// </remarks>
public static class ExpertsCsv
{
    private static readonly CsvLayout Layout = new(
        "experts",
        "expert",
        new("id", Required: true),
        new("name", Required: true),
        new("nationality", Required: true),
        new("nominating_state", Required: true),
        new("languages", Required: true),
        new("expertise", Required: true),
        new("assistance_types"),
        new("availability"),
        new("capacity"),
        new("employer"),
        new("employer_state"),
        new("conflicts"),
        new("email"),
        new("telephone"));

    /// <summary>Reads experts from CSV text; the <c>email</c> and <c>telephone</c> columns, when present, fill <see cref="Expert.Contact"/>.</summary>
    /// <param name="reader">The CSV text, header first; left open.</param>
    /// <param name="fileName">The name problems start with: <c>experts.csv:2: column languages: ...</c>.</param>
    /// <returns>The experts of the good rows, in file order, and a problem for each bad cell, each rule of
    /// <see cref="ExpertValidator"/> a row breaks, each repeated id and each malformed row. Columns not in the layout are ignored.</returns>
    /// <exception cref="ArgumentException"><paramref name="fileName"/> is empty.</exception>
    public static ImportResult<Expert> Read(TextReader reader, string fileName) =>
        CsvImport.Read(reader, fileName, Layout, ReadRow, e => e.Id.Value);

    /// <summary>Reads experts from a CSV stream (UTF-8 unless a byte order mark says otherwise); see <see cref="Read(TextReader, string)"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="fileName"/> is empty.</exception>
    public static ImportResult<Expert> Read(Stream stream, string fileName) =>
        CsvImport.Read(stream, fileName, Layout, ReadRow, e => e.Id.Value);

    /// <summary>Writes experts as CSV, ordered by id, without their contact details unless <paramref name="includeContactDetails"/> is true.</summary>
    /// <remarks>Without contact details the <c>email</c> and <c>telephone</c> columns are not written at all, so a file
    /// shared outside the directory holds no personal data beyond names. Text cells get the formula guard described in docs/csv.md.</remarks>
    public static void Write(TextWriter writer, IEnumerable<Expert> experts, bool includeContactDetails = false)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(experts);
        var header = includeContactDetails ? Layout.Header() : Layout.Header("email", "telephone");
        CsvOutput.Write(writer, header, experts.OrderBy(e => e.Id).Select(e => Row(e, includeContactDetails)));
    }

    private static string?[] Row(Expert e, bool includeContactDetails)
    {
        string?[] cells =
        [
            e.Id.Value,
            e.Name,
            e.Nationality.Value,
            e.NominatingState.Value,
            CsvText.JoinList(e.Languages.Select(l => l.Value)),
            ExpertiseCell.Format(e.Expertise),
            CsvText.JoinList(e.AssistanceTypes.Select(CsvCells.Code)),
            CsvText.JoinList(e.Availability.Select(AvailabilityCell.Format)),
            e.Capacity.ToString(CultureInfo.InvariantCulture),
            e.Employer?.Name,
            e.Employer?.State?.Value,
            CsvText.JoinList(e.ExplicitConflicts.Select(s => s.Value)),
        ];
        return includeContactDetails ? [.. cells, e.Contact?.Email, e.Contact?.Telephone] : cells;
    }

    private static Expert? ReadRow(CsvRow row)
    {
        var email = row.Text("email");
        var telephone = row.Text("telephone");
        var expert = new Expert
        {
            Id = row.Required<ExpertId>("id", ExpertId.TryFrom, CsvCells.DescribeId) ?? default,
            Name = row.RequiredText("name") ?? string.Empty,
            Nationality = row.Required<CountryCode>("nationality", CsvCells.TryParseCountry, CsvCells.DescribeCountry) ?? default,
            NominatingState = row.Required<CountryCode>("nominating_state", CsvCells.TryParseCountry, CsvCells.DescribeCountry) ?? default,
            Languages = row.List<LanguageCode>("languages", CsvCells.TryParseLanguage, CsvCells.DescribeLanguage),
            Expertise = ExpertiseCell.Read(row, "expertise"),
            AssistanceTypes = row.List<AssistanceType>("assistance_types", CsvCells.TryParseAssistanceType, CsvCells.DescribeAssistanceType),
            Availability = row.List<DateInterval>("availability", AvailabilityCell.TryParse, AvailabilityCell.Describe),
            Capacity = row.Integer("capacity") ?? 1,
            Employer = ReadEmployer(row),
            ExplicitConflicts = row.List<CountryCode>("conflicts", CsvCells.TryParseCountry, CsvCells.DescribeCountry),
            Contact = email is null && telephone is null ? null : new ExpertContact { Email = email, Telephone = telephone },
        };
        var result = ExpertValidator.Validate(expert, "row");
        row.AddValidation(result.Problems, "row.", ColumnOf);
        return result.Value;
    }

    private static Employer? ReadEmployer(CsvRow row)
    {
        var name = row.Text("employer");
        var state = row.Optional<CountryCode>("employer_state", CsvCells.TryParseCountry, CsvCells.DescribeCountry);
        if (name is null && state is not null)
        {
            row.Problem("employer", null, "an employer State needs the employer's name");
        }

        return name is null ? null : new Employer { Name = name, State = state };
    }

    private static string ColumnOf(string path) => path switch
    {
        "nominatingState" => "nominating_state",
        "assistanceTypes" => "assistance_types",
        "employer.name" => "employer",
        "employer.state" => "employer_state",
        "explicitConflicts" => "conflicts",
        "contact.email" => "email",
        _ when path.StartsWith("expertise", StringComparison.Ordinal) => "expertise",
        _ => path,
    };
}
