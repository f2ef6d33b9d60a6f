using TechAssist.Collections;
using TechAssist.Iati;
using TechAssist.States;
using TechAssist.Supply;

namespace TechAssist.Tests.Iati;

/// <summary>
/// Imports every file of /work/shared/iati/examples (copied byte for byte into Iati/Examples). The expected counts were
/// checked by hand in the XML: activities with <c>grep -c "&lt;iati-activity " FILE</c> (the space keeps
/// <c>&lt;iati-activities</c> out), geography with <c>grep -o '&lt;recipient-\(country\|region\)[^&gt;]*&gt;'</c>
/// read per activity, sectors with <c>grep '&lt;sector'</c>, organisations with <c>grep 'reporting-org\|participating-org'</c>.
/// </summary>
public class IatiImporterExampleTests
{
    [Fact]
    public void Import_NetherlandsFile_ReadsThirteenActivitiesElevenBilateralTwoGlobalNoneRelevant()
    {
        // 13 <iati-activity> elements; 11 have one <recipient-country> and no region, 2 have <recipient-region code="998">
        // (NL-1-PPR-24706, NL-1-PPR-28385). Their sectors are 15220 (3), 15160 (5), 13030, 32130, 15112, 25010 and 15150:
        // none is an anti-corruption code of IatiRelevance, and none has an SDG 16.5 tag (tags are vocabulary 1 and 99).
        var result = IatiExamples.Import("nl-mfa-governance-activities-2.03.xml");

        result.Version.Should().Be("2.03");
        result.Errors.Should().BeEmpty();
        result.Activities.Should().HaveCount(13);
        result.Activities.Count(a => a.Level == ScopeLevel.Bilateral).Should().Be(11);
        result.Activities.Count(a => a.Level == ScopeLevel.Global).Should().Be(2);
        result.Activities.Where(a => a.Level == ScopeLevel.Global).Select(a => a.IatiIdentifier)
            .Should().Equal("NL-1-PPR-24706", "NL-1-PPR-28385");
        result.Activities.Select(a => a.Provider.Value).Distinct().Should().Equal("XM-DAC-7");
        result.Offerings.Should().BeEmpty();
        result.Providers.Should().BeEmpty();
        result.Skipped.Should().HaveCount(13);
        result.Skipped[0].SkipReason.Should().Be("not relevant: DAC sectors 15220 are not anti-corruption sectors and there is no SDG target 16.5 tag");
    }

