using System.Diagnostics;
using System.Text;
using TechAssist.Exchange;
using static TechAssist.Tests.Demand;

namespace TechAssist.Tests.Exchange;

/// <summary>What every CSV format does with the file as a whole: header, separators, malformed and hostile input. Shown with needs.</summary>
public class CsvImportTests
{
    private const string Header = "id,state,provision,assistance_type,priority,identified,source,source_reference,consent,gender_responsive,description";
    private const string Good = "KEN-1,KEN,5,OTHER,,2008-01-01,,,public,,";

    private static TechAssist.Validation.ImportResult<TechAssist.Needs.Need> Read(string text) =>
        NeedsCsv.Read(new StringReader(text), "needs.csv", "secretariat", Clock());

    [Fact]
    public void Read_HeaderWithoutRequiredColumns_GivesOneProblemNamingThemAndNoRow()
    {
        var result = Read("id,provision,assistance_type,identified\nKEN-1,5,OTHER,2008-01-01");

        result.Accepted.Should().BeEmpty();
        result.Problems.Select(p => p.ToString()).Should().Equal(
            "needs.csv:1: the header lacks the required columns state, consent: no row was read (the needs layout is in docs/csv.md)");
        result.Problems[0].Value.Should().Be("id,provision,assistance_type,identified");
    }

    [Fact]
    public void Read_EmptyFile_SaysWhichColumnsTheFirstLineNames()
    {
        Read(string.Empty).Problems.Select(p => p.ToString()).Should().Equal(
            "needs.csv:1: the file is empty: its first line names the columns, at least id, state, provision, assistance_type, identified and consent");
    }

    [Fact]
    public void Read_ColumnsInAnyOrderAndCaseWithUnknownOnes_ReadsByName()
    {
        var result = Read("Consent,notes,IDENTIFIED,assistance_type,provision,state,id\npublic,call back,2008-01-01,OTHER,5,KEN,KEN-1");

        result.Problems.Should().BeEmpty();
        result.Accepted.Single().Id.Value.Should().Be("KEN-1");
    }

    [Fact]
    public void Read_SemicolonSeparatedFile_IsDetected()
    {
        var result = Read("id;state;provision;assistance_type;identified;consent\nKEN-1;KEN;5;OTHER;2008-01-01;\"providers:UNODC;XM-DAC-7\"");

        result.Problems.Should().BeEmpty();
        result.Accepted.Single().Consent.NamedProviders.Select(p => p.Value).Should().Equal("UNODC", "XM-DAC-7");
    }

    [Fact]
    public void Read_BlankLinesAndRowsOfEmptyCells_AreSkippedAndLinesStillCount()
    {
        var result = Read(Header + "\n\n,,,,,,,,,,\n" + Good.Replace("KEN-1,KEN,5", "KEN-1,XXX,5", StringComparison.Ordinal));

        result.Problems.Select(p => p.ToString()).Should().Equal("needs.csv:4: column state: 'XXX' is not a State in the catalogue of 195 States");
    }

    [Fact]
    public void Read_RowWithMoreCellsThanColumns_IsRefused()
    {
        var result = Read(Header + "\n" + Good + "\nKEN-2,KEN,5,OTHER,,2008-01-01,,,public,,Training, then advice");

        result.Accepted.Should().ContainSingle();
        result.Problems.Select(p => p.ToString()).Should().Equal(
            "needs.csv:3: the row has 12 cells but the header names 11 columns: put a cell that contains a comma in double quotes");
    }

    [Fact]
    public void Read_TrailingEmptyCells_AreFine()
    {
        Read(Header + "\n" + Good + ",,,").Problems.Should().BeEmpty();
    }

    [Fact]
    public void Read_QuotedCellOverSeveralLines_CountsLinesOfTheFile()
    {
        var result = Read(Header + "\nKEN-1,KEN,5,OTHER,,2008-01-01,,,public,,\"first line\nsecond line\"\nKEN-2,XXX,5,OTHER,,2008-01-01,,,public,,");

        result.Accepted.Single().Description.Should().Be("first line\nsecond line");
        result.Problems.Select(p => p.Path).Should().Equal("needs.csv:4");
    }

    [Fact]
    public void Read_QuoteNeverClosed_ReportsTheRowAndKeepsTheRowsBefore()
    {
        var result = Read(Header + "\n" + Good + "\nKEN-2,KEN,5,OTHER,,2008-01-01,,,public,,\"Training\nKEN-3,KEN,5,OTHER,,2008-01-01,,,public,,\n");

        result.Accepted.Select(n => n.Id.Value).Should().Equal("KEN-1");
        result.Problems.Select(p => p.ToString()).Should().Equal(
            "needs.csv:3: a double quote opened in this row is never closed, so the rest of the file was read as one cell and not imported");
    }

    [Fact]
    public void Read_StrayQuote_ReportsTheRowAndKeepsTheOthers()
    {
        var result = Read(Header + "\nKEN-1,KEN,5,OTHER,,2008-01-01,,,public,,the \"best\" plan\nKEN-2,KEN,5,OTHER,,2008-01-01,,,public,,");

        result.Accepted.Select(n => n.Id.Value).Should().Equal("KEN-2");
        result.Problems.Select(p => p.ToString()).Should().Equal(
            "needs.csv:2: a double quote inside a cell that does not start with one: put the whole cell in double quotes and double the quote inside (\"\")");
    }

    [Fact]
    public void Read_HugeCell_StopsWithAClearProblemQuickly()
    {
        var text = new StringBuilder(Header).Append('\n').Append(Good).Append('\n')
            .Append("KEN-2,KEN,5,OTHER,,2008-01-01,,,public,,\"").Append('x', 3_000_000).Append('\n').Append(Good).ToString();
        var watch = Stopwatch.StartNew();

        var result = Read(text);

        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10));
        result.Accepted.Select(n => n.Id.Value).Should().Equal("KEN-1");
        result.Problems.Select(p => p.ToString()).Should().Equal(
            "needs.csv:3: reading stopped: the row is longer than 1048576 bytes (a quote that is never closed, or a cell far too large); the rows before it are kept");
    }

    [Fact]
    public void Read_StreamWithByteOrderMark_ReadsTheHeader()
    {
        using var stream = new MemoryStream([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Header + "\n" + Good)]);

        var result = NeedsCsv.Read(stream, "needs.csv", "secretariat", Clock());

        result.Problems.Should().BeEmpty();
        result.Accepted.Should().ContainSingle();
    }

    [Fact]
    public void Read_SpacesAroundCells_AreIgnored()
    {
        var result = Read(Header + "\n KEN-1 , ken ,5,other, high ,2008-01-01,,, Public ,YES,");

        result.Problems.Should().BeEmpty();
        result.Accepted.Single().Priority.Should().Be(TechAssist.Needs.NeedPriority.High);
        result.Accepted.Single().AsksForGenderResponsiveness.Should().BeTrue();
    }
}
