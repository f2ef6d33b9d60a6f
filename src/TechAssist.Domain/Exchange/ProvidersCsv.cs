using TechAssist.States;
using TechAssist.Supply;
using TechAssist.Validation;

namespace TechAssist.Exchange;

/// <summary>Providers of technical assistance as CSV, one provider per row, in the layout of docs/csv.md.</summary>
/// <remarks>
/// <para>Columns, in this order: <c>id</c>, <c>name</c>, <c>kind</c>, <c>state</c>, <c>languages</c>. Required: id, name and kind.</para>
/// <para>Thread-safe: the methods keep no state.</para>
/// </remarks>
public static class ProvidersCsv
{
    private static readonly CsvLayout Layout = new(
        "providers",
        "provider",
        new("id", Required: true),
        new("name", Required: true),
        new("kind", Required: true),
        new("state"),
        new("languages"));

    /// <summary>Reads providers from CSV text.</summary>
    /// <param name="reader">The CSV text, header first; left open.</param>
    /// <param name="fileName">The name problems start with: <c>providers.csv:3: column kind: ...</c>.</param>
    /// <returns>The providers of the good rows, in file order, and a problem for each bad cell, each rule of
    /// <see cref="ProviderValidator"/> a row breaks, each repeated id and each malformed row. Columns not in the layout are ignored.</returns>
    /// <exception cref="ArgumentException"><paramref name="fileName"/> is empty.</exception>
    public static ImportResult<Provider> Read(TextReader reader, string fileName) =>
        CsvImport.Read(reader, fileName, Layout, ReadRow, p => p.Id.Value);

    /// <summary>Reads providers from a CSV stream (UTF-8 unless a byte order mark says otherwise); see <see cref="Read(TextReader, string)"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="fileName"/> is empty.</exception>
    public static ImportResult<Provider> Read(Stream stream, string fileName) =>
        CsvImport.Read(stream, fileName, Layout, ReadRow, p => p.Id.Value);

    /// <summary>Writes providers as CSV, ordered by id, with the formula guard described in docs/csv.md.</summary>
    public static void Write(TextWriter writer, IEnumerable<Provider> providers)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(providers);
        CsvOutput.Write(writer, Layout.Header(), providers.OrderBy(p => p.Id).Select(p => new[]
        {
            p.Id.Value,
            p.Name,
            p.Kind.ToString(),
            p.State?.Value,
            CsvText.JoinList(p.Languages.Select(l => l.Value)),
        }));
    }

    private static Provider? ReadRow(CsvRow row)
    {
        var provider = new Provider
        {
            Id = row.Required<ProviderId>("id", ProviderId.TryFrom, CsvCells.DescribeId) ?? default,
            Name = row.RequiredText("name") ?? string.Empty,
            Kind = row.EnumValue<ProviderKind>("kind", required: true, "a kind of provider") ?? ProviderKind.DonorState,
            State = row.Optional<CountryCode>("state", CsvCells.TryParseCountry, CsvCells.DescribeCountry),
            Languages = row.List<Languages.LanguageCode>("languages", CsvCells.TryParseLanguage, CsvCells.DescribeLanguage),
        };
        var result = ProviderValidator.Validate(provider, "row");
        row.AddValidation(result.Problems, "row.", path => path);
        return result.Value;
    }
}