    [Fact]
    public void Import_NetherlandsFileWithHumanRightsCounted_ImportsTheFiveBilateralHumanRightsActivities()
    {
        // Sector 15160 (Human rights) is on NL-1-PPR-27787 (JO), 27790 (KZ), 28373 (CO), 28383 (EG) and 28384 (UY).
        var options = new IatiImportOptions
        {
            RelevantSectorCodes = IatiRelevance.DefaultSectorCodes.Append("15160").ToEquatableArray(),
            ProviderStates = EquatableArray.Create(new ProviderState { Provider = ProviderId.From("XM-DAC-7"), State = CountryCode.Parse("NLD") }),
        };

        var result = IatiExamples.Import("nl-mfa-governance-activities-2.03.xml", options);

        result.Errors.Should().BeEmpty();
        result.Offerings.Select(o => o.Id.Value).Should().Equal("NL-1-PPR-27787", "NL-1-PPR-27790", "NL-1-PPR-28373", "NL-1-PPR-28383", "NL-1-PPR-28384");
        result.Offerings.Select(o => o.Scope.Recipient!.Value.Value).Should().Equal("JOR", "KAZ", "COL", "EGY", "URY");
        result.Providers.Should().ContainSingle();
        var provider = result.Providers[0];
        provider.Id.Value.Should().Be("XM-DAC-7");
        provider.Name.Should().Be("Ministry of Foreign Affairs (DGIS)");
        provider.Kind.Should().Be(ProviderKind.DonorState);
        provider.State.Should().Be(CountryCode.Parse("NLD"));
        result.Warnings.Should().NotContain(w => w.Reason.Contains("cannot be read from its identifier", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_NetherlandsActivity_ReadsPeriodBudgetGenderAndLanguage()
    {
        // NL-1-PPR-27787: actual start 2015-07-15, actual end 2016-12-30 (planned end 2016-12-31), one budget of 125591
        // without currency (default-currency EUR), gender marker (vocabulary 1, code 1) significance 2, xml:lang="nl".
        var options = new IatiImportOptions { RelevantSectorCodes = EquatableArray.Create("15160") };

        var offering = IatiExamples.Import("nl-mfa-governance-activities-2.03.xml", options)
            .Offerings.Single(o => o.Id.Value == "NL-1-PPR-27787");

        offering.Period!.Start.Should().Be(new NodaTime.LocalDate(2015, 7, 15));
        offering.Period.End.Should().Be(new NodaTime.LocalDate(2016, 12, 30));
        offering.Capacity.Budget.Should().Be(new Budget { Amount = 125591m, Currency = CurrencyCode.Parse("EUR") });
        offering.GenderEquality.Should().Be(PolicySignificance.PrincipalObjective);
        offering.Languages.Select(l => l.Value).Should().Equal("nl");
        offering.Modality.Should().Be(Modality.Funding);
        offering.FundingStatus.Should().Be(FundingStatus.Funded);
    }

    [Fact]
    public void Import_NetherlandsFileWithoutProviderStates_WarnsOncePerImportedActivityThatTheStateIsUnknown()
    {
        // XM-DAC-7 is a DAC donor code, not a country prefix: each of the 5 imported human-rights activities gets the
        // warning; the 8 skipped ones report nothing.
        var options = new IatiImportOptions { RelevantSectorCodes = EquatableArray.Create("15160") };

        var result = IatiExamples.Import("nl-mfa-governance-activities-2.03.xml", options);

        result.Warnings.Select(w => w.IatiIdentifier).Should().Equal("NL-1-PPR-27787", "NL-1-PPR-27790", "NL-1-PPR-28373", "NL-1-PPR-28383", "NL-1-PPR-28384");
        result.Warnings.Should().OnlyContain(w => w.Reason == "the State of government provider XM-DAC-7 cannot be read from its identifier; give it in IatiImportOptions.ProviderStates");
        result.Providers.Single().State.Should().BeNull();
        IatiExamples.Import("nl-mfa-governance-activities-2.03.xml").Warnings.Should().BeEmpty();
    }

    [Fact]
    public void Import_IatikitFixture_ImportsOneGlobalOfferingFromTheWithdrawnSector15163()
    {
        // One activity; <recipient-region code="998"/> only, so global; <sector code="15163" vocabulary="1"/> (withdrawn
        // "Free flow of information", read as 15153 media); reporting-org GB-COH-01234567 is also extending (role 3);
        // its type 21 is an international NGO. Dates: planned start 2011-11-01, actual start 2011-10-01, planned end 2019-09-30.
        var result = IatiExamples.Import("iatikit-fixture-org-activities-2.03.xml");

        result.Errors.Should().BeEmpty();
        result.Activities.Should().ContainSingle().Which.Level.Should().Be(ScopeLevel.Global);
        var offering = result.Offerings.Should().ContainSingle().Subject;
        offering.Id.Value.Should().Be("GB-COH-01234567-1");
        offering.Scope.Should().Be(Scope.Global);
        offering.Coverage.Provisions.Select(p => p.Code).Should().Equal("13");
        offering.Period!.Start.Should().Be(new NodaTime.LocalDate(2011, 10, 1));
        offering.Period.End.Should().Be(new NodaTime.LocalDate(2019, 9, 30));
        offering.Capacity.Budget.Should().BeNull();
        offering.Languages.Should().BeEmpty();
        var provider = result.Providers.Should().ContainSingle().Subject;
        provider.Id.Value.Should().Be("GB-COH-01234567");
        provider.Name.Should().Be("Fixture Organisation");
        provider.Kind.Should().Be(ProviderKind.CivilSocietyOrAcademic);
        provider.State.Should().BeNull();
    }

    [Fact]
    public void Import_AnnotatedStandardExample_IsRegionalAndSkippedForItsEducationSectors()
    {
        // One activity: recipient-countries AF and AG (25% each), recipient-regions 489 (DAC, South America) and A1
        // (vocabulary 99): regional. Sectors are vocabulary 2 (111, 112) and 99 (A1): no DAC 5-digit code, no SDG tag.
        var result = IatiExamples.Import("activity-standard-example-annotated.xml");

        result.Errors.Should().BeEmpty();
        var activity = result.Activities.Should().ContainSingle().Subject;
        activity.IatiIdentifier.Should().Be("AA-AAA-123456789-ABC123");
        activity.Line.Should().Be(8);
        activity.Level.Should().Be(ScopeLevel.Regional);
        activity.Provider.Value.Should().Be("AA-AAA-123456789");
        activity.SkipReason.Should().Be("not relevant: no DAC 5-digit sector and no SDG target 16.5 tag");
        result.Offerings.Should().BeEmpty();
        result.Warnings.Should().BeEmpty("the activity is skipped, so the doubt about its region A1 is not reported");
    }

    [Fact]
    public void Import_Legacy105File_IsRefusedWithAClearMessage()
    {
        var result = IatiExamples.Import("iatikit-fixture-org-activities2-legacy-1.05.xml");

        result.Version.Should().Be("1.05");
        result.Activities.Should().BeEmpty();
        result.Offerings.Should().BeEmpty();
        result.Errors.Select(e => e.ToString()).Should().Equal(
            "iatikit-fixture-org-activities2-legacy-1.05.xml:2: IATI version 1.05 is not supported: version 1 files use an older syntax (role names, text codes) that this importer does not read; publish or convert the file to version 2.03");
    }

    [Fact]
    public void Import_OrganisationFile_SaysItIsNotAnActivityFile()
    {
        var result = IatiExamples.Import("organisation-standard-example-annotated.xml");

        result.Activities.Should().BeEmpty();
        result.Errors.Select(e => e.ToString()).Should().Equal(
            "organisation-standard-example-annotated.xml:5: not an activity file: the root element is <iati-organisations> (an IATI organisation file); offerings are read from activity files, whose root is <iati-activities>");
    }

    [Fact]
    public void Import_EveryExampleFile_HasTheHandCountedActivitiesAndErrors()
    {
        var expected = new Dictionary<string, (int Activities, int Offerings, int Providers, int Errors)>
        {
            ["activity-standard-example-annotated.xml"] = (1, 0, 0, 0),
            ["iatikit-fixture-org-activities-2.03.xml"] = (1, 1, 1, 0),
            ["iatikit-fixture-org-activities2-legacy-1.05.xml"] = (0, 0, 0, 1),
            ["nl-mfa-governance-activities-2.03.xml"] = (13, 0, 0, 0),
            ["organisation-standard-example-annotated.xml"] = (0, 0, 0, 1),
        };
        var files = Directory.GetFiles(IatiExamples.PathOf(string.Empty), "*.xml").Select(Path.GetFileName).Where(f => !f!.StartsWith("fixture-", StringComparison.Ordinal)).Order(StringComparer.Ordinal);

        files.Should().Equal(expected.Keys.Order(StringComparer.Ordinal));
        foreach (var (file, counts) in expected)
        {
            var result = IatiExamples.Import(file);
            (result.Activities.Count, result.Offerings.Count, result.Providers.Count, result.Errors.Count).Should().Be(counts, file);
        }
    }
}
