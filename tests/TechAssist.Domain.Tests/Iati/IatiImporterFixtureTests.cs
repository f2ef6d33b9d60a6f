using TechAssist.Collections;
using TechAssist.Iati;
using TechAssist.States;
using TechAssist.Supply;

namespace TechAssist.Tests.Iati;

public class IatiImporterFixtureTests
{
    private static readonly IatiImportOptions HumanRightsToo = new()
    {
        RelevantSectorCodes = IatiRelevance.DefaultSectorCodes.Append("15160").ToEquatableArray(),
    };

    [Fact]
    public void Import_OneBrokenActivity_ReportsItAndKeepsTheOthers()
    {
        // fixture-nl-one-broken-activity.xml is the Netherlands file with line 809, the actual end of NL-1-PPR-27790
        // (activity starting at line 781), changed from 2017-12-18 to the impossible 2017-13-18.
        var result = IatiExamples.Import("fixture-nl-one-broken-activity.xml", HumanRightsToo);

        result.Errors.Select(e => e.ToString()).Should().Equal(
            "fixture-nl-one-broken-activity.xml:781 NL-1-PPR-27790: activity-date of type 4 has iso-date '2017-13-18', which is not a date (yyyy-mm-dd)");
        result.Activities.Should().HaveCount(12);
        result.Offerings.Select(o => o.Id.Value).Should().Equal("NL-1-PPR-27787", "NL-1-PPR-28373", "NL-1-PPR-28383", "NL-1-PPR-28384");
    }

    [Fact]
    public void Import_DocumentTypeDeclaration_IsRefused()
    {
        const string xml = """
            <?xml version="1.0"?>
            <!DOCTYPE iati-activities [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
            <iati-activities version="2.03"><iati-activity><iati-identifier>&secret;</iati-identifier></iati-activity></iati-activities>
            """;

        var result = IatiExamples.ImportText(xml, "dtd.xml");

        result.Activities.Should().BeEmpty();
        var error = result.Errors.Should().ContainSingle().Subject;
        error.Line.Should().Be(0, "the reader refuses the DTD before it reports any position");
        error.IatiIdentifier.Should().BeNull();
        error.Reason.Should().StartWith("the file cannot be read up to its root element (a DTD is refused for safety): ").And.Contain("DTD is prohibited");
    }

    [Fact]
    public void Import_MalformedXmlAfterAGoodActivity_KeepsTheGoodActivity()
    {
        const string xml = """
            <iati-activities version="2.03">
              <iati-activity><iati-identifier>AA-1</iati-identifier><reporting-org ref="GB-GOV-1" type="10"><narrative>UK</narrative></reporting-org>
                <recipient-country code="KE"/><sector code="15113"/></iati-activity>
              <iati-activity><iati-identifier>AA-2</iati-identifier><broken></iati-activity>
            </iati-activities>
            """;

        var result = IatiExamples.ImportText(xml);

        result.Offerings.Select(o => o.Id.Value).Should().Equal("AA-1");
        result.Providers.Should().ContainSingle().Which.State.Should().Be(CountryCode.Parse("GBR"));
        result.Errors.Should().ContainSingle().Which.Line.Should().Be(4);
    }

    [Fact]
    public void Import_OwnRegionBesideAFullRecipientCountry_IsBilateralWithAWarning()
    {
        // Kenya at 100% plus DAC region 1027 "Eastern Africa, regional", which M49 area 014 Eastern Africa contains.
        const string xml = """
            <iati-activities version="2.03">
              <iati-activity><iati-identifier>AA-1</iati-identifier><reporting-org ref="AA" type="40"><narrative>A</narrative></reporting-org>
                <recipient-country code="KE" percentage="100"/><recipient-region code="1027" vocabulary="1"/><sector code="15113"/></iati-activity>
            </iati-activities>
            """;

        var result = IatiExamples.ImportText(xml);

        result.Offerings.Should().ContainSingle().Which.Scope.Should().Be(Scope.Bilateral(CountryCode.Parse("KEN")));
        result.Warnings.Select(w => w.ToString()).Should().Equal(
            "inline.xml:2 AA-1: KEN's own region 1:1027 is given beside the 100% recipient-country KE (a publisher mistake the standard forbids); read as bilateral");
    }

    [Theory]
    [InlineData("""<recipient-country code="KE"/>""", ScopeLevel.Bilateral)]
    [InlineData("""<recipient-country code="KE" percentage="50"/><recipient-country code="UG" percentage="50"/>""", ScopeLevel.Regional)]
    [InlineData("""<recipient-region code="1027" vocabulary="1"/>""", ScopeLevel.Regional)]
    [InlineData("""<recipient-region code="014" vocabulary="2"/>""", ScopeLevel.Regional)]
    [InlineData("""<recipient-region code="998"/>""", ScopeLevel.Global)]
    [InlineData("", ScopeLevel.Global)]
    public void Import_Geography_GivesTheLevel(string geography, ScopeLevel level)
    {
        var xml = $"""
            <iati-activities version="2.03">
              <iati-activity><iati-identifier>AA-1</iati-identifier><reporting-org ref="AA" type="40"><narrative>A</narrative></reporting-org>
                {geography}<sector code="15113"/></iati-activity>
            </iati-activities>
            """;

        IatiExamples.ImportText(xml).Offerings.Should().ContainSingle().Which.Scope.Level.Should().Be(level);
    }

