using TechAssist.Iati;

namespace TechAssist.Tests.Hostile;

/// <summary>Hostile and broken IATI files of the corpus: refused with one clear error, or the good activities kept and each bad one named.</summary>
public class IatiHostileInputTests
{
    private const string DtdRefused =
        "the file cannot be read up to its root element (a DTD is refused for safety): For security reasons DTD is prohibited in this XML document. "
        + "To enable DTD processing set the DtdProcessing property on XmlReaderSettings to Parse and pass the settings into XmlReader.Create method.";

    [Theory]
    [InlineData("iati-billion-laughs.xml")]
    [InlineData("iati-external-entity.xml")]
    [InlineData("iati-external-dtd.xml")]
    public void Import_DocumentTypeDeclaration_IsRefusedBeforeAnythingIsRead(string fileName)
    {
        var result = Import(fileName);

        result.Activities.Should().BeEmpty();
        result.Offerings.Should().BeEmpty();
        result.Errors.Select(e => e.ToString()).Should().Equal($"{fileName}:0: {DtdRefused}");
    }

    [Fact]
    public void Import_EntityNeverDeclared_StopsThereAndKeepsWhatCameBefore() =>
        Expect(
            Import("iati-undeclared-entity.xml"),
            ["AA-1"],
            "iati-undeclared-entity.xml:4: the file is not well-formed XML from here on: Reference to undeclared entity 'secret'. Line 4, position 36.");

    [Fact]
    public void Import_TruncatedFile_KeepsTheActivitiesBeforeTheCut() =>
        Expect(
            Import("iati-truncated.xml"),
            ["AA-1"],
            "iati-truncated.xml:4: the file is not well-formed XML from here on: Unexpected end of file while parsing Name has occurred. Line 4, position 30.");

    [Fact]
    public void Import_BrokenActivitiesAmongGoodOnes_KeepsTheGoodOnesAndNamesEachBadOne() =>
        Expect(
            Import("iati-broken-among-good.xml"),
            ["AA-1", "AA-4"],
            "iati-broken-among-good.xml:4 AA-2: budget value 'ten thousand' is not a number",
            "iati-broken-among-good.xml:6 AA-3: activity-date type '9' is not a code of the ActivityDateType codelist (1 to 4)",
            "iati-broken-among-good.xml:9 AA 5: the iati-identifier 'AA 5' cannot be an offering id (1 to 100 characters without white space)",
            "iati-broken-among-good.xml:10 AA-1: the iati-identifier AA-1 was already imported from this file; this copy is left out");

    [Fact]
    public void Import_BudgetsAddingUpPastTheLargestDecimal_IsAnErrorOfThatActivity() =>
        // Regression: the sum overflowed and an OverflowException ended the whole import.
        Expect(
            Import("iati-budget-overflow.xml"),
            ["AA-2"],
            "iati-budget-overflow.xml:3 AA-1: the budgets add up to more than 79228162514264337593543950335, the largest amount this library holds");

    [Fact]
    public void Import_UnknownEncoding_IsRefusedWithoutBlamingADtd() =>
        // Regression: the reason used to say that a DTD was refused.
        Expect(
            Import("iati-unknown-encoding.xml"),
            [],
            "iati-unknown-encoding.xml:1: the file cannot be read up to its root element: System does not support 'x-no-such-encoding' encoding. Line 1, position 31.");

    [Fact]
    public void Import_ElementsNestedThousandsDeep_AreReadAsOneActivity() =>
        Expect(Import("iati-deep-nesting.xml"), ["AA-1"], "iati-deep-nesting.xml:4 AA-2: the activity has no reporting-org");

    private static IatiImportResult Import(string fileName) => IatiImporter.ImportFile(Corpus.PathOf(fileName));

    private static void Expect(IatiImportResult result, string[] offerings, params string[] errors)
    {
        result.Offerings.Select(o => o.Id.Value).Should().Equal(offerings);
        result.Errors.Select(e => e.ToString()).Should().Equal(errors);
    }
}
