using TechAssist.Exchange;
using TechAssist.Languages;
using TechAssist.States;
using TechAssist.Supply;

namespace TechAssist.Tests.Exchange;

public class ProvidersCsvTests
{
    private static TechAssist.Validation.ImportResult<Provider> Read(string text) => ProvidersCsv.Read(new StringReader(text), "providers.csv");

    private static string Write(IEnumerable<Provider> providers)
    {
        var writer = new StringWriter();
        ProvidersCsv.Write(writer, providers);
        return writer.ToString();
    }

    [Fact]
    public void Read_ExampleFile_AcceptsItsTwoProviders()
    {
        using var file = CsvExamples.Open("providers.csv");

        var result = ProvidersCsv.Read(file, "providers.csv");

        result.Problems.Should().BeEmpty();
        result.Accepted.Should().Equal(
            new Provider
            {
                Id = ProviderId.From("XM-DAC-7"),
                Name = "Ministry of Foreign Affairs of the Netherlands",
                Kind = ProviderKind.DonorState,
                State = CountryCode.Parse("NLD"),
                Languages = [LanguageCode.English, LanguageCode.Parse("nl")],
            },
            new Provider
            {
                Id = ProviderId.From("UNODC"),
                Name = "United Nations Office on Drugs and Crime",
                Kind = ProviderKind.UnEntity,
                Languages = [.. new[] { "en", "fr", "es", "ar", "ru", "zh" }.Select(LanguageCode.Parse)],
            });
    }

    [Fact]
    public void Read_BadRows_ReportsEachProblemWithItsLineAndColumn()
    {
        var result = Read(string.Join('\n',
            "id,name,kind,state,languages",
            "XM-DAC-7,Netherlands,Donor,NLD,en;english;en",
            "UNDP,,UnEntity,USA,",
            "XM-DAC-12,United Kingdom,donorstate,,en",
            "OK,Fine,CivilSocietyOrAcademic,,"));

        result.Accepted.Select(p => p.Id.Value).Should().Equal("OK");
        result.Problems.Select(p => p.ToString()).Should().Equal(
            "providers.csv:2: column kind: 'Donor' is not a kind of provider: expected DonorState, UnEntity, OtherIntergovernmental, DevelopmentBank or CivilSocietyOrAcademic",
            "providers.csv:2: column languages: 'english' is not a language code: expected two letters, such as en",
            "providers.csv:2: column languages: en is listed twice",
            "providers.csv:3: column name: a value is required",
            "providers.csv:3: column state: only a donor State names a State, not a provider of kind UnEntity",
            "providers.csv:4: column state: a donor State must name its State");
    }

    [Fact]
    public void Write_ThenRead_GivesTheSameProviders()
    {
        using var file = CsvExamples.Open("providers.csv");
        var providers = ProvidersCsv.Read(file, "providers.csv").Accepted;

        var text = Write(providers);

        text.Should().StartWith("id,name,kind,state,languages\r\nUNODC,");
        Read(text).Accepted.Should().Equal(providers.OrderBy(p => p.Id));
    }

    [Fact]
    public void Write_NameStartingLikeAFormula_IsGuardedAndReadsBack()
    {
        var provider = new Provider { Id = ProviderId.From("X"), Name = "@SUM(1+1)", Kind = ProviderKind.CivilSocietyOrAcademic };

        var text = Write([provider]);

        text.Should().Be("id,name,kind,state,languages\r\nX,\"'@SUM(1+1)\",CivilSocietyOrAcademic,,\r\n");
        Read(text).Accepted.Should().Equal(provider);
    }
}