    [Fact]
    public void Import_RegionalM49Region_ResolvesToTheStatesOfThatArea()
    {
        const string xml = """
            <iati-activities version="2.03">
              <iati-activity><iati-identifier>AA-1</iati-identifier><reporting-org ref="AA" type="40"><narrative>A</narrative></reporting-org>
                <recipient-region code="014" vocabulary="2"/><sector code="15113"/></iati-activity>
            </iati-activities>
            """;

        var offering = IatiExamples.ImportText(xml).Offerings.Single();

        // M49 014 Eastern Africa holds 22 active areas in RegionM49.csv, of which the British Indian Ocean Territory,
        // the French Southern Territories, Mayotte and Réunion are not States of the catalogue: 18 States.
        offering.Scope.ResolveStates(RegionalGroupTable.Default).Should().HaveCount(18).And.Contain(CountryCode.Parse("KEN"));
        offering.Capacity.Engagements.Should().Be(18);
    }

    [Fact]
    public void Import_Sdg165Tag_MakesAnActivityRelevantWithEveryThematicArea()
    {
        const string xml = """
            <iati-activities version="2.03">
              <iati-activity><iati-identifier>AA-1</iati-identifier><reporting-org ref="AA" type="40"><narrative>A</narrative></reporting-org>
                <recipient-country code="KE"/><sector code="11110"/><tag vocabulary="3" code="16.5"/></iati-activity>
            </iati-activities>
            """;

        var offering = IatiExamples.ImportText(xml).Offerings.Single();

        offering.Coverage.ThematicAreas.Should().HaveCount(5);
    }

    [Fact]
    public void Import_ActivityWithoutIdentifier_IsAnErrorWithItsLine()
    {
        const string xml = """
            <iati-activities version="2.03">
              <iati-activity><reporting-org ref="AA" type="40"/><sector code="15113"/></iati-activity>
            </iati-activities>
            """;

        IatiExamples.ImportText(xml).Errors.Select(e => e.ToString()).Should().Equal("inline.xml:2: the activity has no iati-identifier");
    }

    [Fact]
    public void Import_FundingOrganisationOtherThanTheReporter_IsTheProvider()
    {
        const string xml = """
            <iati-activities version="2.03">
              <iati-activity default-currency="USD"><iati-identifier>AA-1</iati-identifier><reporting-org ref="XI-IATI-AA" type="21"><narrative>Implementer</narrative></reporting-org>
                <participating-org role="4" ref="XI-IATI-AA" type="21"/>
                <participating-org role="1" ref="SE-0-SE-6" type="10"><narrative>Sweden</narrative></participating-org>
                <budget type="1"><period-start iso-date="2020-01-01"/><period-end iso-date="2020-12-31"/><value>100.5</value></budget>
                <budget type="1"><period-start iso-date="2021-01-01"/><period-end iso-date="2021-12-31"/><value currency="USD">99.5</value></budget>
                <recipient-country code="KE"/><sector code="15113"/></iati-activity>
            </iati-activities>
            """;

        var result = IatiExamples.ImportText(xml);

        var provider = result.Providers.Should().ContainSingle().Subject;
        provider.Should().Be(new Provider { Id = ProviderId.From("SE-0-SE-6"), Name = "Sweden", Kind = ProviderKind.DonorState, State = CountryCode.Parse("SWE") });
        result.Offerings.Single().Capacity.Budget.Should().Be(new Budget { Amount = 200m, Currency = CurrencyCode.Parse("USD") });
    }

    [Fact]
    public void Import_RegionThatCannotBeMapped_IsKeptWithAWarning()
    {
        // As in the annotated standard example: two countries and regions 489 (DAC South America) and A1 (vocabulary 99).
        const string xml = """
            <iati-activities version="2.03">
              <iati-activity><iati-identifier>AA-1</iati-identifier><reporting-org ref="AA" type="40"><narrative>A</narrative></reporting-org>
                <recipient-country code="AF" percentage="25"/><recipient-country code="AG" percentage="25"/>
                <recipient-region code="489" vocabulary="1" percentage="25"/><recipient-region code="A1" vocabulary="99" percentage="25"/>
                <sector code="15113"/></iati-activity>
            </iati-activities>
            """;

        var result = IatiExamples.ImportText(xml);

        var scope = result.Offerings.Single().Scope;
        scope.Level.Should().Be(ScopeLevel.Regional);
        scope.States.Should().Equal(CountryCode.Parse("AFG"), CountryCode.Parse("ATG"));
        scope.IatiRegions.Select(r => r.ToString()).Should().Equal("1:489", "99:A1");
        scope.ResolveStates(RegionalGroupTable.Default).Should().Contain(CountryCode.Parse("BRA")).And.Contain(CountryCode.Parse("AFG"));
        result.Warnings.Select(w => w.ToString()).Should().Equal(
            "inline.xml:2 AA-1: recipient-region 99:A1 cannot be mapped to States through the UN M49 table; the offering reaches only its other States");
    }
}
